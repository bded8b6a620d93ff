import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../lib/facts/figures';
import type { FigureFact } from '../../../lib/facts/types';
import { factsOf, fixture } from './facts-helpers';

const figs = (lang: string, text: string) => factsOf(lang, text).figures.map((f: FigureFact) => `${f.text} = ${f.value}${f.unit ? ` ${f.unit}` : ''} (${f.what})`);

describe('figures', () => {
  it('reads numbers in each convention', () => {
    expect(parseNumber('11,5', true)).toBe(11.5);
    expect(parseNumber('1.786.300', true)).toBe(1786300);
    expect(parseNumber('13,000', false)).toBe(13000);
    expect(parseNumber('2.3', false)).toBe(2.3);
    expect(parseNumber('1,2,3', false)).toBeNaN();
  });

  it('reads Vietnamese counts, scales and money', () => {
    expect(figs('vi', 'Đảng bộ có trên 130 tổ chức cơ sở đảng với gần 11,5 nghìn đảng viên. Chị trả lại 1 tỷ đồng. Tỷ lệ đạt 45%.')).toEqual([
      'trên 130 tổ chức cơ sở đảng = 130 (tổ chức cơ sở đảng)',
      'gần 11,5 nghìn đảng viên = 11500 (đảng viên)',
      '1 tỷ đồng = 1000000000 đồng (đồng)',
      '45% = 45 % (%)',
    ]);
  });

  it('leaves out Vietnamese dates, document numbers, ages and durations', () => {
    expect(figs('vi', 'Ngày 25/11/1996, theo Nghị quyết 29 và Quyết định số 601/QĐ-TTg, ông 47 tuổi, sau 20 năm, Khóa XI, Trung ương 4 họp.')).toEqual([]);
  });

  it('reads English money, counts and percentages', () => {
    expect(figs('en', 'Facebook paid $2.3 billion. At least 19 people died and 13,000 US troops remain. Shares rose 55%. It owes £720m.')).toEqual([
      '$2.3 billion = 2300000000 USD (USD)',
      'At least 19 people = 19 (people)',
      '13,000 US troops = 13000 (US troops)',
      '55% = 55 % (%)',
      '£720m = 720000000 GBP (GBP)',
    ]);
  });

  it('leaves out English years, dates, times, ages, durations and numbers in names', () => {
    expect(figs('en', 'In 2019, on March 3 at 3:57 p.m., the 68-year-old saw Spider-Man 2 for three years and 12 years.')).toEqual([]);
  });

  it('reads the hand-written fixtures', () => {
    const vi = JSON.parse(fixture('vi-ceremony.expected.json')) as { figures: Partial<FigureFact>[] };
    const got = factsOf('vi', fixture('vi-ceremony.txt')).figures.map(({ text, value, what }) => ({ text, value, what }));
    expect(got).toEqual(vi.figures);
  });
});

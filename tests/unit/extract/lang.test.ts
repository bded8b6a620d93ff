import { describe, expect, it } from 'vitest';
import { detectLang, isRtlLang, primaryTag } from '../../../lib/extract/lang';

const VI = 'Sáng 24/11, Đảng bộ khối Công nghiệp Hà Nội tổ chức kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhất.';
const EN = 'The city council voted on Tuesday to build protected bike lanes along four downtown avenues, ending a long debate over the plan.';
const FR = "Le conseil municipal a voté mardi la création de pistes cyclables protégées le long de quatre avenues du centre-ville.";
const AR = 'افتتحت البلدية صباح اليوم أكبر مكتبة عامة في المدينة، وتضم أكثر من مئتي ألف كتاب.';
const HE = 'העירייה פתחה הבוקר את הספרייה הציבורית הגדולה ביותר בעיר, ובה יותר ממאתיים אלף ספרים.';

describe('detectLang', () => {
  it('checks the hint against the text', () => {
    expect(detectLang(VI, 'vi-VN')).toBe('vi');
    expect(detectLang(VI, 'en')).toBe('vi');
    expect(detectLang(VI, '')).toBe('vi');
    expect(detectLang(EN, '')).toBe('en');
    expect(detectLang(EN, 'de')).toBe('en');
    expect(detectLang(EN, 'vi')).toBe('en');
  });

  it('keeps a hint it cannot disprove, and says und when nothing is known', () => {
    expect(detectLang(FR, 'fr-FR')).toBe('fr');
    expect(detectLang(FR, '')).toBe('und');
    expect(detectLang('', '')).toBe('und');
    expect(detectLang('ok', 'EN-gb')).toBe('en');
  });

  it('does not take French for Vietnamese', () => {
    expect(detectLang(FR, 'vi')).not.toBe('vi');
  });

  it('recognises right-to-left scripts', () => {
    expect(detectLang(AR, '')).toBe('ar');
    expect(detectLang(AR, 'fa')).toBe('fa');
    expect(detectLang(HE, 'en')).toBe('he');
    expect(isRtlLang('he-IL')).toBe(true);
    expect(isRtlLang('vi')).toBe(false);
  });

  it('lower-cases the primary subtag', () => {
    expect(primaryTag('vi-VN')).toBe('vi');
    expect(primaryTag('EN_us')).toBe('en');
    expect(primaryTag('x')).toBe('');
  });
});

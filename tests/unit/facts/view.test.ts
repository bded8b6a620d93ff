import { describe, expect, it } from 'vitest';
import { emptyFacts } from '@/lib/facts/types';
import { factGroups, factsFromSentence, findFact } from '@/lib/facts/view';
import { facts } from '../reader/fixtures';

describe('facts view', () => {
  it('lists non-empty groups in reading order with stable keys', () => {
    const groups = factGroups(facts);
    expect(groups.map((g) => g.kind)).toEqual(['date', 'official', 'award', 'summary']);
    expect(groups[1]!.items.map((i) => [i.key, i.label, i.detail])).toEqual([
      ['official:0', 'Trịnh Huy Thành', 'Bí thư Đảng ủy Khối Công nghiệp Hà Nội'],
      ['official:1', 'Nguyễn Doãn Toản', 'Phó Chủ tịch UBND TP'],
    ]);
    expect(groups[2]!.items[0]!.recipient).toBe('Trịnh Huy Thành');
    expect(groups[3]!.items[0]!.span).toBeNull();
  });

  it('is empty for empty facts', () => {
    expect(factGroups(emptyFacts('en'))).toEqual([]);
  });

  it('finds every fact read from one sentence (for the tooltip)', () => {
    const groups = factGroups(facts);
    const sentence = facts.officials[1]!.sentence;
    expect(factsFromSentence(groups, `  ${sentence.replace(/ /g, '  ')} `).map((f) => f.label)).toEqual([
      'Nguyễn Doãn Toản',
      'danh hiệu Chiến sĩ thi đua Thành phố',
    ]);
  });

  it('finds a fact by key', () => {
    const groups = factGroups(facts);
    expect(findFact(groups, 'date:0')?.label).toBe('ngày 25/11/1996');
    expect(findFact(groups, 'date:9')).toBeNull();
    expect(findFact(groups, null)).toBeNull();
  });
});

describe('facts view dates', () => {
  it('words date values with the given formatter, ranges included', () => {
    const withRange = { ...facts, dates: [...facts.dates, { text: '25/11/1996 - 25/11/2016', value: '1996-11-25', end: '2016-11-25', sentence: 's', span: { start: 0, end: 1 } }] };
    const groups = factGroups(withRange, (iso) => `<${iso}>`);
    expect(groups[0]!.items.map((i) => i.detail)).toEqual(['<1996-11-25>', '<1996-11-25> – <2016-11-25>']);
  });
});

import { describe, expect, it } from 'vitest';
import type { FactContext } from '../../../lib/facts/context';
import { distinctTitles, mergePeople, type PersonMention, resolvePerson, toOfficials } from '../../../lib/facts/people';

const ctx: FactContext = { text: '', sentences: [{ text: 's', span: { start: 0, end: 1 }, paragraph: 0 }], published: null, lang: 'vi' };
let at = 0;
const m = (name: string, titles: string[] = [], short = false): PersonMention => {
  const span = { start: at, end: at + name.length };
  at += name.length + 10;
  return { name, span, titles, sentence: 0, ...(short ? { short } : {}) };
};

describe('people: one entry per person', () => {
  it('merges a Vietnamese full name with its short forms and keeps distinct titles', () => {
    const people = mergePeople(ctx, [
      m('Ngô Thị Thanh Hằng', ['Ủy viên Trung ương Đảng', 'Phó Bí thư Thường trực Thành ủy']),
      m('Thanh Hằng', [], true),
      m('Ngô Thị Thanh Hằng', ['Phó Bí thư Thường trực Thành ủy Hà Nội']),
      m('Hằng', [], true),
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Ngô Thị Thanh Hằng');
    expect(people[0]!.titles).toEqual(['Ủy viên Trung ương Đảng', 'Phó Bí thư Thường trực Thành ủy Hà Nội']);
    expect(people[0]!.mentions.map((x) => x.text)).toEqual(['Ngô Thị Thanh Hằng', 'Thanh Hằng', 'Ngô Thị Thanh Hằng', 'Hằng']);
  });

  it('takes the longer form when the short one came first ("Trump", then "Donald Trump")', () => {
    const people = mergePeople(ctx, [m('Trump', ['President']), m('Donald Trump', ['US President'])]);
    // "President" only ends "US President": one title.
    expect(people.map((p) => [p.name, p.titles])).toEqual([['Donald Trump', ['US President']]]);
  });

  it('keeps a one-word title that is not the end of another ("Senator" beside "US President")', () => {
    const people = mergePeople(ctx, [m('Donald Trump', ['Senator', 'US President'])]);
    expect(people.map((p) => p.titles)).toEqual([['Senator', 'US President']]);
  });

  it('never merges two different full names that share a surname', () => {
    const people = mergePeople(ctx, [m('Joe Biden'), m('Hunter Biden')]);
    expect(people.map((p) => p.name)).toEqual(['Joe Biden', 'Hunter Biden']);
  });

  it('gives an ambiguous surname to the person mentioned most, then first', () => {
    const people = mergePeople(ctx, [m('Joe Biden'), m('Biden', [], true), m('Hunter Biden'), m('Biden', ['Vice President'])]);
    expect(toOfficials(ctx, people).map((o) => [o.name, o.titles])).toEqual([['Joe Biden', ['Vice President']]]);
  });

  it('drops a short mention that matches nobody', () => {
    expect(mergePeople(ctx, [m('Smith', [], true)])).toEqual([]);
  });

  it('compares names with old and new tone placement as equal ("Hoà" = "Hòa")', () => {
    const people = mergePeople(ctx, [m('Lê Văn Hòa', ['Giám đốc Sở Y tế']), m('Hoà', [], true)]);
    expect(people[0]!.mentions).toHaveLength(2);
    expect(resolvePerson(people, 'ông Hoà')).toBeNull(); // a courtesy word is not part of a name
    expect(resolvePerson(people, 'Hoà')?.name).toBe('Lê Văn Hòa');
  });

  it('keeps only people with a title as officials', () => {
    const people = mergePeople(ctx, [m('Trần Thị Anh'), m('Nguyễn Xuân Phúc', ['Thủ tướng Chính phủ'])]);
    expect(toOfficials(ctx, people).map((o) => o.name)).toEqual(['Nguyễn Xuân Phúc']);
  });
});

describe('distinctTitles', () => {
  it('drops repeats (folded) and titles that only start a longer one', () => {
    expect(distinctTitles(['Phó Thủ tướng', 'Phó Thủ tướng Chính phủ', 'Trưởng Ban Tuyên giáo', 'Trưởng ban Tuyên giáo'])).toEqual([
      'Phó Thủ tướng Chính phủ',
      'Trưởng Ban Tuyên giáo',
    ]);
    // A different office that merely ends the same way stays: "Chủ tịch" is not "Phó Chủ tịch".
    expect(distinctTitles(['Phó Chủ tịch', 'Chủ tịch'])).toEqual(['Phó Chủ tịch', 'Chủ tịch']);
  });
});

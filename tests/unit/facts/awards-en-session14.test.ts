import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string, title?: string) => awardLines(factsOf('en', text, title));
const people = (text: string) => factsOf('en', text).officials.map((o) => `${o.name} [${o.titles.join('; ')}]`);

describe('English awards and recipients (session 14)', () => {
  it('"Among the other recipients of X was A": the subject after the inverted verb', () => {
    expect(en('Among the other recipients of the Order of the Volta was Kwabena Asare, who built the first clinic in Tamale.')).toEqual([
      'Order of the Volta -> Kwabena Asare',
    ]);
    expect(en("Among this year's winners of the Blue Pennant Award were Lena Moritz and Abel Tsegaye.")).toEqual([
      'Blue Pennant Award -> Lena Moritz', 'Blue Pennant Award -> Abel Tsegaye',
    ]);
  });
  it('a metal-named honour given after it is named: "The Silver Wattle was also conferred posthumously on A"', () => {
    expect(en('The Silver Wattle was also conferred posthumously on Doreen Pulkara, a founder of the Alice Springs troop.')).toEqual([
      'Silver Wattle -> Doreen Pulkara',
    ]);
    // (A metal word before a place is no honour.)
    expect(en('The Golden Gate was busy and the Silver Fern was worn by every player.')).toEqual([]);
  });
  it('"opened by A, a 17-year-old from K who received X": the name before the described person', () => {
    expect(en('The assembly was opened by Ruvimbo Chari, a 16-year-old from Gweru who received the Queen’s Guide Award in March.')).toEqual([
      'Queen’s Guide Award -> Ruvimbo Chari',
    ]);
  });
  it('a category in brackets belongs to the award name, an acronym does not', () => {
    expect(en('Okafor also took the Reporting Award (Health and Science) at the same dinner.')).toEqual(['Reporting Award (Health and Science) -> Okafor']);
    expect(en('She won the top honour of the Kenyalang Press Awards (KPA) last night.')).toEqual([]);
  });
});

describe('English officials (session 14)', () => {
  it('capitalised qualifiers between a head and the head they qualify: "Chief National Commissioner, A"', () => {
    expect(people('It was accepted by its Chief National Commissioner, Priyanka Rao, who flew in from Delhi.')).toEqual(['Priyanka Rao [Chief National Commissioner]']);
    expect(people('Chief Fire Officer Dara Quinn thanked the crews.')).toEqual(['Dara Quinn [Chief Fire Officer]']);
  });
});

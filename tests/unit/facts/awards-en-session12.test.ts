import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string, title?: string) => awardLines(factsOf('en', text, title));
const officials = (text: string) => factsOf('en', text).officials.map((o) => `${o.name} [${o.titles.join('; ')}]`);

describe('English awards and recipients (session 12)', () => {
  it('"the couple" after two full names joined by "and"', () => {
    expect(en('The garden was designed by Lena Marsh and Kwame Osei, who have worked together since 2010. The couple received a Chelsea Gold Medal for it on Tuesday.')).toEqual([
      'Chelsea Gold Medal -> Lena Marsh', 'Chelsea Gold Medal -> Kwame Osei',
    ]);
  });
  it('"who collected the award" after it went to someone else: on their behalf, no new recipient', () => {
    expect(en('The Stirling Prize went to Fenwick Hale Architects, a small Leeds practice. "We are thrilled," said partner Oliver Quayle, who collected the prize with engineer Dana Pike.')).toEqual([
      'Stirling Prize -> Fenwick Hale Architects',
    ]);
    // With nobody named before, whoever collects it is the one it is known for.
    expect(en('The Stirling Prize was announced on Friday night. Architect Oliver Quayle collected the prize in London.')).toContain('Stirling Prize -> Oliver Quayle');
  });
  it('a category where something will be judged is no award', () => {
    expect(en('The school is a finalist at the World Architecture Festival, where it will be judged in the education category.')).toEqual([]);
    expect(en('The bakery won in the sourdough category.')).toEqual(['sourdough category -> -']);
  });
  it('a title owning a thing in a lead ("The Queen\'s Gallantry Medal …") describes no one named next', () => {
    expect(officials('The Queen\'s Gallantry Medal was created in 1974. Amy Holt collected one on Tuesday.')).toEqual([]);
    expect(officials('The Governor\'s Cup returns to Perth this week. Amy Holt, a jockey, rides the favourite.')).toEqual([]);
  });
});

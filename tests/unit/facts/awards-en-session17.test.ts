import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string) => awardLines(factsOf('en', text));

describe('English awards and recipients (session 17)', () => {
  it('"Hotel of the Year – Regional, went to …": a dashed qualifier belongs to the category', () => {
    expect(en("The evening's top rural honour, Restaurant of the Year – Country, went to the Tamar Bend Kitchen in Exeter.")).toEqual([
      'Restaurant of the Year – Country -> Tamar Bend Kitchen',
    ]);
  });
  it('"…, and the Y Award for A and B to C": the verb left out after "and the"', () => {
    const text = "The Civic Arts Award for Music went to violinist Mara Quill, and the Civic Arts Award for Film and Television to editor Joel Brandt, whose documentary opened the festival.";
    expect(en(text)).toEqual(['Civic Arts Award for Music -> Mara Quill', 'Civic Arts Award for Film and Television -> Joel Brandt']);
  });
  it('"picked the poet A, 24, for the X Award": the jury\'s choice', () => {
    expect(en('The judge, Ruth Okafor, picked the slam poet Leon Marsh, 22, for the Emerging Writer Award, calling his work fearless.')).toEqual([
      'Emerging Writer Award -> Leon Marsh',
    ]);
  });
  it('\'went to "Title" by the band B\': the makers of the work, not its title', () => {
    expect(en('Album of the Year went to "Harbour Lights" by the Kingston trio Blue Sabre, who formed in 2019.')).toEqual([
      'Album of the Year -> Blue Sabre',
    ]);
    expect(en('Best Documentary went to "The Salt Road".')).toEqual(['Best Documentary -> The Salt Road']);
  });
});

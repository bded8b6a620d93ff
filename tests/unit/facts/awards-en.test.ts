import { describe, expect, it } from 'vitest';
import { awardLines, factsOf, fixture } from './facts-helpers';

const en = (text: string, title?: string) => awardLines(factsOf('en', text, title));

describe('English awards', () => {
  it('reads a hand-written article: honours, recipients by surname, nominations left out', () => {
    const expected = JSON.parse(fixture('en-honours.expected.json')) as { awards: string[] };
    expect(en(fixture('en-honours.txt'))).toEqual(expected.awards);
  });

  it('reads the recipient from "won", "was awarded", "received", "went to" and "winner"', () => {
    expect(
      en('Maria Ressa was awarded the Nobel Peace Prize. The Medal of Honor was awarded to Sgt. Alvin York. Orange Prize winner Andrea Levy spoke. The original screenplay prize went to Eternal Sunshine of the Spotless Mind.'),
    ).toEqual([
      'Nobel Peace Prize -> Maria Ressa',
      'Medal of Honor -> Alvin York',
      'Orange Prize -> Andrea Levy',
      'original screenplay prize -> Eternal Sunshine of the Spotless Mind',
    ]);
  });

  it('keeps the fuller name and resolves a later surname to the full name', () => {
    expect(en('Sen. John Smith won the Pulitzer Prize for Breaking News in 2009. Later, Smith received the Presidential Medal of Freedom.')).toEqual([
      'Pulitzer Prize for Breaking News -> John Smith',
      'Presidential Medal of Freedom -> John Smith',
    ]);
  });

  it('reads British honours', () => {
    expect(en('Leading games maker Peter Molyneux has been made an OBE. Mr Smith, made Commander of the Order of the Bath in the honours, stayed.\n\nDoug Smith declined to comment.')).toEqual([
      'OBE -> Peter Molyneux',
      'Commander of the Order of the Bath -> Doug Smith',
    ]);
  });

  it('reads award categories with the winner, also across a list and a relative clause', () => {
    expect(
      en('Cartoon hit The Incredibles won best animated feature and best sound editing. Andrea Arnold, who hosted children’s shows, won best short film for Wasp. The Aviator took five prizes including best supporting actress for Cate Blanchett.'),
    ).toEqual([
      'best animated feature -> The Incredibles',
      'best sound editing -> The Incredibles',
      'best short film -> Andrea Arnold',
      'best supporting actress -> Cate Blanchett',
    ]);
  });

  it('reads "X of the Year" after "named"/"voted", and a pronoun recipient', () => {
    expect(en('Double Olympic champion Kelly Holmes has been voted European athlete of 2004. She was also named the BBC Sports Personality of the Year.')).toEqual([
      'European athlete of 2004 -> Kelly Holmes',
      'BBC Sports Personality of the Year -> Kelly Holmes',
    ]);
  });

  it('reads counted awards and a pronoun winner', () => {
    expect(en('Singer Taylor Swift has won 14 Grammy awards. She received the Presidential Medal of Freedom.')).toEqual([
      'Grammy -> Taylor Swift',
      'Presidential Medal of Freedom -> Taylor Swift',
    ]);
  });

  it('leaves out trophies of competitions, money awards and nominations', () => {
    expect(en('Liverpool won the Champions League trophy. The union won a pay award. The lab received a Nobel nomination.')).toEqual([]);
  });

  it('leaves out competitions, grants, degrees, nominations, surnames and laws', () => {
    expect(
      en('The team won the league. The venue received a £2m grant. She holds a PhD. He was nominated for an Oscar. Cory Booker spoke. It falls under the Investment Company Act of 1940. Apple will highlight the best apps and games of the year.'),
    ).toEqual([]);
  });

  it('gives one entry per listed recipient and never takes the giver as recipient', () => {
    expect(
      en('Governor Alan Ward on Friday presented the Medal of Honor, the state’s top civilian honour, to 9 people, including teacher Laura Penn and actor Simon Reyes.'),
    ).toEqual(['Medal of Honor -> Laura Penn', 'Medal of Honor -> Simon Reyes']);
    expect(en('The Nobel Prize was awarded jointly to Dr. Maria Lowe and Dr. Tomas Berg.')).toEqual([
      'Nobel Prize -> Maria Lowe',
      'Nobel Prize -> Tomas Berg',
    ]);
  });

  it('reads the recipient before ", who receives" and a described lead subject named later', () => {
    expect(en('Major Clara Stone, who receives the Distinguished Service Cross for her patrol, thanked her unit.')).toEqual([
      'Distinguished Service Cross -> Clara Stone',
    ]);
    expect(en('A young nurse who worked through the floods in East Anglia has been awarded the George Cross. Nurse Alice Grey, 29, said she was stunned.')).toEqual([
      'George Cross -> Alice Grey',
    ]);
  });

  it('reads "the medal" as the medal last named, only with a named recipient', () => {
    expect(
      en('Mayor Ruth Cole awarded the Civic Medal of Valour to 6 firefighters. The medal was awarded posthumously to firefighter Owen Pratt. The head of the brigade received the medal too.'),
    ).toEqual(['Civic Medal of Valour -> Owen Pratt']);
  });

  it('keeps years and lower-case heads, stops before a work title, reads "the VC" as the Victoria Cross', () => {
    expect(en('Jane Doe won the 2026 Booker prize for her debut.')).toEqual(['2026 Booker prize -> Jane Doe']);
    expect(en('Ann Lee won the 2025 Nobel Prize in Chemistry.')).toEqual(['2025 Nobel Prize in Chemistry -> Ann Lee']);
    expect(en('Tom Fry won the Booker prize for The Salt Orchard last year.')).toEqual(['Booker prize -> Tom Fry']);
    expect(en('Kim Ode won the International Booker prize on Tuesday.')).toEqual(['International Booker prize -> Kim Ode']);
    expect(en('Sam Tate won the Turner prize.')).toEqual(['Turner prize -> Sam Tate']);
    expect(en('The Daily Star won the Pulitzer prize for public service.')).toEqual(['Pulitzer prize for public service -> The Daily Star']);
    expect(en('The Daily Star won the Pulitzer Prize for Public Service.')).toEqual(['Pulitzer Prize for Public Service -> The Daily Star']);
    expect(en('Private John Hale was awarded the Victoria Cross in 1917. He received the VC from the King.')).toEqual(['Victoria Cross -> John Hale']);
  });
});

describe('English decorations named as stars (session 4)', () => {
  it('"the Bronze Bauhinia Star" is a decoration; "the Morning Star" a newspaper', () => {
    const names = (text: string) => factsOf('en', text).awards.map((a) => a.name);
    expect(names('Dr. Mei Chan received the Bronze Bauhinia Star in 2019.')).toEqual(['Bronze Bauhinia Star']);
    expect(names('He writes a column for the Morning Star.')).toEqual([]);
  });
});

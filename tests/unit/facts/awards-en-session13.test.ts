import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string, title?: string) => awardLines(factsOf('en', text, title));
const people = (text: string) => factsOf('en', text).officials.map((o) => `${o.name} [${o.titles.join('; ')}]`);

describe('English awards and recipients (session 13)', () => {
  it('"was presented by GIVER, aside, to RECIPIENT": the recipient after the named giver', () => {
    expect(en('The Founders Trophy was presented by the Lord Mayor of Leeds, Councillor Ann Pryce, to the Bramley rowing crew Oar & Anchor for their charity row.')).toEqual([
      'Founders Trophy -> Oar & Anchor',
    ]);
    expect(en('The Gold Medal was presented by Princess Anne to Morag Ellis.')).toEqual(['Gold Medal -> Morag Ellis']);
  });
  it('common given names that are also English words (Jess, Rory, Grace) and names of many countries open a name', () => {
    expect(en('Nurses Jess Harlow and Rory Quint each received the Chief Nurse Award at the hospital.')).toEqual([
      'Chief Nurse Award -> Jess Harlow', 'Chief Nurse Award -> Rory Quint',
    ]);
    expect(en('Tinashe Moyo and Siobhán Keane won the Ashdown Medal.')).toEqual(['Ashdown Medal -> Tinashe Moyo', 'Ashdown Medal -> Siobhán Keane']);
  });
  it('"Co Kerry" is a county, not a person whom "Kerry" stands for later', () => {
    expect(people('Farmers from Co Kerry won both titles. Minister Joe Lynch said the Kerry farms had earned it.')).toEqual(['Joe Lynch [Minister]']);
    expect(en('Farmers from Co Kerry have taken the title twice. Officials said the Kerry farms had earned it.', 'Kerry farmer Ciarán Doyle wins Farmer of the Year')).toEqual([
      'Farmer of the Year -> Ciarán Doyle',
    ]);
  });
  it('Filipino "ng" inside an award name', () => {
    expect(en('Teacher Maricel Ong was conferred the Gawad ng Pangulo Award on Monday.')).toEqual(['Gawad ng Pangulo Award -> Maricel Ong']);
  });
  it('"X was shared between A, who …, and the veteran B, …": both', () => {
    expect(en('Best Supporting Actress was shared between Nadia Perera, who plays a tea picker in Kandy, and the veteran Malini Fonseka, a stage actress of fifty years.')).toEqual([
      'Best Supporting Actress -> Nadia Perera', 'Best Supporting Actress -> Malini Fonseka',
    ]);
  });
  it('an article opening a subhead is no recipient', () => {
    expect(en('Best Screenplay was awarded to Lasith Silva.', 'A shared Best Screenplay')).toEqual(['Best Screenplay -> Lasith Silva']);
  });
  it('"Forty staff were presented with X, which …, among them A and B"', () => {
    expect(en('Forty-two volunteers were presented with the Long Service Medal, which marks 20 years of service, among them Dubbo driver Kevin Hale and Orange nurse Beryl Moss.')).toEqual([
      'Long Service Medal -> Kevin Hale', 'Long Service Medal -> Beryl Moss',
    ]);
  });
  it('"Also conferred the X, in the group category, was A": the subject after the verb, no category award', () => {
    expect(en('Also conferred the Outstanding Public Servant Award, in the group category, was the Iloilo flood team.')).toEqual([
      'Outstanding Public Servant Award -> Iloilo flood team',
    ]);
  });
  it('"the Kala Suri national honour": a named honour with its kind in lower case', () => {
    expect(en('Actor Joe Abeywickrama was conferred the Kala Suri national honour in 2001.')).toEqual(['Kala Suri national honour -> Joe Abeywickrama']);
    expect(en('It was a great national honour for the town.')).toEqual([]);
  });
  it('"Hay River paddlers Neil and Karin Sandberg": a given name closing a described item shares the surname', () => {
    expect(en('Whitehorse climbers Ian and Dana Kerr were given the Polar Medal for a winter traverse.')).toEqual([
      'Polar Medal -> Ian Kerr', 'Polar Medal -> Dana Kerr',
    ]);
  });
  it('a subhead "X Medal for <place> <noun>" names whose it is, not the medal', () => {
    expect(en('The Massey Medal for Arctic Science went to Lena Aput of Iqaluit.', 'Massey Medal for Iqaluit hunter')).toEqual(['Massey Medal for Arctic Science -> Lena Aput']);
  });
  it('a described award with a superlative is no name; a "Search for" is the programme; a category between commas is the award\'s', () => {
    expect(en('The book earned its author travel writing\'s best-known prize.')).toEqual([]);
    expect(en('The region sent four finalists to the 2026 Search for Outstanding Teachers.')).toEqual([]);
  });
  it('"A, left, who received X, with B, who was awarded Y": each relative clause on its own name', () => {
    expect(en('Gemma Dunn, left, who received the Gold Medal, with lifeguard Oscar Peel, who was awarded the Silver Medal, at the ceremony.')).toEqual([
      'Gold Medal -> Gemma Dunn', 'Silver Medal -> Oscar Peel',
    ]);
    expect(en('The last recipient was Corporal Sam Hale of the Royal Marines, who received the Military Cross in 2016.')).toEqual(['Military Cross -> Sam Hale']);
  });
});

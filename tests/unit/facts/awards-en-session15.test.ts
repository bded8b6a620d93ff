import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string, title?: string) => awardLines(factsOf('en', text, title));

describe('English awards and recipients (session 15)', () => {
  it('a category named in capitals with "honour" in lower case, not a dedication', () => {
    expect(en('The Science honour went to Dr. Kwame Adjei, a chemist in Cape Coast.')).toEqual(['Science honour -> Kwame Adjei']);
    expect(en('Ama Serwaa and her brother Kojo Serwaa collected the Rising Star honour on Friday.')).toEqual([
      'Rising Star honour -> Ama Serwaa', 'Rising Star honour -> Kojo Serwaa',
    ]);
    expect(en("A dinner was held in Dr. Mensah's honour at the Golden Tulip hotel.")).toEqual([]);
  });
  it('"The X award went to A, and the Y award to B": the verb said once for both', () => {
    expect(en('The Sport award went to Lorna Baxter, and the Culture award to Ewan Moffat.')).toEqual([
      'Sport award -> Lorna Baxter', 'Culture award -> Ewan Moffat',
    ]);
    // (Without a first award given, "the Y award to B" is no award given.)
    expect(en('Critics objected to the Culture award to Ewan Moffat.')).toEqual([]);
  });
  it('"the X award, which went to A, a …": the relative clause gives it', () => {
    expect(en('The evening closed with the Carer of the Year award, which went to Nuala Briggs, a nurse from Sligo.')).toEqual([
      'Carer of the Year award -> Nuala Briggs',
    ]);
    // (A relative clause about something else still reaches the verb after it.)
    expect(en('The Alder Prize, which was founded in 1990, was presented to Owen Pryce.')).toEqual(['Alder Prize -> Owen Pryce']);
  });
  it('"Other recipients included A and B": the award the story lists, not a side award told of in between', () => {
    const text =
      'Twelve residents were named to the Order of Halifax on Tuesday. Among them were Rosa Delgado, a baker, and Tomas Fenn, a ' +
      'paramedic. Separately, the Irma Kohl Award for Coaching went to Dana Price, a netball coach. Other recipients included ' +
      'choir director Marta Silva and Yusuf Abdi, a volunteer driver.';
    expect(en(text)).toEqual([
      'Order of Halifax -> Rosa Delgado', 'Order of Halifax -> Tomas Fenn', 'Order of Halifax -> Marta Silva', 'Order of Halifax -> Yusuf Abdi',
      'Irma Kohl Award for Coaching -> Dana Price',
    ]);
  });
  it('"A and photographer B shared X", "A and her colleague, B, had earlier in the evening won X": both people', () => {
    expect(en('Odette Maraj and cameraman Ravi Singh shared the Gold Reel Prize.')).toEqual([
      'Gold Reel Prize -> Odette Maraj', 'Gold Reel Prize -> Ravi Singh',
    ]);
    expect(en('Odette Maraj and her producer, editor Ravi Singh, had earlier in the evening won the Gold Reel Prize for the same film.')).toEqual([
      'Gold Reel Prize -> Odette Maraj', 'Gold Reel Prize -> Ravi Singh',
    ]);
  });
  it('"named the 2026 Westland Local Legend": a year before a title of honour, but not before an office', () => {
    expect(en('Keith Moana and Ana Moana have run the food bank since 2009. The couple were named the 2026 Westland Local Legend on Friday.')).toEqual([
      '2026 Westland Local Legend -> Keith Moana', '2026 Westland Local Legend -> Ana Moana',
    ]);
    expect(en('Rita Osei was named the 2026 Chief Operating Officer of the bank.')).toEqual([]);
  });
  it('"The 2026 Junior Sportsperson of the Year is Tauranga\'s Mere Kingi, 16": the name after the copula', () => {
    expect(en("The 2026 Junior Sportsperson of the Year is Tauranga's Mere Kingi, 16, a kayaker.")).toEqual(['2026 Junior Sportsperson of the Year -> Mere Kingi']);
  });
  it('a headline without "and": "Sprinter A, late coach B among six inducted into X"', () => {
    expect(en('The dinner was held in Moncton.', 'Sprinter Lise Arsenault, late boxing coach Peter Doiron among six inducted into New Brunswick Sports Hall of Fame')).toEqual([
      'New Brunswick Sports Hall of Fame -> Lise Arsenault', 'New Brunswick Sports Hall of Fame -> Peter Doiron',
    ]);
  });
  it('honorees told of keep the award in play for later ones', () => {
    const text =
      'Lise Arsenault was inducted into the New Brunswick Sports Hall of Fame on Saturday. Her coach spoke first. The crowd stood. ' +
      'A video was shown. The band played. The team inductee was the 1998 Moncton Wildcats. Twelve players came back for it. ' +
      'Dinner followed. Speeches ran late. Also inducted were wrestler Paul Gallant and rower Nadia Cormier.';
    expect(en(text)).toEqual([
      'New Brunswick Sports Hall of Fame -> Lise Arsenault', 'New Brunswick Sports Hall of Fame -> Moncton Wildcats',
      'New Brunswick Sports Hall of Fame -> Paul Gallant', 'New Brunswick Sports Hall of Fame -> Nadia Cormier',
    ]);
  });
  it('"to A, the Hebden Bridge joiner who …": capitals before a lower-case noun describe, they name no one new', () => {
    expect(en('The Lifetime Award was presented to Dennis Marsh, the Hebden Bridge joiner who restored the chapel windows.')).toEqual([
      'Lifetime Award -> Dennis Marsh',
    ]);
  });
  it('a category or title with "to", "by a", "of the" inside', () => {
    expect(en('Priya Nair received the Best Contribution to Heritage by a Young Person award for a sound archive.')).toEqual([
      'Best Contribution to Heritage by a Young Person -> Priya Nair',
    ]);
    expect(en('The Outstanding Contribution to Farming Award was presented to Glyn Pryce.')).toEqual(['Outstanding Contribution to Farming Award -> Glyn Pryce']);
    expect(en('Hannah Booth won the Spirit of the Fells award.')).toEqual(['Spirit of the Fells award -> Hannah Booth']);
  });
  it('"A doctor who has spent years flying to stations and remote communities … has been named X": the subject is the doctor', () => {
    expect(en('A doctor who has spent 17 years flying to stations and remote towns out of Broken Hill has been named the 2027 NSW Australian of the Year. Dr Aroha Tane, 52, said she was stunned.')).toEqual([
      '2027 NSW Australian of the Year -> Aroha Tane',
    ]);
  });
  it('"The X award was shared by A, for …, and B, who …": both', () => {
    expect(en("The Best Director award was shared by Anu Menon, for her work on 'Thira', and Joseph Kurian, who made a courtroom drama.")).toEqual([
      'Best Director award -> Anu Menon', 'Best Director award -> Joseph Kurian',
    ]);
  });
  it('"the couple" after "A and her husband, B" or "A and his wife, Dr B"', () => {
    expect(en('The mayor thanked Maeve Rooney and her husband, Colm Rooney, who have run the festival since 2001. The couple received the Freedom of Navan.')).toEqual([
      'Freedom of Navan -> Maeve Rooney', 'Freedom of Navan -> Colm Rooney',
    ]);
    expect(en('The evening belonged to Professor Ravi Menon and his wife, Dr Asha Menon, both retired. The couple received the Book Prize for their history of Kochi.')).toEqual([
      'Book Prize -> Ravi Menon', 'Book Prize -> Asha Menon',
    ]);
  });
  it('"The X Award for the sciences went to A"; a slash between capitals inside a name; "A team from <institution> took X"', () => {
    expect(en('The Research Award for the humanities went to Dr Farah Aziz, a historian.')).toEqual(['Research Award -> Farah Aziz']);
    expect(en('The judge, the poet Orla Keane, a former winner of the Shine/Strong Poetry Award, read every entry.')).toEqual(['Shine/Strong Poetry Award -> Orla Keane']);
    expect(en('A team from Universiti Putra Malaysia took the Innovation Award for a rice sensor.')).toEqual(['Innovation Award -> team from Universiti Putra Malaysia']);
    // (A team from a place is someone described, named elsewhere if at all.)
    expect(en('A team from Bohol took the Innovation Award.')).toEqual(['Innovation Award -> -']);
  });
  it('"A receives her X": after a verb of receiving, the pronoun owns the award and the subject got it; "His X" is no part of the name', () => {
    expect(en('The medals were handed out by the Mayor of Wigan, Joan Pratt. Firefighter Nadia Khan receives her Long Service Medal at the parade.')).toEqual([
      'Long Service Medal -> Nadia Khan',
    ]);
    expect(en('Tom Reid died in May. His Long Service Medal was presented to Mary Reid.')).toEqual(['Long Service Medal -> Mary Reid']);
    // ("earned him the prize": an object pronoun still stands for someone named before.)
    expect(en('Tom Reid scored twice. The goal earned him the Golden Boot.')).toEqual(['Golden Boot -> Tom Reid']);
  });
  it('"Past winners include A, who took it in 2019, and B, who went on to win Y": the story\'s award, not a grant told of in between', () => {
    expect(en('Mairead Cole has won this year\'s Seamus Heaney Poetry Award. She used an Arts Council Bursary Award to take leave. Past winners include Tom Keogh, who took it in 2019, and Ruth Dunne, who went on to win the Forward Prize in 2023.')).toEqual([
      'Seamus Heaney Poetry Award -> Mairead Cole', 'Seamus Heaney Poetry Award -> Tom Keogh', 'Seamus Heaney Poetry Award -> Ruth Dunne',
      'Arts Council Bursary Award -> -', 'Forward Prize -> Ruth Dunne',
    ]);
  });
  it('"the trophy at the Cannes Film Festival" names an event; "the trophy at the Ulster Hall" a venue, no part of the name', () => {
    expect(en('Niamh Doyle won the Hart trophy at the Ulster Hall on Thursday night.')).toEqual(['Hart trophy -> Niamh Doyle']);
    expect(en('Niamh Doyle won the Hart trophy at the Galway Film Festival.')).toEqual(['Hart trophy at the Galway Film Festival -> Niamh Doyle']);
  });
  it('national honours of Sri Lanka, Bangladesh, the Philippines and others by name; "X, the national honour for …, was conferred on A"', () => {
    expect(en('The Vidya Nidhi, the national honour for science, was conferred on Professor Nalin Perera.')).toEqual(['Vidya Nidhi -> Nalin Perera']);
    expect(en('The title of Deshamanya went to Sunethra Silva, 71, a surgeon.')).toEqual(['Deshamanya -> Sunethra Silva']);
    expect(en('Poet Rafiq Ahmed received the Ekushey Padak on Friday.')).toEqual(['Ekushey Padak -> Rafiq Ahmed']);
    // (A capitalised apposition names the award itself: the lower-case prize before it is only its description.)
    expect(en("This year's primary school prize, the Hart Prize for Teaching, went to Ann Lee.")).toEqual(['Hart Prize for Teaching -> Ann Lee']);
  });
  it('a winners list with each category in brackets after its winner; an owned team', () => {
    expect(en('Other winners included Lena Ortiz of Mercy Hospital (Oncology Nursing), Sam Lee of Grand View College (Nurse Educator) and Ava Cole, a school nurse in Ames (Rising Star).')).toEqual([
      'Oncology Nursing -> Lena Ortiz', 'Nurse Educator -> Sam Lee', 'Rising Star -> Ava Cole',
    ]);
    expect(en("The Team Excellence award went to Mercy's night shift nursing team.")).toEqual(["Team Excellence award -> Mercy's night shift nursing team"]);
  });
});

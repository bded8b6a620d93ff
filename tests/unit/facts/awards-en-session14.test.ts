import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';
import { computeFacts } from '../../../lib/facts/index';

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
  it('an apposition naming a body with commas and "and" ends at the post it owns, not at "Children" or "Young People"', () => {
    expect(en("The Public Service Medal went to Ruth Oduya, the Department for Health, Children and Young People's Deputy Secretary for Nursing, who led the vaccine drive.")).toEqual([
      'Public Service Medal -> Ruth Oduya',
    ]);
  });
  it('"…, and Mi\'kmaw elder A, who was appointed to X": the name right before ", who", not the first person of the sentence', () => {
    expect(en('Chief Constable Omar Reyes opened the evening, and former nurse Alma Greer, who was appointed to the Order of Manitoba in 2011, said grace.')).toEqual([
      'Order of Manitoba -> Alma Greer',
    ]);
  });
  it('"presented X to four Y at the Z Pavilion in Sydney on Monday: A, B and C": a counted group named after a far colon', () => {
    expect(en('The Governor presented the Polar Medal to three scientists at the Old Customs House on Franklin Wharf in Hobart on Friday night: Ana Ruiz of Perth, Ben Clark and Tom Hay of Cairns.')).toEqual([
      'Polar Medal -> Ana Ruiz', 'Polar Medal -> Ben Clark', 'Polar Medal -> Tom Hay',
    ]);
  });
  it('a described award given "in Sydney on Monday to A": where and when are not its name', () => {
    expect(en('The Administrator presented the national bravery medal in Darwin on Tuesday to Leah Pike.')).toEqual(['bravery medal -> Leah Pike']);
  });
  it('"X, or Y (ABC),": the same honour in another language is one award', () => {
    expect(en('Mr Lim Boon Kiat was conferred the Public Service Medal, or Pingat Bakti Masyarakat (PBM), on Saturday.')).toEqual(['Public Service Medal -> Lim Boon Kiat']);
  });
  it('a bar in brackets belongs to the award', () => {
    expect(en('Mr Goh Ah Huat, 71, a retired hawker, received the Public Service Star (Bar).')).toEqual(['Public Service Star (Bar) -> Goh Ah Huat']);
  });
  it('"including Mr A, 52, chairman of the X Committee, and Ms B, 44, who …": a post between two listed people', () => {
    expect(en('The Long Service Medal went to 90 volunteers, including Mr Ravi Nair, 61, chairman of the Tampines West Residents Committee, and Ms Lee Mei Ling, 48, who runs a food bank.')).toEqual([
      'Long Service Medal -> Ravi Nair', 'Long Service Medal -> Lee Mei Ling',
    ]);
  });
});

describe('English officials (session 14)', () => {
  it('no person inside a jubilee or coronation medal', () => {
    expect(people('He also holds the Queen Elizabeth II Golden Jubilee Medal and the King Charles III Coronation Medal.')).toEqual([]);
  });
  it('"Minister Edwin Tay" after "Edwin Tay Kok Leong": one person', () => {
    expect(people('The awards were presented by Minister for Sustainability Grace Fu Hai Yien. Pictured with Minister Grace Fu at the Istana.')).toEqual([
      'Grace Fu Hai Yien [Minister for Sustainability]',
    ]);
  });
  it('capitalised qualifiers between a head and the head they qualify: "Chief National Commissioner, A"', () => {
    expect(people('It was accepted by its Chief National Commissioner, Priyanka Rao, who flew in from Delhi.')).toEqual(['Priyanka Rao [Chief National Commissioner]']);
    expect(people('Chief Fire Officer Dara Quinn thanked the crews.')).toEqual(['Dara Quinn [Chief Fire Officer]']);
  });
});

describe('English awards and officials from set 30 (session 14)', () => {
  it('"Commissioner Whelan" is the Garda Commissioner named in full before', () => {
    expect(en('The Garda Commissioner, Aoife Brennan, spoke. Commissioner Brennan is herself a recipient of the Scott Silver Medal, which she received in 2001.')).toEqual([
      'Scott Silver Medal -> Aoife Brennan',
    ]);
  });
  it('no person called "Water Unit" or "Home Affairs"; "Garda Fogarty" is the Garda of that name, not a parent named before', () => {
    expect(people('Garda Ciarán Dunne served with the Garda Water Unit. His parents, Liam and Ann Dunne, met the Minister for Justice, Home Affairs and Migration, Rory Lane. Garda Dunne, who was 29, was praised.')).toEqual([
      'Ciarán Dunne [Garda]', 'Rory Lane [Minister for Justice, Home Affairs and Migration]',
    ]);
  });
  it('"the Scott Medal", the family of the "Scott Gold Medal" given in the story, is no award of its own', () => {
    expect(en('Garda Ciarán Dunne was awarded the Scott Gold Medal on Friday. The Scott Medal was founded in 1923.')).toEqual(['Scott Gold Medal -> Ciarán Dunne']);
  });
  it('a list item\'s description with "and" between two plain nouns does not end the list', () => {
    expect(en('Four were invested into the Order of Manitoba. The new members are: Ruth Oake, a potter and ceramics teacher from Gimli; and Ivan and Olga Petrenko of Dauphin.')).toEqual([
      'Order of Manitoba -> Ruth Oake', 'Order of Manitoba -> Ivan Petrenko', 'Order of Manitoba -> Olga Petrenko',
    ]);
  });
  it('"Lt.-Gov. A" is one title and does not end a sentence', () => {
    expect(people('Lt.-Gov. Mary Kowalchuk, who is also chancellor of the order, presented the insignia.')).toEqual(['Mary Kowalchuk [Lt.-Gov.; chancellor of the order]']);
  });
  it('"A salutes after receiving X": the subject of the verb before "after"; "A, right, with B after receiving X": A', () => {
    expect(en('Korean War veteran Albert Nyquist salutes after receiving the Purple Heart from the governor.')).toEqual(['Purple Heart -> Albert Nyquist']);
    expect(en('Priya Varadan, right, with her editor Tom Hale after receiving the Hindu Prize at the hall on Saturday.')).toEqual(['Hindu Prize -> Priya Varadan']);
  });
  it('"X, which carries the title Datuk, went to A": past the relative clause', () => {
    expect(en('The Order of the Hornbill, which carries the title Datuk, went to businesswoman Chong Mei Ling.')).toEqual(['Order of the Hornbill -> Chong Mei Ling']);
  });
  it('described recipients ("a fishers\' group from Bohol", a list of them) name no one', () => {
    expect(en('A teacher, a nurse and a farmers\' group from Cebu received the Gawad Kalinga Award. It was the birthday of Tony Meloto.')).toEqual(['Gawad Kalinga Award -> -']);
  });
  it('a headline\'s "Garda who died in rescue awarded X" is the person the story names', () => {
    expect(en('Garda Ciarán Dunne was posthumously awarded the Scott Gold Medal on Friday. Garda Ann Roche also spoke.', 'Garda who died in rescue awarded Scott Gold Medal')).toEqual([
      'Scott Gold Medal -> Ciarán Dunne',
    ]);
  });
});

describe('English awards: the story\'s award over a past honour (session 14)', () => {
  const dated = (text: string) => awardLines(computeFacts({ text, lang: 'en', publishedTime: '2026-11-20T08:00:00Z' }));
  it('"The other laureates were B and C" after "she received Y in 2019" go to the story\'s award', () => {
    expect(dated('Dr Lena Ortiz received the 2026 Kalinga Prize on Friday. She received the Florence Nightingale Medal in 2019. The other laureates were Tom Hale and Ana Cruz.')).toEqual([
      '2026 Kalinga Prize -> Lena Ortiz', '2026 Kalinga Prize -> Tom Hale', '2026 Kalinga Prize -> Ana Cruz', 'Florence Nightingale Medal -> Lena Ortiz',
    ]);
  });
  it('a title several people hold names none of them', () => {
    expect(en('Garda Ciarán Dunne and Garda Ann Roche were at the quay. The garda was awarded the Scott Medal.')).not.toContain('Scott Medal -> Ann Roche');
  });
});

describe('English honourees (session 14)', () => {
  it('"Recipients of the class are styled "Chief"": a passive names no recipient', () => {
    expect(en('Governor-General Grand Chief Sir Bob Dadae invested Mary Kila as an Officer of the Order of Logohu. Recipients of the class are styled "Chief".')).toEqual([
      'Officer of the Order of Logohu -> Mary Kila',
    ]);
  });
});

describe('English awards from set 31 (session 14)', () => {
  it('a bracketed class with a lower-case link ("(French to English)") belongs to the name, and "was awarded posthumously to A" follows it', () => {
    expect(en("The Premier's Literary Award for Translation (Spanish to English) was awarded posthumously to Inés Calvo, the Toronto translator.")).toEqual([
      "Premier's Literary Award for Translation (Spanish to English) -> Inés Calvo",
    ]);
  });
  it('a slash between acronyms belongs to the name: "a GAA/GPA All-Star award"', () => {
    expect(en('Cian Rowe won. Rowe, who had been shortlisted for the top award, also received a LGFA/WGPA All-Star award.')).toEqual(['LGFA/WGPA All-Star award -> Cian Rowe']);
  });
  it('"…, and B of Place, who won X": B without where they are from; a title "The X of Y" keeps its "of"', () => {
    expect(en('The other prizes went to Neema Kweka of Arusha, who won the Health Reporting Award, and Baraka Mushi of Moshi, who won the Court Reporting Award.')).toEqual([
      'Health Reporting Award -> Neema Kweka', 'Court Reporting Award -> Baraka Mushi',
    ]);
    expect(en('Best Play went to The Ghosts of Kinsale.')).toEqual(['Best Play -> The Ghosts of Kinsale']);
  });
  it('"The winners were: A PLC (X Award), B (Y Award) and C (Z Award)": each name before its award in brackets', () => {
    expect(en('The sector winners were: Ceylon Rope PLC (Export Award), Galle Agro (Farming Sector Award) and Kandy Print Works (Printing Award).')).toEqual([
      'Export Award -> Ceylon Rope PLC', 'Farming Sector Award -> Galle Agro', 'Printing Award -> Kandy Print Works',
    ]);
  });
});

describe('English awards from set 32 (session 14)', () => {
  it('"A, who accepted X for her late husband": who collects for a relative is no recipient', () => {
    expect(en('The Service Award was presented posthumously to Colin Reid. Ann Reid, who accepted the Service Award for her late husband, thanked the school.')).toEqual([
      'Service Award -> Colin Reid',
    ]);
  });
  it('"named UK\'s best primary headteacher", "the best possible advertisement": rankings, not categories', () => {
    expect(en('Teacher Ruth Dale won the Silver Apple Award on Friday.', "Teacher named Wales's best young teacher")).toEqual(['Silver Apple Award -> Ruth Dale']);
    expect(en('The mayor said the wins were the best possible advertisement for the town.')).toEqual([]);
  });
  it('a place after "in" is where the award was given, not its field ("in Canberra", not "in Irish Literature")', () => {
    expect(en('Dr Lena Shaw received the Prime Minister\'s Prize for Innovation in Canberra on Wednesday.')).toEqual(["Prime Minister's Prize for Innovation -> Lena Shaw"]);
  });
});

describe('English awards from set 32, part two (session 14)', () => {
  it('"Among the eleven people who received X (EBS) were A and B": those named after "were"', () => {
    expect(en('Among the nine people who received the Order of the Companions of Honour (OCH) were the Permanent Secretary, Dr Ruth Banda, and the surgeon Dr Paul Mwale.')).toEqual([
      'Order of the Companions of Honour (OCH) -> Ruth Banda', 'Order of the Companions of Honour (OCH) -> Paul Mwale',
    ]);
  });
  it('"In the individual category, the X award went to A": the category is where the award stands, not an award', () => {
    expect(en('In the individual category, the Lifesaver award also went to Rosa Diaz, a nurse.')).toEqual(['Lifesaver award -> Rosa Diaz']);
    expect(en('In the fiction category, Amy Tan won.')).toEqual(['fiction category -> Amy Tan']);
  });
});

describe('English awards from set 33 (session 14)', () => {
  it('"The X Award for Outstanding Contribution to Journalism was presented posthumously to A": the field after "to" before the verb', () => {
    expect(en('The Lowy Medal for Outstanding Service to Photography was presented posthumously to photographer Ken Duthie, who worked for the Mercury.')).toEqual([
      'Lowy Medal for Outstanding Service to Photography -> Ken Duthie',
    ]);
  });
  it('"Born in Lerwick in 1948, A … was appointed MBE": past the opening participle to the subject', () => {
    expect(en('Born in Kirkwall in 1951, Morag Flett taught music for forty years and was appointed MBE in 2012.')).toEqual(['MBE -> Morag Flett']);
  });
});

describe('English awards and officials from set 33, part two (session 14)', () => {
  it('"has run its literary awards for more than four decades": how long, not a category', () => {
    expect(en('The Society has run its book awards for more than three decades.')).toEqual([]);
  });
  it('"on Queen Street": a street is no person with the title Queen', () => {
    expect(people('The new hall on King Street will open in May, said Mayor Ann Kerr.')).toEqual(['Ann Kerr [Mayor]']);
  });
});

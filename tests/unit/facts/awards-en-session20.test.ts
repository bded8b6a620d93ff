import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string) => awardLines(factsOf('en', text));

describe('English awards and recipients (session 20)', () => {
  it('"received the award for science and technology", "the award for the Liberation War": the story\'s award, not a new one named by its field', () => {
    const text = 'Twenty people received the Swadhinata Padak, the highest state honour, at the ceremony. ' +
      'The chemist Farida Yasmin received the award for science and technology. ' +
      'Moinul Haque, 91, received the award for the Liberation War in a wheelchair.';
    expect(en(text)).toEqual(['Swadhinata Padak -> Farida Yasmin', 'Swadhinata Padak -> Moinul Haque']);
    // ("received the award in a wheelchair": how it was received, no part of a name.)
    expect(en('Twenty people received the Swadhinata Padak on Monday. Moinul Haque, 91, received the award in a wheelchair.')).toEqual(['Swadhinata Padak -> Moinul Haque']);
  });
  it('"The award for the best short film goes to A": a category with "the best" is still named', () => {
    expect(en('The award for the best short film goes to Nilavu, a documentary by the Kannur collective Theeram.')).toEqual([
      'award for the best short film -> Nilavu',
    ]);
  });
  it('"X was also made to A": "made to" gives an award as "presented to" does', () => {
    expect(en("A Mayor's Civic Recognition Award was also made to Derek Ashworth, caretaker of Ravensworth Primary School.")).toEqual([
      "Mayor's Civic Recognition Award -> Derek Ashworth",
    ]);
  });
  it('"A, 41, received the agency\'s top honor, the X, along with the Y": past the description, and a second award to the same person', () => {
    const text = 'Sergeant Marisol Ortega was shot during a warrant service in March. Ortega, 41, received the agency\'s top honor, the Medal of Valor, along with the Purple Heart, at the banquet.';
    expect(en(text)).toEqual(['Medal of Valor -> Marisol Ortega', 'Purple Heart -> Marisol Ortega']);
    // ("shares X with the translator B": someone who shares it, not a second award.)
    expect(en('Rao shares the Kalinga Book Award for translation with the Odia translator Pranati Das.')).toEqual([
      'Kalinga Book Award for translation -> Rao', 'Kalinga Book Award for translation -> Pranati Das',
    ]);
  });
  it('"received the X gold standard in 2019 and the Y in 2023": a grade in lower case between two awards of one person', () => {
    const text = 'Keisha Rolle leads the youth parliament. She received the Duke of Edinburgh Award gold standard in 2019 and the Commonwealth Youth Award for the Caribbean in 2023.';
    expect(en(text)).toEqual(['Duke of Edinburgh Award -> Keisha Rolle', 'Commonwealth Youth Award for the Caribbean -> Keisha Rolle']);
  });
  it('"A, a former officer of the Franz Josef Volunteer Fire Brigade who received X": a body\'s name that opens like a person\'s is no person', () => {
    const text = 'Wiremu Tane, a retired station officer of the Franz Josef Volunteer Fire Brigade who received the Queen\'s Service Medal in 2015, spoke against the plan.';
    expect(en(text)).toEqual(["Queen's Service Medal -> Wiremu Tane"]);
  });
  it('"The 27 nurses of the 2028 cholera response, most of them from A, B and C, were awarded X": a counted group, not the places in its aside', () => {
    const text = 'The 27 nurses of the 2028 cholera response, most of them from Gulu, Lira and Soroti, were awarded the Independence Medal.';
    expect(en(text)).toEqual(['Independence Medal -> nurses of the 2028 cholera response']);
    // (Not when the people are named after it.)
    expect(en('Two members of the Kigoma rescue team, Baraka Mushi and Neema Kessy, were awarded the Independence Medal.')).toEqual([
      'Independence Medal -> Baraka Mushi', 'Independence Medal -> Neema Kessy',
    ]);
  });
  it('"The Dato\' Paduka Mahkota Perak (DPMP), which …, went to four recipients:" and one described item a line: each closing name', () => {
    const text = [
      "The Dato' Paduka Mahkota Perak (DPMP), which also carries the title Dato', went to four recipients:",
      'Perak police chief Comm Azlan Hashim;', 'Ipoh City Council mayor Mohd Hafiz Abdul Ghani;',
      'Taiping property developer Tan Boon Keat; and', 'Rosnah Ibrahim, director of the state Health Department.',
      'The investiture was held at Istana Iskandariah.',
    ].join('\n\n');
    expect(en(text)).toEqual([
      "Dato' Paduka Mahkota Perak (DPMP) -> Comm Azlan Hashim", "Dato' Paduka Mahkota Perak (DPMP) -> Mohd Hafiz Abdul Ghani",
      "Dato' Paduka Mahkota Perak (DPMP) -> Tan Boon Keat", "Dato' Paduka Mahkota Perak (DPMP) -> Rosnah Ibrahim",
    ]);
    // (A body by its letters is no award: "staff of X Hospital (XH) were presented with …".)
    expect(en('More than 200 staff of Sultanah Aminah Hospital (HSA) were presented with their long service awards on Friday.')).toEqual([]);
  });
});

describe('English awards and recipients from set 61 (session 20)', () => {
  it('"The X, Second Class, went to Mr A, 64, who …, and to Ms B, a nurse": past the class, both recipients', () => {
    const text = 'The Most Distinguished Order of Namibia, Second Class, went to Mr Petrus Haufiku, 64, who ran the Oshakati clinic for 30 years, and to Ms Selma Iyambo, a nurse at Rundu State Hospital.';
    expect(en(text)).toEqual(['Most Distinguished Order of Namibia, Second Class -> Petrus Haufiku', 'Most Distinguished Order of Namibia, Second Class -> Selma Iyambo']);
  });
  it('"went to three artists: sitar player A for music; actress B for theatre; and C for painting": what each was for does not end the list', () => {
    const text = 'Pride of Performance awards went to three artists: sitar player Imran Qureshi for music; stage actress Rubina Aslam for theatre; and Lahore-born painter Salman Mirza for painting.';
    expect(en(text)).toEqual(['Pride of Performance -> Imran Qureshi', 'Pride of Performance -> Rubina Aslam', 'Pride of Performance -> Salman Mirza']);
    expect(en('The Governor’s Medal went to Nadia Karim for nursing, Farid Baig for teaching and Omar Sultan for rescue work.')).toEqual([
      'Governor’s Medal -> Nadia Karim', 'Governor’s Medal -> Farid Baig', 'Governor’s Medal -> Omar Sultan',
    ]);
  });
});

describe('English awards and recipients from set 61, Hong Kong (session 20)', () => {
  it('"Ma Ka-lok … He was awarded X posthumously": a Hong Kong name, surname and one hyphened given name, is a person', () => {
    const text = 'The saddest entry is for Siu Wai-man, a diver who died in May while searching a flooded tunnel. He was awarded the Medal for Bravery (Silver) posthumously.';
    expect(en(text)).toEqual(['Medal for Bravery (Silver) -> Siu Wai-man']);
  });
  it('"the X Commendation for Government/Public Service was presented to the Y Observatory\'s … team": a slash inside the name', () => {
    expect(en("The Chief Executive's Commendation for Government/Public Service was presented to the Drainage Services Department's flood response team.")).toEqual([
      "Chief Executive's Commendation for Government/Public Service -> Drainage Services Department's flood response team",
    ]);
  });
  it('"went to 12 people, among them three …: A; the chairman of X, Professor B; and C, …": the items after the colon', () => {
    const text = 'The Silver Bauhinia Star went to 30 people, among them three named at the briefing: Secretary for Housing Winnie Mak Wing-sze; the chairman of the Airport Authority, Professor Dennis Ip Kwok-wah; and Grace Yuen Siu-ling, a former judge.';
    expect(en(text)).toEqual(['Silver Bauhinia Star -> Winnie Mak Wing-sze', 'Silver Bauhinia Star -> Professor Dennis Ip Kwok-wah', 'Silver Bauhinia Star -> Grace Yuen Siu-ling']);
  });
  it('"X went to 61 people. One was given to A, who …; another went to retired nurse B, who …": one each', () => {
    const text = 'The Bronze Bauhinia Star went to 58 people. One was given to Sha Tin District Council member Fong Ka-yan, who ran a shelter during the storm; another went to retired teacher Lui Chi-wing, who has tutored refugees since 2015.';
    expect(en(text)).toEqual(['Bronze Bauhinia Star -> Fong Ka-yan', 'Bronze Bauhinia Star -> Lui Chi-wing']);
  });
});

describe('English awards and recipients from set 62 (session 20)', () => {
  it('"Ch Insp Caddick, who received X", "Chief Secretary Qazi, herself a recipient of X": a title (abbreviated or not) and a surname are the person who holds it', () => {
    const text = 'Detective Sergeant Alun Pryce of Dyfed-Powys Police led the search. Det Sgt Pryce, who received a Chief Constable\'s Commendation in 2020, said the boy was lucky.';
    expect(en(text)).toEqual(["Chief Constable's Commendation -> Alun Pryce"]);
  });
  it('"the Order of the Eagle of Zambia, Third Division": the class after a comma is part of the name, never a recipient', () => {
    const text = 'Mr Joseph Banda, former Zambian High Commissioner to Kenya, and Chieftainess Nkomesha Mukamambo of Chongwe district were each awarded the Order of the Eagle of Zambia, Third Division.';
    expect(en(text)).toEqual(['Order of the Eagle of Zambia, Third Division -> Joseph Banda', 'Order of the Eagle of Zambia, Third Division -> Chieftainess Nkomesha Mukamambo']);
    expect(en('The late Mr Amos Tembo was posthumously awarded the Order of the Grand Companion of Freedom, First Division.')).toEqual([
      'Order of the Grand Companion of Freedom, First Division -> Amos Tembo',
    ]);
  });
  it('"A has been matron of X. B led the search. Both received Y": the two people named just before', () => {
    const text = 'Sister Grace Mumba has been matron of Mansa General Hospital since 2010. Inspector Davies Lungu led the rescue of 20 miners. Both received the Order of Distinguished Service, Third Division.';
    expect(en(text)).toEqual(['Order of Distinguished Service, Third Division -> Grace Mumba', 'Order of Distinguished Service, Third Division -> Davies Lungu']);
  });
  it('"said that the 2027 X of the Year is A, 81", "The Young X of the Year is 17-year-old B": the name after the copula', () => {
    expect(en('Mayor Dana Holt said Monday that the 2027 Nanaimo Citizen of the Year is Edith Carrow, 79, who runs a seniors\' choir.')).toEqual(['2027 Nanaimo Citizen of the Year -> Edith Carrow']);
    expect(en('The Young Citizen of the Year is 16-year-old Priya Menon, a Year 11 student at Moruya High School.')).toEqual(['Young Citizen of the Year -> Priya Menon']);
  });
  it('"The X, Second Division, was conferred on A": past the division to the verb', () => {
    expect(en('The Order of the Eagle of Zambia, Second Division, was conferred on Dr Chanda Mwila, a retired surgeon.')).toEqual([
      'Order of the Eagle of Zambia, Second Division -> Chanda Mwila',
    ]);
  });
  it('"The third medal went to A": the medal just named, past an ordinal', () => {
    const text = 'The Lieutenant Governor presented the Sovereign’s Medal for Volunteers to Marie Dubois, 74. The second medal went to Tom Okafor, a food bank driver. The third medal went to Lena Strand, a search manager.';
    expect(en(text)).toEqual(['Sovereign’s Medal for Volunteers -> Marie Dubois', 'Sovereign’s Medal for Volunteers -> Tom Okafor', 'Sovereign’s Medal for Volunteers -> Lena Strand']);
  });
  it('"The X, created by …, who drowned on Sept. 16, 2027, while …, was presented to his mother, A": an abbreviation\'s dot inside a long aside', () => {
    const text = 'The Cpl. Dan Hebert Memorial Award, created by the Guard Foundation for a Houma soldier who died on Aug. 3, 2026, while rescuing a family, was presented to his father, Luc Hebert.';
    expect(en(text)).toEqual(['Dan Hebert Memorial Award -> Luc Hebert']);
  });
  it('"A, a former judge, received Agaciro, the National Order of Honour": the award\'s own name before its gloss is no recipient', () => {
    expect(en('Jeanne Mukamana, a former Vice President of the Senate, received Agaciro, the National Order of Honour.')).toEqual(['National Order of Honour -> Jeanne Mukamana']);
  });
});


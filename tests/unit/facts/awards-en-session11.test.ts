import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string, title?: string) => awardLines(factsOf('en', text, title));

describe('English awards and recipients (session 11)', () => {
  it('"invested <person> into / as" an order: the object between the verb and its preposition', () => {
    expect(en('The Administrator invested potter Moana Riddell into the Order of the Pacific Isles at a ceremony in Apia.')).toEqual([
      'Order of the Pacific Isles -> Moana Riddell',
    ]);
    expect(en('On Friday the Governor invested retired nurse Ellen Barrow as a Member of the Order of Tasmania.')).toEqual([
      'Member of the Order of Tasmania -> Ellen Barrow',
    ]);
  });
  it('"the order" is the order just named', () => {
    expect(en('Ellen Barrow was invested into the Order of Tasmania on Friday. Kevin Doyle, a ferry skipper, was also invested into the order that day.')).toEqual([
      'Order of Tasmania -> Ellen Barrow', 'Order of Tasmania -> Kevin Doyle',
    ]);
    // A court order is no honour, even after one.
    expect(en('Ellen Barrow was invested into the Order of Tasmania on Friday. Kevin Doyle said the order of speeches ran late.')).toEqual([
      'Order of Tasmania -> Ellen Barrow',
    ]);
  });
  it('"The new members … included" and "This year\'s inductees are" list the holders of the award just named', () => {
    expect(en('Six people were invested into the Order of Tasmania on Friday. The new members invested at Government House included Ellen Barrow; Kevin Doyle, a ferry skipper from Bruny Island; and retired surgeon Priya Nandan of Launceston.')).toEqual([
      'Order of Tasmania -> Ellen Barrow', 'Order of Tasmania -> Kevin Doyle', 'Order of Tasmania -> Priya Nandan',
    ]);
    expect(en('The club unveiled its Hall of Fame on Saturday. This year\'s inductees are Dennis Lowe, a former captain, and Maria Kovac.')).toEqual([
      'Hall of Fame -> Dennis Lowe', 'Hall of Fame -> Maria Kovac',
    ]);
  });
  it('"Hubert and Rosalind Ivany" are two people of one surname, and "the couple" is those two', () => {
    expect(en('The Order of Tasmania went to Graham and Joyce Whitfield, who run the Zeehan museum.')).toEqual([
      'Order of Tasmania -> Graham Whitfield', 'Order of Tasmania -> Joyce Whitfield',
    ]);
    expect(en('Graham and Joyce Whitfield have run the Zeehan museum since 1994. Their grandson helps at weekends. The couple received the Australian Bravery Medal in 2008.')).toEqual([
      'Australian Bravery Medal -> Graham Whitfield', 'Australian Bravery Medal -> Joyce Whitfield',
    ]);
    // "A couple" is someone new, not the pair named before.
    expect(en('Graham and Joyce Whitfield run the museum. A couple from Hobart received the Australian Bravery Medal in 2008.')).not.toContain('Australian Bravery Medal -> Graham Whitfield');
  });
  it('"A Member of X since 2015, she …": an opening apposition describes the subject after its comma', () => {
    expect(en('Priya Nandan retired from surgery in 2019. An Officer of the Order of Australia since 2012, she still teaches anatomy.')).toEqual([
      'Officer of the Order of Australia -> Priya Nandan',
    ]);
  });
  it('a category in a colon list with its winner after ", for"', () => {
    expect(en('The play also took two craft awards: Best Lighting Design, for the Glasgow-born Fiona Carew, and Best Sound, for the composer Idris Mensah, who recorded rain on the roof.')).toEqual([
      'Best Lighting Design -> Fiona Carew', 'Best Sound -> Idris Mensah',
    ]);
  });
  it('"was handed the <Name> award": a handed award named with capitals', () => {
    expect(en('Ruth Okafor, 17, was handed the Rising Star award by the mayor.')).toEqual(['Rising Star award -> Ruth Okafor']);
    // A described trophy handed over is no named award.
    expect(en('Ruth Okafor was handed the golden trophy by the mayor.')).toEqual([]);
  });
  it('a colon list keeps particles inside names ("Noor ul Amin", "Siti binti Yusof")', () => {
    expect(en('Three divers each received the Provincial Bravery Medal: Waqas Khan, Noor ul Amin and Siti binti Yusof.')).toEqual([
      'Provincial Bravery Medal -> Waqas Khan', 'Provincial Bravery Medal -> Noor ul Amin', 'Provincial Bravery Medal -> Siti binti Yusof',
    ]);
  });
  it('a possessive owner belongs to an "of" award: "the Chief Minister\'s Certificate of Commendation"', () => {
    expect(en('The Quetta flood response team was given the Chief Minister\'s Certificate of Commendation as a unit.')).toEqual([
      "Chief Minister's Certificate of Commendation -> Quetta flood response team",
    ]);
  });
  it('"pinned X on Y", a number inside a name, and "awarded to him posthumously" naming the one before, not the giver', () => {
    expect(en('Governor Hamid Baloch pins the Edhi 115 Gold Medal for Courage on Zubair Ahmed at the ceremony.')).toEqual([
      'Edhi 115 Gold Medal for Courage -> Zubair Ahmed',
    ]);
    expect(en('Fazal Karim drowned on 3 August while reaching a trapped family. Governor Hamid Baloch handed the Edhi 115 Gold Medal for Courage, awarded to him posthumously, to his widow, Nasreen Bibi.')).toEqual([
      'Edhi 115 Gold Medal for Courage -> Fazal Karim',
    ]);
  });
  it('a winners list after a colon: "A of X, Category; B, Category, for …"', () => {
    expect(en('Other category winners included: Grace Mutua of Coast FM, Business Reporting; Yusuf Hassan of the Daily Lamp in Wajir, Reporting on Agriculture; and Peter Njoroge, Cartooning, for a strip about the fuel queues.')).toEqual([
      'Business Reporting -> Grace Mutua', 'Reporting on Agriculture -> Yusuf Hassan', 'Cartooning -> Peter Njoroge',
    ]);
    // One-word items only are where the winners come from.
    expect(en('The winners were: Grace Mutua, Mombasa; and Peter Njoroge, Nyeri.')).toEqual([]);
  });
  it('"the top prize of the night" is a description, not an award\'s name', () => {
    expect(en('Grace Mutua received the top prize of the night from the minister.')).toEqual([]);
  });
  it('"A rice farmer from Talavera, Nueva Ecija, who …" is someone described, and "He and his wife, A," are two recipients', () => {
    expect(en('A potato grower from Tublay, Benguet, who doubled his yields with drip lines, was named Outstanding Vegetable Farmer on Tuesday. Arnel Bagtang, 47, received the trophy.')).toEqual([
      'Outstanding Vegetable Farmer -> Arnel Bagtang',
    ]);
    expect(en('Arnel Bagtang, 47, received the trophy. He and his wife, Celia Bagtang, who keeps the farm\'s books, were named Cordillera\'s Outstanding Farm Family in 2019.')).toEqual([
      'Outstanding Farm Family -> Arnel Bagtang', 'Outstanding Farm Family -> Celia Bagtang',
    ]);
  });
  it('"were invested together", "Also invested was A": into the order last named, past a medal named since', () => {
    const text = 'Twenty people were invested into the Order of Manitoba on Thursday. Greta Lund, 77, a Member of the Order of Canada since 2009, spoke first. ' +
      'She thanked her family. She thanked her town. She thanked the nurses. She thanked the council. She thanked the band. ' +
      'Colin and Ada Birch, who run the Gimli fish fry, were invested together. Ada Birch received the Manitoba Volunteer Medal in 2015. Also invested was Omar Haddad, a Winnipeg paramedic.';
    expect(en(text)).toEqual([
      'Order of Manitoba -> Colin Birch', 'Order of Manitoba -> Ada Birch', 'Order of Manitoba -> Omar Haddad',
      'Member of the Order of Canada -> Greta Lund', 'Manitoba Volunteer Medal -> Ada Birch',
    ]);
  });
  it('"for the Environment" is a field of the name; "…, alongside A" received it too; a country doing something is nobody', () => {
    expect(en('Wong Lai Peng has taught pottery for 40 years. On Tuesday, the 70-year-old was one of two people to receive the 2026 President\'s Award for the Arts at the Istana, alongside sculptor Hafiz Rahman.')).toEqual([
      "2026 President's Award for the Arts -> Wong Lai Peng", "2026 President's Award for the Arts -> Hafiz Rahman",
    ]);
    // (Not "for the Tulsa rescue": a capital in what it was for.)
    expect(en('Dana Price received the Carnegie Medal for the Tulsa rescue.')).toEqual(['Carnegie Medal -> Dana Price']);
    expect(en('Wong Lai Peng teaches pottery. The minister said Malaysia would need more like her. She received the Cultural Medallion in 2017.')).toEqual([
      'Cultural Medallion -> Wong Lai Peng',
    ]);
  });
  it('"This year\'s other inductees are A, …, and, posthumously, B"; a paragraph ending on "His …" keeps its person for the next "He"', () => {
    expect(en('Dr Isla Baird was inducted into the Welsh Science Hall of Fame on Friday. This year\'s other inductees are Professor Gareth Pryce, the chemist behind the Menai sensors, and, posthumously, Megan Lloyd (1901-1968).')).toEqual([
      'Welsh Science Hall of Fame -> Isla Baird', 'Welsh Science Hall of Fame -> Gareth Pryce', 'Welsh Science Hall of Fame -> Megan Lloyd',
    ]);
    const text = 'Dr Isla Baird was named the Welsh Scientist of the Year, ahead of Professor Gareth Pryce. Baird spoke first. Baird thanked her team.\n\n' +
      'Pryce, 74, taught at Bangor for thirty years. His sensors now watch bridges in Chile and Japan.\n\nHe received the Royal Society of Chemistry\'s Tilden Prize in 2015.';
    expect(en(text)).toContain("Royal Society of Chemistry's Tilden Prize -> Gareth Pryce");
  });
  it('a table row names the person in the cell before the award\'s', () => {
    expect(en('Other honours\n\nConstable Amy Ross | Commissioner\'s Commendation | 04/07/2026 (flood rescue)\n\nStation Officer Ben Kerr, Fire and Rescue NSW | Medal for Courage | 14/03/2026')).toEqual([
      "Commissioner's Commendation -> Amy Ross", 'Medal for Courage -> Ben Kerr',
    ]);
    // A row of names and places names no award.
    expect(en('Results\n\nAmy Ross | Bondi | 04/07/2026')).toEqual([]);
  });
  it('a winners list of "Category, described winner;" items, the category ending at the semicolon before it', () => {
    expect(en('Other category winners were: Sportsman of the Year with a Disability, para-cyclist Tumi Ndlovu; Newcomer of the Year, 16-year-old swimmer Aisha Patel; and Coach of the Year, Pieter Botha, who coaches the rowing eight.')).toEqual([
      'Sportsman of the Year with a Disability -> Tumi Ndlovu', 'Newcomer of the Year -> Aisha Patel', 'Coach of the Year -> Pieter Botha',
    ]);
  });
  it('"Hull-born A" is A; "MBE in the King\'s Birthday Honours" is an MBE; "the Saskatchewan Order of Merit" keeps its place', () => {
    expect(en('Its star, Leeds-born Maya Quint, took the Critics\' Circle Award for Best Actress. She was appointed MBE in the King\'s Birthday Honours in 2023 for services to drama.')).toEqual([
      "Critics' Circle Award for Best Actress -> Maya Quint", 'MBE -> Maya Quint',
    ]);
    expect(en('Ruth Olafson studies soils. She was invested in the Manitoba Order of Merit in 2020 for her work on flood maps.')).toEqual([
      'Manitoba Order of Merit -> Ruth Olafson',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { awardLines, factsOf, fixture, officialLines } from './facts-helpers';

const en = (text: string, title?: string) => officialLines(factsOf('en', text, title));

describe('English officials', () => {
  it('reads a hand-written article: lead title, comma title, "who" clause, surname mentions', () => {
    const expected = JSON.parse(fixture('en-honours.expected.json')) as { officials: string[] };
    expect(en(fixture('en-honours.txt'))).toEqual(expected.officials);
  });

  it('reads titles before the name, with the body or nationality they belong to', () => {
    expect(
      en('Secretary of State Antony Blinken met Russian President Vladimir Putin. Facebook CEO Mark Zuckerberg and former Massachusetts Gov. Deval Patrick spoke.'),
    ).toEqual([
      'Antony Blinken | Secretary of State',
      'Vladimir Putin | Russian President',
      'Mark Zuckerberg | Facebook CEO',
      'Deval Patrick | former Massachusetts Gov.',
    ]);
  });

  it('reads appositives after the name, two joined by "and a"', () => {
    expect(en('"It can’t be repaired," said Martin Indyk, executive vice president of the Brookings Institution and a former U.S. ambassador to Israel.')).toEqual([
      'Martin Indyk | executive vice president of the Brookings Institution; former U.S. ambassador to Israel',
    ]);
    expect(en('Jane Doe, the city’s mayor, said the plan was sound.')).toEqual(['Jane Doe | mayor']);
  });

  it('reads a title written before the name with a comma', () => {
    expect(en('Shareholders may stick with Yahoo’s chief executive, Marissa Mayer, and vote the deal down.')).toEqual([
      'Marissa Mayer | Yahoo’s chief executive',
    ]);
  });

  it('resolves short mentions ("Mr. Blinken", "Blinken") to the full name', () => {
    const f = factsOf('en', 'Secretary of State Antony Blinken arrived. "We are ready," Mr. Blinken said. Blinken left on Friday.');
    expect(f.officials.map((o) => o.mentions.map((m) => m.text))).toEqual([['Antony Blinken', 'Blinken', 'Blinken']]);
  });

  it('allows a one-word name only after offices that take one ("President Obama")', () => {
    expect(en('President Obama told the U.N. General Assembly that talks would resume.')).toEqual(['Obama | President']);
  });

  it('leaves out professions, titles of no body, bylines and photo credits', () => {
    expect(
      en('Actor Hugh Grant and music director Charles Hazlewood attended, with British director Mark Dornford-May. Photo: John Smith/Reuters\n\nSteven Mufson covers the White House.'),
    ).toEqual([]);
  });

  it('does not give a title to the person before it when it titles the next one', () => {
    expect(en('Candidates include New Jersey Sen. Cory Booker, Hawaii Rep. Tulsi Gabbard and businessman Andrew Yang.')).toEqual([
      'Cory Booker | New Jersey Sen.',
      'Tulsi Gabbard | Hawaii Rep.',
    ]);
  });

  it('reads wire-style titles: bodies named by a common noun, name particles, appositive offices', () => {
    expect(
      en("The company's chief financial officer, Ned Segal, left. Manchester United manager Erik ten Hag spoke. Rishi Sunak, Britain's prime minister, visited Kyiv."),
    ).toEqual([
      "Ned Segal | company's chief financial officer",
      'Erik ten Hag | Manchester United manager',
      "Rishi Sunak | Britain's prime minister",
    ]);
  });

  it('reads a chain of two titles before the name', () => {
    expect(en('House Intelligence Committee chairman Rep. Adam Schiff spoke.')).toEqual([
      'Adam Schiff | House Intelligence Committee chairman Rep.',
    ]);
  });

  it('reads appositives with a body named by a common noun, and surnames that are also words', () => {
    expect(en('Raymond Bush, the company’s chief executive, said sales rose.')).toEqual(['Raymond Bush | chief executive']);
    expect(en('Kari Olsen, chair of the board, resigned.')).toEqual(['Kari Olsen | chair of the board']);
    expect(en('Emma Rice, director of the theatre, left.')).toEqual(['Emma Rice | director of the theatre']);
    expect(en('Gordon Brown, a Labour MP, voted against.')).toEqual(['Gordon Brown | Labour MP']);
  });

  it('reads "who was elected/appointed <title>", without the date', () => {
    expect(en('Tom Rice, who was elected mayor in 2019, said the town would recover.')).toEqual(['Tom Rice | mayor']);
    expect(en('Ann Lee, who was appointed chief executive of the bank in 2020, said little.')).toEqual([
      'Ann Lee | chief executive of the bank',
    ]);
  });
});

describe('English officials: more ways to write a post (session 3)', () => {
  it('posts after "stays as", "became", "who became", "who was ousted as", without the month', () => {
    expect(en('Treasurer Jim Chalmers keeps his job, while Penny Wong stays as foreign minister.')).toEqual([
      'Jim Chalmers | Treasurer',
      'Penny Wong | foreign minister',
    ]);
    expect(en('Sussan Ley, who became Liberal leader in May, said voters deserved better.')).toEqual(['Sussan Ley | Liberal leader']);
    expect(en('Kevin McCarthy, who was ousted as House speaker last year, criticized the bill.')).toEqual(['Kevin McCarthy | House speaker']);
  });

  it('an appositive with any plain words before the head, a bishop, "Cr", a court\'s presiding judge, a prize committee', () => {
    expect(en('Chris Bowen, the climate change and energy minister, said he was happy.')).toEqual([
      'Chris Bowen | climate change and energy minister',
    ]);
    expect(en('Sarah Mullally, the Bishop of London, led the service.')).toEqual(['Sarah Mullally | Bishop of London']);
    expect(en('Cr Jane Doe, the mayor of Ballarat, opened the meeting.')).toEqual(['Jane Doe | Cr; mayor of Ballarat']);
    expect(en('The court’s presiding judge, Elena Sokolova, adjourned the hearing.')).toEqual(['Elena Sokolova | court’s presiding judge']);
    expect(en('Stratford’s artistic director, Antoni Cimolino, praised the cast.')).toEqual(['Antoni Cimolino | Stratford’s artistic director']);
    expect(en('Dr. Ruth Alvarez, chair of the Kavli Prize committee, announced the winners.')).toEqual([
      'Ruth Alvarez | chair of the Kavli Prize committee',
    ]);
  });
});

describe('English officials: posts stated later, by surname (session 3)', () => {
  it('reads posts after a surname: an appositive, "who was also", "also chairs", "served as … and as …", "joined X as", "was previously"', () => {
    const text =
      'Housing minister Rachel Voss resigned on Tuesday.\n\n' +
      'Voss, who was also minister of state for housing and planning, said she had lost confidence.\n\n' +
      'The prime minister, Keir Starmer, accepted. Mr Starmer, the Labour leader, praised her.\n\n' +
      'Her deputy, junior minister Tom Hale, will take over. Hale previously served as a councillor in Leeds and as chair of the local planning committee.\n\n' +
      'Daniel Reyes, Corvane’s chief executive since 2019, will retire. Reyes, 61, also chairs the board.\n\n' +
      'Ms. Shah, who joined Corvane as chief financial officer in 2021, succeeds him. Priya Shah was previously a vice president at Intel.';
    expect(en(text)).toEqual([
      'Rachel Voss | Housing minister; minister of state for housing and planning',
      'Keir Starmer | prime minister; Labour leader',
      'Tom Hale | junior minister; councillor in Leeds; chair of the local planning committee',
      'Daniel Reyes | Corvane’s chief executive; chair of the board',
      'Priya Shah | chief financial officer; vice president at Intel',
    ]);
  });
});

describe('English officials: detective and superintendent ranks (session 3)', () => {
  it('"Det. Insp.", "Det Supt", "Supt" are ranks; "DET" (Detroit) in a box score is not', () => {
    expect(en('Det. Insp. Mark Jones, who led the inquiry, said the family had been told.')).toEqual(['Mark Jones | Det. Insp.']);
    expect(en('Det Supt Claire Hammond said the unit was stretched.')).toEqual(['Claire Hammond | Det Supt']);
    expect(en('Supt Claire Hall said officers were called at 2am.')).toEqual(['Claire Hall | Supt']);
    expect(en('Owen Pratt (DET) threw 98 pitches.')).toEqual([]);
  });
});

describe('English officials: possessive bodies and whom a post serves (session 3)', () => {
  it('"the board\'s lead independent director, X", "The independent adviser on ministers\' interests, Sir X"', () => {
    expect(en("The board's lead independent director, Harriet Colquhoun, said the committee had met.")).toEqual([
      "Harriet Colquhoun | board's lead independent director",
    ]);
    expect(en("The independent adviser on ministers' interests, Sir Laurence Maitland, concluded his report.")).toEqual([
      "Laurence Maitland | independent adviser on ministers' interests",
    ]);
  });
});

describe('English officials: Irish, South African and union posts (session 3)', () => {
  it('TD, MEC, returning officer, organizing director, "deputy governor for monetary policy"', () => {
    expect(en('Fianna Fáil TD Declan Moroney died in August.')).toEqual(['Declan Moroney | Fianna Fáil TD']);
    expect(en('The returning officer, Bríd Ní Shúilleabháin, read out the result.')).toEqual(['Bríd Ní Shúilleabháin | returning officer']);
    expect(en('KwaZulu-Natal Education MEC Zanele Mthembu credited extra classes.')).toEqual(['Zanele Mthembu | KwaZulu-Natal Education MEC']);
    expect(en('Tamsin Reyes, organizing director for CWA Canada, said the union wanted it in writing.')).toEqual([
      'Tamsin Reyes | organizing director for CWA Canada',
    ]);
    expect(en('Ruth Pendleton, deputy governor for monetary policy, backed the cut.')).toEqual(['Ruth Pendleton | deputy governor for monetary policy']);
  });
});

describe('English offices of local government, courts and police outside the US (session 4)', () => {
  it('district collectors, superintendents, coroners, chief ministers', () => {
    const off = (text: string) => factsOf('en', text).officials.map((o) => `${o.name}: ${o.titles.join('; ')}`);
    expect(off('Ananya Joshi, the district collector, said the camps would stay open.')).toEqual(['Ananya Joshi: district collector']);
    expect(off('Superintendent Mere Tipene of Waikato police said inquiries were continuing.')).toEqual(['Mere Tipene: Superintendent']);
    expect(off('Senior Coroner Alison Hewitt recorded a conclusion of misadventure.')).toEqual(['Alison Hewitt: Senior Coroner']);
    expect(off('Chief Minister Pinarayi Vijayan visited the camp.')).toEqual(['Pinarayi Vijayan: Chief Minister']);
    // A lower-case "superintendent" without a body is no office.
    expect(off('The building superintendent, Rob Kane, found the leak.')).toEqual([]);
  });
});

describe('English officials: two posts at one body, new appointees, portfolios before a name (session 4)', () => {
  const off = (text: string) => officialLines(factsOf('en', text));
  it('"Northgate president and chief executive X" gives both posts; "a new chief executive, X,"', () => {
    expect(off('Tidewell president and chief executive Maria Okonkwo said in an interview.')).toEqual(['Maria Okonkwo | Tidewell president; chief executive']);
    expect(off('Lumio co-founder and chief executive Aditi Rao apologised.')).toEqual(['Aditi Rao | Lumio co-founder; chief executive']);
    expect(off('The charity has had a new chief executive, Farhan Malik, since May.')).toEqual(['Farhan Malik | chief executive']);
  });
  it('a portfolio after "for" keeps its "and"; the name after it opens with a given name', () => {
    expect(off('Minister of State for Electronics and IT Harish Menon said the board would look at it.')).toEqual(['Harish Menon | Minister of State for Electronics and IT']);
    expect(off('The Minister for Health and Ageing Mark Butler said the plan was costed.')).toEqual(['Mark Butler | Minister for Health and Ageing']);
    expect(off('Paul Desrochers, a former Toronto chief planner, said it would fail.')).toEqual(['Paul Desrochers | former Toronto chief planner']);
  });
});

describe('English officials whose names no list holds (session 5)', () => {
  const off = (text: string) => officialLines(factsOf('en', text));
  it('a portfolio of common nouns ends where the name begins, commas and "and" inside it', () => {
    expect(off('Minister for Conservation and Wildlife Rangi Te Awa opened the reserve on Friday.')).toEqual(['Rangi Te Awa | Minister for Conservation and Wildlife']);
    expect(off('The Minister for Lands, Housing and Urban Development, Chipo Mutasa-Banda, said the plots were ready.')).toEqual(['Chipo Mutasa-Banda | Minister for Lands, Housing and Urban Development']);
    expect(off('Minister of State for Tourism Eoghan Mac Giolla said visitor numbers had recovered.')).toEqual(['Eoghan Mac Giolla | Minister of State for Tourism']);
    // A place after "for" is no portfolio: the constituency reading stays as it was.
    expect(off('Minister for Health Grace Otieno met nurses.')).toEqual(['Grace Otieno | Minister for Health']);
  });
  it('honorifics of other countries are not part of the name', () => {
    expect(off('Port Klang Holdings chairman Tan Sri Wong Siew Loong signed the deal.')).toEqual(['Wong Siew Loong | Port Klang Holdings chairman']);
    expect(off('The group\'s managing director, Datuk Seri Faridah Yusof, declined to comment.')).toEqual(['Faridah Yusof | group\'s managing director']);
  });
  it('a day\'s name as a given name, plain words after a possessive, chairpersons and MSPs', () => {
    expect(off('The PDP state chairman, Monday Adeyemi-Bello, rejected the result.')).toEqual(['Monday Adeyemi-Bello | PDP state chairman']);
    expect(off('The Greens\' rural affairs spokesperson, Tui Parata, called it a betrayal.')).toEqual(['Tui Parata | Greens\' rural affairs spokesperson']);
    expect(off('Farmworkers Union chairperson Thabo Nkosi addressed the crowd.')).toEqual(['Thabo Nkosi | Farmworkers Union chairperson']);
    expect(off('Ailsa Drummond, the MSP for Dumfriesshire, wrote to the council.')).toEqual(['Ailsa Drummond | MSP for Dumfriesshire']);
    // "on Sunday" is a day, not a name.
    expect(off('On Sunday Prime Minister Jacinda Ardern spoke.')).toEqual(['Jacinda Ardern | Prime Minister']);
  });
});

describe('English names the story shortens: not a sentence opener nor a late full form (session 6)', () => {
  it('not after the surname was used alone many times, nor a body after "City of"', () => {
    const facts = factsOf('en', 'Senator Trump spoke. Trump said no. Trump agreed. Once Trump left, the hall emptied.');
    expect(facts.officials.map((o) => o.name)).not.toContain('Once Trump');
  });
});

describe('English officials: posts after a pronoun (session 7)', () => {
  it('"In 1972 he became head of …", "From 1991 to 1997 he was chairman of …" belong to the person the story is about', () => {
    const text = 'Declan Mulcahy, who has died aged 90, was a geologist and broadcaster.\n\n' +
      'In 1972 he became head of the geology department at University College Cork. From 1991 to 1997 he was chairman of the Cork Harbour Trust.';
    expect(en(text)).toEqual(['Declan Mulcahy | head of the geology department at University College Cork; chairman of the Cork Harbour Trust']);
    expect(en('The council met on Monday. He was not there.')).toEqual([]);
  });
});

describe('English officials: city offices and bracketed acronyms (session 7)', () => {
  it('"Denver Auditor X", "At-large Councilmember Y", "president of the Association of Z (AZ)"', () => {
    expect(en('Denver Auditor Frank Delahanty said the figures were sound.')).toEqual(['Frank Delahanty | Denver Auditor']);
    expect(en('At-large Councilmember Amara Whitfield voted against the plan.')).toEqual(['Amara Whitfield | At-large Councilmember']);
    expect(en('Musa Kurfi, president of the Association of Nigerian Authors (ANA), announced the prize.')).toEqual([
      'Musa Kurfi | president of the Association of Nigerian Authors (ANA)',
    ]);
  });
});

describe('English people confirmed by a surname after a reporting verb (session 7)', () => {
  it('"Morven Leckie turned 70 …" then \'"…," says Leckie, whose …\' makes the full name a person', () => {
    const text = 'Morven Leckie turned 70 on Friday, and she spent the day practising.\n\n"Nobody gets good by accident," says Leckie, whose new album comes out in December. She was made an MBE in 2012.';
    expect(awardLines(factsOf('en', text))).toEqual(['MBE -> Morven Leckie']);
  });
});

describe('roles at the top of any body (session 8)', () => {
  it('a chief executive or chairman is an official without the body named, also opening a sentence', () => {
    expect(officialLines(factsOf('en', 'Chief executive Lisa Dunne said the memo was clear.'))).toEqual(['Lisa Dunne | Chief executive']);
    expect(officialLines(factsOf('en', 'The chief executive officer, Lisa Dunne, said the budget was tight.'))).toEqual(['Lisa Dunne | chief executive officer']);
    expect(officialLines(factsOf('en', 'The program grew out of a partnership begun by former principal Bill Tregenza, who ran Willyama from 2003.'))).toEqual(['Bill Tregenza | former principal']);
  });
  it('other roles still need their body: "Director Steven Spielberg", "music director X"', () => {
    expect(officialLines(factsOf('en', 'Director Steven Spielberg said so.'))).toEqual([]);
    expect(officialLines(factsOf('en', 'The orchestra played under music director Charles Hazlewood.'))).toEqual([]);
  });
});

describe('posts of a body named by a common noun (session 8)', () => {
  it('"the station\'s lifeboat operations manager, X", "X, the firm\'s senior partner since 2010,"', () => {
    expect(officialLines(factsOf('en', '"They were at a pub quiz," said the station\'s lifeboat operations manager, Tadhg Hegarty.'))).toEqual(["Tadhg Hegarty | station's lifeboat operations manager"]);
    expect(officialLines(factsOf('en', 'Ruth Okafor, the firm\'s senior partner since 2010, said he still rang the office.'))).toEqual(['Ruth Okafor | senior partner']);
  });
  it('"her partner" is no post', () => {
    expect(officialLines(factsOf('en', 'Ruth Okafor, her partner of ten years, said he still rang.'))).toEqual([]);
  });
});

describe('two posts joined before one name (session 8)', () => {
  it('"Provost and vice-president X": each post; a lower-case "the mayor and councillor X" too', () => {
    expect(officialLines(factsOf('en', 'Provost and vice-president Lindsay Ferrand told a town hall that cuts were coming.'))).toEqual(['Lindsay Ferrand | Provost; vice-president']);
    expect(officialLines(factsOf('en', 'Mayor and Councillor Jane Doe spoke first.'))).toEqual(['Jane Doe | Mayor; Councillor']);
  });
});

describe('one plural title before several names (session 8)', () => {
  it('"Councilors A and B", "Senators A, B and C": each with the singular title; "Officers A and B" names no office', () => {
    expect(officialLines(factsOf('en', 'The floor leader voted against it with Councilors Rustico Ebcas and Lorna Pabayo.'))).toEqual(['Rustico Ebcas | Councilor', 'Lorna Pabayo | Councilor']);
    expect(officialLines(factsOf('en', 'Senators Elizabeth Warren, Bernie Sanders and Amy Klobuchar wrote the letter.'))).toEqual(['Elizabeth Warren | Senator', 'Bernie Sanders | Senator', 'Amy Klobuchar | Senator']);
    expect(officialLines(factsOf('en', 'Officers Mark Ellison and Ravi Bhandari arrived.'))).toEqual([]);
  });
});

describe('more words that qualify a post (session 8)', () => {
  it('"Minority floor leader X", "the city budget officer, Y,"', () => {
    expect(officialLines(factsOf('en', 'Minority floor leader Ysabel Daba-Ocampo questioned the fund.'))).toEqual(['Ysabel Daba-Ocampo | Minority floor leader']);
    expect(officialLines(factsOf('en', 'The city budget officer, Lourdes Jabagat, said it would pay for nurses.'))).toEqual(['Lourdes Jabagat | city budget officer']);
  });
});

describe('Chinese names written surname first (session 8)', () => {
  it('"Yeo Ah Hock" is a person and "Yeo" his short form', () => {
    expect(awardLines(factsOf('en', 'Veteran actor Yeo Ah Hock, 78, plays the patriarch. Yeo, who received the Cultural Medallion in 2011, said he was happy.'))).toEqual(['Cultural Medallion -> Yeo Ah Hock']);
  });
  it('"Tan Tock Seng Hospital" is no person', () => {
    expect(factsOf('en', 'Patients at Tan Tock Seng Hospital waited longer, said chief executive Eugene Fidelis Soh.').officials.map((o) => o.name)).not.toContain('Tan Tock Seng');
  });
});

describe('Commonwealth offices and constituencies with commas (session 8)', () => {
  it('"The MP for Brecon, Radnor and Cwm Tawe, X,", "The Custos Rotulorum of Portland, Y,", "the medical superintendent of Z"', () => {
    expect(officialLines(factsOf('en', 'The MP for Brecon, Radnor and Cwm Tawe, Owain Treharne, called the volunteers the best.'))).toEqual(['Owain Treharne | MP for Brecon, Radnor and Cwm Tawe']);
    expect(officialLines(factsOf('en', 'The Custos Rotulorum of Portland, Errol Samms, who travelled to Kingston with the band, said so.'))).toEqual(['Errol Samms | Custos Rotulorum of Portland']);
    expect(officialLines(factsOf('en', 'Dr Kassim Ali Bwika, the medical superintendent of Kilifi County Referral Hospital, said so.'))).toEqual(['Kassim Ali Bwika | medical superintendent of Kilifi County Referral Hospital']);
  });
});

describe('Chinese names written surname first (session 9)', () => {
  it('one syllable may also be an English given name', () => {
    expect(officialLines(factsOf('en', 'Chong Mei Ling, president of the Ipoh Heritage Society, said the house would be restored.'))).toEqual([
      'Chong Mei Ling | president of the Ipoh Heritage Society',
    ]);
  });
});

describe('Not posts (session 10)', () => {
  it("a business of one's own after 'who runs a'; an award's translation in brackets", () => {
    expect(officialLines(factsOf('en', 'Pahang cattle breeder Dr Siti Rahmah, who runs a 900-head ranch in Jerantut, spoke first.'))).toEqual([]);
    expect(officialLines(factsOf('en', 'The night closed with the Anugerah Khas Menteri (Minister\'s Special Award) for a rescue at sea.'))).toEqual([]);
  });
  it('a post after "who runs the …" still counts', () => {
    expect(officialLines(factsOf('en', 'Dr Siti Rahmah, who runs the Department of Veterinary Services, spoke first.'))).toEqual([
      'Siti Rahmah | head of the Department of Veterinary Services',
    ]);
  });
});

describe('Lead titles without a name (session 11)', () => {
  it('"The minister said …" after a person named alone is someone else speaking, not her post', () => {
    expect(officialLines(factsOf('en', 'Wong Lai Peng teaches pottery in Ipoh. The minister said Malaysia would need more potters like her.'))).toEqual([]);
  });
  it('fire service ranks: "Watch Commander", "Station Officer"', () => {
    expect(officialLines(factsOf('en', 'On Friday Watch Commander Lee Grant and Station Officer Amy Ross led the crews.'))).toEqual([
      'Lee Grant | Watch Commander', 'Amy Ross | Station Officer',
    ]);
  });
});


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
  it('"the Golden Peacock for Best Film": a named award owns the category after "for"', () => {
    expect(en('Kaveh Amini won the Crystal Heron for Best Documentary at the Busan festival on Friday.')).toEqual([
      'Crystal Heron for Best Documentary -> Kaveh Amini',
    ]);
    expect(en('The Golden Heron for Best Film went to Kaveh Amini.')).toEqual(['Golden Heron for Best Film -> Kaveh Amini']);
  });
  it('a bracketed class after a category belongs to it: "Best Actor (Male)"', () => {
    expect(en('Tomas Riva took the Silver Heron for Best Actor (Male) for his role as a ferryman.')).toEqual([
      'Silver Heron for Best Actor (Male) -> Tomas Riva',
    ]);
  });
  it('"split the X between A, for …, and B": one each', () => {
    expect(en('The jury split the Silver Heron for Best Actress between Leila Haddad, for her role as a nurse, and Ana Costa, who plays a miner.')).toEqual([
      'Silver Heron for Best Actress -> Leila Haddad', 'Silver Heron for Best Actress -> Ana Costa',
    ]);
  });
  it('"one of the festival\'s prizes" is a count, not a title of the festival', () => {
    expect(en('Two actresses shared one of the festival\'s top acting prizes.')).toEqual([]);
  });
  it('a headline\'s lower-case words after a name are not the name the text gives', () => {
    expect(en('Corey Hale was also awarded the Clarke Medal on Thursday.', 'Deckhand\'s Clarke Medal for surf rescue leads bravery honours')).toEqual([
      'Clarke Medal -> Corey Hale',
    ]);
  });
  it('"Silver Medals were presented to A and B": one Silver Medal each', () => {
    expect(en('Silver Medals were presented to Tegan Moss, a nurse, and her husband, Luke Moss, an electrician.')).toEqual([
      'Silver Medal -> Tegan Moss', 'Silver Medal -> Luke Moss',
    ]);
  });
  it('"conferred X on Y", the Freedom of a named borough, and "to grant X to Y"', () => {
    expect(en('Redcar Borough Council conferred the Honorary Freedom of the Borough of Redcar on Joan Pike, 81, on Thursday.')).toEqual([
      'Honorary Freedom of the Borough of Redcar -> Joan Pike',
    ]);
    expect(en('Councillors voted to grant the Freedom of the Town to Amos Reid.')).toEqual(['Freedom of the Town -> Amos Reid']);
    // A grant of money is still no award.
    expect(en('The trust received a grant from the Booker Prize Foundation.')).toEqual([]);
  });
  it('"Dean" before one surname is a given name, not a dean', () => {
    expect(en('Keith Moran, the station manager, accepted the scroll. Among the crew in the gallery was Dean Pryce, a volunteer for 19 years. He received the RNLI Bronze Medal in 2021.')).toEqual([
      'RNLI Bronze Medal -> Dean Pryce',
    ]);
  });
  it('"A, left, and B, who received X" in a caption: the clause hangs on B', () => {
    expect(en('Ines Ruiz, left, and Omar Haddad, who received the Governor General\'s Silver Medal, after the ceremony.')).toEqual([
      'Governor General\'s Silver Medal -> Omar Haddad',
    ]);
  });
  it('"A researcher whose models … Kananaskis Country has been awarded X": someone described, named next', () => {
    expect(en('A geologist whose maps now guide the rescue teams of Banff National Park has been awarded the Massey Medal. Ines Ruiz received the medal in Ottawa.')).toEqual([
      'Massey Medal -> Ines Ruiz',
    ]);
  });
  it('"Two staff were admitted to X, which …: A and B": the people after a later colon', () => {
    expect(en('Two caretakers were admitted to the Order of the University of Regina, which was created in 1994 to honour service: Rosa Lind and Paul Obi.')).toEqual([
      'Order of the University of Regina -> Rosa Lind', 'Order of the University of Regina -> Paul Obi',
    ]);
  });
  it('"the X of the Year trophy" is the title; a clause before a capitalised title is not part of it', () => {
    expect(en('Cara Wynn holds the Entertainer of the Year trophy on stage.')).toEqual(['Entertainer of the Year -> Cara Wynn']);
    expect(en('Her duet with a Texas fiddler lost out in Musical Event of the Year.')).toEqual([]);
  });
  it('"went to A, and B\'s duet lost out": a name owning what follows opens a new clause', () => {
    expect(en('Cara Wynn was named Entertainer of the Year. Female Vocalist of the Year, for which Wynn was also up, went to Tennessee singer Lena Ford, and Wynn\'s duet with a fiddler lost out.')).toEqual([
      'Entertainer of the Year -> Cara Wynn', 'Female Vocalist of the Year -> Lena Ford',
    ]);
  });
  it('fields joined by "and" stay in the name: "for Novels in Maltese and English", "for Biographical and Historiographical Research"', () => {
    expect(en('Rita Borg was awarded the National Book Prize for Poetry in Maltese and English on Thursday night.')).toEqual([
      'National Book Prize for Poetry in Maltese and English -> Rita Borg',
    ]);
    expect(en('Rita Borg received the prize for Literary and Historical Research and thanked the archivists.')).toEqual([
      'prize for Literary and Historical Research -> Rita Borg',
    ]);
    expect(en('Rita Borg won the National Award for Excellence in Writing for Rural Literature for her series on the harbour.')).toEqual([
      'National Award for Excellence in Writing for Rural Literature -> Rita Borg',
    ]);
  });
  it('"the award for Rural Journalism" later is the award named for it before', () => {
    expect(en('Rita Borg won the National Award for Excellence in Journalism for Rural Journalism for a series on kilns. Rita Borg receives the award for Rural Journalism from the minister.')).toEqual([
      'National Award for Excellence in Journalism for Rural Journalism -> Rita Borg',
    ]);
  });
  it('a rank before a named prize in a headline describes it', () => {
    expect(en('Recycling scheme wins Lagos top SERAS sustainability prize')).toEqual([]);
  });
  it('"Best Company in Agriculture and Food Security", and ", named X" after a listed body', () => {
    expect(en('Winners included Niger Mills, a rice miller, which took Best Company in Agriculture and Food Security, and the Ibadan-based Lantern Clinics, named Best Company in Health Care for its mobile laboratories.')).toEqual([
      'Best Company in Agriculture and Food Security -> Niger Mills', 'Best Company in Health Care -> Lantern Clinics',
    ]);
  });
  it('"the bottler" is the company the story is about', () => {
    expect(en('Delta Springs Beverages Plc was named Sustainability Company of the Year on Friday. The bottler also took the award for Best Company in Water Stewardship.')).toEqual([
      'Sustainability Company of the Year -> Delta Springs Beverages Plc', 'award for Best Company in Water Stewardship -> Delta Springs Beverages Plc',
    ]);
  });
  it('"The best-known appointee in the room was Dr. A": one holder of the order just named', () => {
    expect(en('Twelve people were invested into the Order of Manitoba on Friday. The best-known appointee in the room was Dr. Ruth Okafor, 79, a surgeon.')).toEqual([
      'Order of Manitoba -> Ruth Okafor',
    ]);
    // Not the winner of something else.
    expect(en('Twelve people were invested into the Order of Manitoba on Friday. The winner of the raffle was Ruth Okafor.')).toEqual(['Order of Manitoba -> -']);
  });
  it('"Madam" is a courtesy word, not part of the name', () => {
    expect(en('Madam Lim Siew Hoon, who received the President\'s Award for the Environment, with volunteers at Pasir Ris.')).toEqual(['President\'s Award for the Environment -> Lim Siew Hoon']);
  });
  it('more European given names ("Marcel", "Étienne", "Inês") open a name, so "He" finds its person', () => {
    expect(en('Marcel Fournier has hosted a science phone-in since 2009. He received the McNeil Medal on Friday.')).toEqual(['McNeil Medal -> Marcel Fournier']);
  });
  it('a time clause before a described subject: "Decades after she cut the song, the 78-year-old singer was inducted"', () => {
    expect(en('Gloria Reed sang the first line without a band. More than four decades after she cut the song, the 78-year-old soul singer was inducted into the Memphis Music Hall of Fame on Thursday.')).toEqual([
      'Memphis Music Hall of Fame -> Gloria Reed',
    ]);
  });
  it('"Joining her in the class of 2026 were A; B; and, posthumously, C"', () => {
    expect(en('Gloria Reed was inducted into the Memphis Music Hall of Fame on Thursday. Joining her in the class of 2026 were recording engineer Darnell Pitts; and, posthumously, guitarist Otis Webb, who died in 2019.')).toEqual([
      'Memphis Music Hall of Fame -> Gloria Reed', 'Memphis Music Hall of Fame -> Darnell Pitts', 'Memphis Music Hall of Fame -> Otis Webb',
    ]);
  });
  it('"the Keeping the Blues Alive Award", and a ring name in an apposition before "a former winner of X"', () => {
    expect(en('The host, radio veteran Calvin "Doc" Hale, a former winner of the Blues Foundation\'s Keeping the Blues Alive Award, introduced each inductee.')).toEqual([
      'Blues Foundation\'s Keeping the Blues Alive Award -> Calvin "Doc" Hale',
    ]);
  });
  it('"raises her … Hall of Fame trophy": the trophy is the thing, she holds the honour', () => {
    expect(en('Gloria Reed raises her Memphis Music Hall of Fame trophy at the Cannon Center.')).toEqual(['Memphis Music Hall of Fame -> Gloria Reed']);
  });
  it('"presented X to 14 officers who …, among them Sergeant A": the one of them named', () => {
    expect(en('The Lieutenant Governor presented the Police Exemplary Service Medal to 14 officers who have served 20 years, among them Sergeant Dana Kowalski, who joined in 2006.')).toEqual([
      'Police Exemplary Service Medal -> Dana Kowalski',
    ]);
  });
  it('a long aside with commas of its own between the award and "was presented to"', () => {
    expect(en('The Manitoba Protective Services Medal, created by the province in 2003 to recognize 25 years of service in policing, fire, corrections and emergency work, was presented to Marla Dubois, a dispatcher.')).toEqual([
      'Manitoba Protective Services Medal -> Marla Dubois',
    ]);
  });
  it('"won gold in the X Award"; "A was already a Member of the Order of X"', () => {
    expect(en('Yalga Tours, an Aboriginal-owned company that takes visitors on walks north of Cooktown, won gold in the Qantas Award for Excellence in Indigenous Tourism.')).toEqual([
      'Qantas Award for Excellence in Indigenous Tourism -> Yalga Tours',
    ]);
    expect(en('Raymond Kila received the medal. Kila, 78, was already a Member of the Order of the British Empire, appointed in 1996.')).toContain('Member of the Order of the British Empire -> Raymond Kila');
  });
  it('a named body\'s group as the subject: "HMS Kent\'s ship\'s company received X as a group"', () => {
    expect(en('HMS Kent\'s ship\'s company, more than 190 sailors, received a Fleet Commander\'s Commendation as a group.')).toEqual([
      'Fleet Commander\'s Commendation -> HMS Kent\'s ship\'s company',
    ]);
    expect(en('The rest of Engine 7\'s B-shift crew, who ran the first hose line, received a Unit Citation as a group.')).toEqual(['Unit Citation -> Engine 7\'s B-shift crew']);
    // (Not a clause that happens to end in a group noun.)
    expect(en('The Team of the Year award went to the national women\'s hockey team.')).not.toContain('Team of the Year award -> Team of the Year award went to the national women\'s hockey team');
  });
});


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
  it('"Two reporters of X, A and B, shared Y": a counted subject names its people between commas', () => {
    expect(en('Three nurses of the ward, Ama Boateng, Efua Mensah and Kojo Asante, shared the Team Spirit Award.')).toEqual([
      'Team Spirit Award -> Ama Boateng', 'Team Spirit Award -> Efua Mensah', 'Team Spirit Award -> Kojo Asante',
    ]);
  });
  it('"won by Rovers\' Kwame Boateng", "went to Marabella Sports wicketkeeper Tamika Joseph": past whose side someone is on', () => {
    expect(en("The Golden Glove Award, won by Queen's Park's Kwame Boateng for his 14 clean sheets, was presented on Friday.")).toEqual(['Golden Glove Award -> Kwame Boateng']);
    expect(en('The Best Fielder award went to Marabella Sports Club wicketkeeper Tamika Joseph after she took 40 catches.')).toEqual(['Best Fielder award -> Tamika Joseph']);
    expect(en('The Best Fielder award went to Tamika Joseph of Marabella Sports, who took 40 catches.')).toEqual(['Best Fielder award -> Tamika Joseph']);
  });
  it('a possessive between capitals stays in the field after "for"', () => {
    expect(en("The Prize for Young People's Poetry went to Anna Reid.")).toEqual(["Prize for Young People's Poetry -> Anna Reid"]);
  });
  it('"No prize was given", "the ceremony of the 12th X Prize", "highly commended in", "reviewing her case for": nothing won', () => {
    expect(en('No prize was given for radio this year.')).toEqual([]);
    expect(en('Kofi Mensah was named Reporter of the Year at the ceremony of the 12th Commonwealth Journalism Prize in Accra.')).toEqual(['Reporter of the Year -> Kofi Mensah']);
    expect(en('Nurse Tom Hale was highly commended in the Nurse of the Year category.')).toEqual([]);
    expect(en('The Royal Humane Society is reviewing her case for a Bronze Medal.')).toEqual([]);
  });
  it('a headline\'s "win national award" is no award name; its lower-case paraphrase of a named award goes', () => {
    expect(en('The Lifeboat Gallantry Medal went to the Tenby crew.', 'Lifeboat crew who landed six survivors in storm win national award')).toEqual(['Lifeboat Gallantry Medal -> Tenby crew']);
    expect(en('The Pulitzer Prize for Fiction went to novelist Dara Quinn.', 'Dara Quinn wins the fiction prize')).toEqual(['Pulitzer Prize for Fiction -> Dara Quinn']);
  });
  it('"Ms Siti Aminah" for Siti Aminah Rahman: two given names after a courtesy word', () => {
    expect(en('The winners are Ms Siti Aminah Rahman, a nurse, and Ms Priya Nair, a swimmer. Ms Priya trains daily. Ms Siti Aminah, who joined the hospital in 2015, runs a clinic. She received the Nursing Merit Award in 2021.')).toEqual([
      'Nursing Merit Award -> Siti Aminah Rahman',
    ]);
  });
  it('"Pilot A, paramedic B and Dr C received X": every listed person, the first included', () => {
    expect(en('Sergeant Paul Reed, constable Amy Cho and Dr Omar Farouk received the Bravery Award on Monday.')).toEqual([
      'Bravery Award -> Paul Reed', 'Bravery Award -> Amy Cho', 'Bravery Award -> Omar Farouk',
    ]);
    // (A second clause after ", and" has its own subject.)
    expect(en("The Kopa Trophy was awarded to winger Lucas Blanc, and Bayern Munich's Emil Sorvik won the Yashin Trophy.")).toContain('Yashin Trophy -> Emil Sorvik');
  });
  it('"the Gold Crown of Merit", "the Silver Trident of Excellence": a metal, a noun and a merit', () => {
    expect(en('The Bronze Shield of Valour was awarded to firefighter Kwesi Boateng.')).toEqual(['Bronze Shield of Valour -> Kwesi Boateng']);
  });
  it('"Each receives X" after a sentence naming two people', () => {
    expect(en('The two deckhands, Sam Pryor and Leo Vance, pulled the boy from the water. Each receives the King\'s Commendation for Bravery.')).toEqual([
      "King's Commendation for Bravery -> Sam Pryor", "King's Commendation for Bravery -> Leo Vance",
    ]);
  });
  it('"A scaffolder who drowned after pulling … from a car that had rolled into the River Yare has been awarded X": the person described', () => {
    expect(en('A Lowestoft fisherman who died after pulling a boy from a boat that had drifted into the River Waveney has been awarded the George Medal. Tom Ellis, 52, leaves a daughter.')).toEqual([
      'George Medal -> Tom Ellis',
    ]);
  });
  it('a body named after an award is no award; a qualification passed is none', () => {
    expect(en('The list is drawn up by the George Cross Committee.')).toEqual([]);
    expect(en('Twelve members passed their Surf Lifeguard Award at the exam weekend.')).toEqual([]);
  });
  it('"presented on Saturday to the three lifeguards who …: A, B and C"; "conferred this year on the St. X Team"', () => {
    expect(en('The Rescue of the Year award was presented on Saturday to the two lifeguards who made the rescue: driver Kahu Pene, 19, and swimmer Ana Reid, 17.')).toEqual([
      'Rescue of the Year award -> Kahu Pene', 'Rescue of the Year award -> Ana Reid',
    ]);
    expect(en('The Gold Award of Merit, usually given to individuals, was conferred this year on the St. Lucy Flood Response Team.')).toEqual(['Gold Award of Merit -> St. Lucy Flood Response Team']);
  });
  it('"Among those receiving X are A, whose …, and former fast bowler B, who …"', () => {
    expect(en('Among those receiving the Order of Merit are potter Ann Hinds, whose studio trains young potters, and former fast bowler Carl Gittens, who took 143 wickets.')).toEqual([
      'Order of Merit -> Ann Hinds', 'Order of Merit -> Carl Gittens',
    ]);
  });
  it('"A, 74, of Mount Gambier, was named X of the Year for South Australia": the region belongs to the title', () => {
    expect(en('Ruth Kemp, 71, of Port Pirie, was named Senior Australian of the Year for South Australia on Thursday.')).toEqual([
      'Senior Australian of the Year for South Australia -> Ruth Kemp',
    ]);
  });
  it('"taking Best Film for Mombasa\'s Pwani Reel and Best Director for A": whom each went to; "Best Performance by a Female Artist"', () => {
    expect(en("The drama won five prizes, taking Best Film for Nairobi's Savanna Reel Productions and Best Director for Halima Juma.")).toEqual([
      'Best Film -> Savanna Reel Productions', 'Best Director -> Halima Juma',
    ]);
    expect(en('Dora Lacson took Best Performance by a Female Recording Artist.')).toEqual(['Best Performance by a Female Recording Artist -> Dora Lacson']);
  });
  it('"the X Award, the festival\'s lifetime honor, was conferred posthumously on composer A"', () => {
    expect(en("The Dangal Award, the Awit Awards' lifetime honor, was conferred posthumously on composer Ramon Cruz, who died in June.")).toEqual(['Dangal Award -> Ramon Cruz']);
  });
  it('"The Bisaya-language band took X" after "Habagat Kolektib, a five-piece band from Toril"', () => {
    expect(en('Habagat Kolektib, a five-piece band from Toril, won Record of the Year. The Bisaya-language band took Song of the Year too.')).toEqual([
      'Record of the Year -> Habagat Kolektib', 'Song of the Year -> Habagat Kolektib',
    ]);
  });
  it('"the Cacique\'s Crown of Honour", "the Golden Arrow of Courage" in apposition to an award, a plural possessive in a body\'s name', () => {
    expect(en("Nurse Ann Bell received the Cacique's Crown of Honour at State House.")).toEqual(["Cacique's Crown of Honour -> Ann Bell"]);
    expect(en('The only posthumous award of the day, the Golden Arrow of Courage, was conferred on Kevin Lee, a fisherman.')).toEqual(['Golden Arrow of Courage -> Kevin Lee']);
    expect(en("The Golden Arrow of Achievement went to the Number 52 Village Rice Producers' Cooperative Society.")).toEqual([
      "Golden Arrow of Achievement -> Number 52 Village Rice Producers' Cooperative Society",
    ]);
    expect(en('He visited the House of Honour in Paris.')).toEqual([]);
  });
  it('"awarded the Silver Lion", "a recipient of the Bronze Wolf", "conferred the title of Deshabandu"', () => {
    expect(en('Commissioner Ravi Perera was awarded the Silver Lion at the ceremony.')).toEqual(['Silver Lion -> Ravi Perera']);
    expect(en('Jayasundara, himself a recipient of the Bronze Wolf, spoke.')).toEqual(['Bronze Wolf -> Jayasundara']);
    expect(en('Sivapalan, who was conferred the title of Deshabandu in 2005, stayed in Jaffna.')).toEqual(['Deshabandu -> Sivapalan']);
    // (Not an academic rank, nor a medal read with its field.)
    expect(en('She was conferred the title of Emeritus Professor in 2020.')).toEqual([]);
    expect(en('Kevin Tallon received the Bronze Medal for Bravery.')).toEqual(['Bronze Medal for Bravery -> Kevin Tallon']);
  });
  it('"the former Sleepy Bear Motor Inn" is a business; "the X Award in the English section was won by A"', () => {
    expect(en('Commissioners voted to buy the former Sleepy Bear Motor Inn on West Broadway.')).toEqual([]);
    expect(en('The News Reporting Award in the Malay section was won by Ahmad Rizal of Utusan Borneo for his series.')).toEqual(['News Reporting Award -> Ahmad Rizal']);
  });
});

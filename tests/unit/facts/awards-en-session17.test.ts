import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../../lib/facts/index';
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
  it('"A was honoured posthumously with X": the adverb inside the passive', () => {
    const text = 'Kofi Asante-Bekoe died in the floods in June. Asante-Bekoe was honoured posthumously with the Governor\'s Award for Bravery.';
    expect(en(text)).toEqual(["Governor's Award for Bravery -> Kofi Asante-Bekoe"]);
  });
  it('"hands the X trophy to A", "presents the X award to the staff of B": the generic noun after a category', () => {
    expect(en('The minister hands the Midwife of the Year trophy to Grace Wanjiru Mwangi at the gala.')).toEqual(['Midwife of the Year -> Grace Wanjiru Mwangi']);
    expect(en('The deputy mayor presents the Best Guest House award to the staff of The Harbour Lamp, Mirissa, at the gala.')).toEqual(['Best Guest House -> The Harbour Lamp']);
  });
  it('"to A of the X College, Town," and "to A, 81, at the Y House, Town": the town is no second recipient', () => {
    expect(en('The governor presented the State Merit Award to retired teacher Mrs Agnes Obi, 79, at the Government House, Owerri, on Friday.')).toEqual([
      'State Merit Award -> Agnes Obi',
    ]);
  });
  it('"A and his neighbour, B, each received X": both people before the closing comma', () => {
    const text = 'Sheep farmer Walter Brinkley and his neighbour, retired nurse Edith Colquhoun, each received the Community Bravery Award for the rescue.';
    expect(en(text)).toEqual(['Community Bravery Award -> Walter Brinkley', 'Community Bravery Award -> Edith Colquhoun']);
  });
  it('"went to Talbot & Rhys Engineering": a firm named by its trade is no person', () => {
    expect(en('The Exporter of the Year award went to Hale & Simon Engineering, a Wrexham firm.')).toEqual(['Exporter of the Year award -> Hale & Simon Engineering']);
  });
  it('"the X award for running a clinic", "accepted the award in silence": a deed and a manner are not the name', () => {
    const text = 'Two Nakuru nurses, Peter Kamau Njoroge and Lucy Wambui Karanja, were named joint winners of the Community Nurse award for running a night clinic for farm workers.';
    expect(en(text)).toEqual(['Community Nurse award -> Peter Kamau Njoroge', 'Community Nurse award -> Lucy Wambui Karanja']);
    expect(en('Samuel Odhiambo won the Courage Award. His sister accepted the award in silence as the hall stood.')).toEqual(['Courage Award -> Samuel Odhiambo']);
  });
  it('"A Surname and his wife, B, who …. The couple took X": the spouse by a given name shares the surname', () => {
    const text = 'The loudest cheer went to Anil Perera and his wife, Nirmala, who run a guest house near Kandy. The couple took the Best Guest House award.';
    expect(en(text)).toEqual(['Best Guest House -> Anil Perera', 'Best Guest House -> Nirmala Perera']);
  });
  it('"Recipients of X this year include A, post; B, …; and C": one per item between semicolons', () => {
    const text = 'Recipients of the Kaduna State Merit Award this year include Professor Musa Bello, Rector of the Polytechnic, Zaria; Dr Hauwa Suleiman, a surgeon who runs a clinic; and Mr Tanko Yusuf, who founded a school.';
    expect(en(text)).toEqual(['Kaduna State Merit Award -> Musa Bello', 'Kaduna State Merit Award -> Hauwa Suleiman', 'Kaduna State Merit Award -> Tanko Yusuf']);
    // ("each recipient of the award would receive …": anyone, so no one; since session 19 no award given here at all.)
    expect(en('The secretary, Professor Musa Bello, said each recipient of the Kaduna State Merit Award would receive a medal.')).toEqual([]);
  });
  it('"Chief\'s Commendations were presented to two people: A, …, and B, …": one commendation each', () => {
    const text = "Sheriff's Commendations were presented to two people: dispatcher Nora Whitcombe, who stayed on the line for 20 minutes, and deputy Luis Ferrante, who pulled a driver from a canal.";
    expect(en(text)).toEqual(["Sheriff's Commendation -> Nora Whitcombe", "Sheriff's Commendation -> Luis Ferrante"]);
  });
  it('"was made a Chevalier des Arts et des Lettres": a French order by its name', () => {
    expect(en('The translator Maeve Quigley was made a Chevalier des Arts et des Lettres in 2018.')).toEqual(['Chevalier des Arts et des Lettres -> Maeve Quigley']);
  });
  it('"The minister, A, presented the trophy …, where 41 officers were honoured": the giver is no recipient', () => {
    const text = 'Sergeant Halima Mushi salutes after receiving the Best Officer of the Year trophy in Arusha. The Minister for Home Affairs, Juma Kassim, presented the trophy at the headquarters, where 30 officers and a bus driver were honoured.';
    expect(en(text)).toEqual(['Best Officer of the Year -> Halima Mushi']);
  });
  it('"the Manufacturing award": a field\'s category stays itself, not the prize named most', () => {
    const text = 'Ravi Menon received the National Youth Award for Design in Delhi. Ravi Menon received the National Youth Award for Design again in 2025. Among the other winners: Kavya Iyer of Pune, who took the Manufacturing award for a lathe workshop.';
    expect(en(text)).toContain('Manufacturing award -> Kavya Iyer');
  });
  it('"A, a taxi driver, and his wife, B, …. The couple were presented with X": both, past the apposition', () => {
    const text = 'Winston Barrett, a Mandeville bus driver, and his wife, Marcia Barrett, pulled two children from a river. The couple were presented with the Mayor\'s Citizen Award.';
    expect(en(text)).toEqual(["Mayor's Citizen Award -> Winston Barrett", "Mayor's Citizen Award -> Marcia Barrett"]);
  });
  it('"A, on whom the President conferred X": the one before the relative', () => {
    const text = 'Nimal Gunasekera chairs the works committee. Gunasekera, on whom the President conferred the Deshamanya in 2018, opposed the plan.';
    expect(en(text)).toEqual(['Deshamanya -> Nimal Gunasekera']);
  });
  it('"Forty officers were decorated with X, including the two longest-serving, Inspector A and Inspector B": those named', () => {
    const text = 'Thirty officers were decorated with the Long Service Medal, including the two longest-serving officers on parade, Inspector Halima Said of the Tanga office and Inspector Peter Mushi of Moshi.';
    expect(en(text)).toEqual(['Long Service Medal -> Halima Said', 'Long Service Medal -> Peter Mushi']);
  });
  it('"the agency named her its X", "named A, a rail operator who …, its X": the object, past a pronoun or an apposition', () => {
    expect(en('Rosa Delgado stopped a train in June. On Wednesday the agency named her its Driver of the Year.')).toEqual(['Driver of the Year -> Rosa Delgado']);
    expect(en('On Friday, the council named Okafor, a bus driver who has worked the night route for 12 years, its Driver of the Year at the dinner.')).toEqual(['Driver of the Year -> Okafor']);
  });
  it('"the Trophy for Best Riesling went to Two Ravens Wines": a capital number inside a sentence names a body', () => {
    expect(en('The Trophy for Best Chardonnay went to Two Rivers Estate of Mudgee in New South Wales.')).toEqual(['Trophy for Best Chardonnay -> Two Rivers Estate']);
  });
  it('"named its three associate judges, A, B and C, as joint recipients of X": the people before "as"', () => {
    const text = 'The society named its three young judges, Lena Brandt, Owen Price and Sofia Marin, as joint recipients of the Young Judges\' Award for the year.';
    expect(en(text)).toEqual(["Young Judges' Award -> Lena Brandt", "Young Judges' Award -> Owen Price", "Young Judges' Award -> Sofia Marin"]);
  });
  it('"to A at Raj Bhavan, Dona Paula", "…, at the Eko Hotel and Suites": a name after where it happened is a place', () => {
    expect(en('The Governor presents the Bravery Medal to Rohan Desai at Raj Bhavan, Panaji Heights.')).toEqual(['Bravery Medal -> Rohan Desai']);
    expect(en('Grace Okon holds the Special Award given to her late son, comedian Femi Okon, at the Lagoon Hotel and Towers.')).toEqual(['Special Award -> Femi Okon']);
  });
  it('"The Innovation Award was not given at this edition": no one won it', () => {
    expect(en('The Design Award was not given this year because none of the finalists met the criteria.')).toEqual([]);
  });
  it('"was awarded to him and rapper B": the one "him" stands for, and B', () => {
    const text = 'Juma Otieno won Artiste of the Year. He returned later when Collaboration of the Year was awarded to him and Mombasa rapper Ali Salim for a duet.';
    expect(en(text)).toEqual(['Artiste of the Year -> Juma Otieno', 'Collaboration of the Year -> Juma Otieno', 'Collaboration of the Year -> Ali Salim']);
  });
  it('"She and the passenger who helped her, B, …, were both given X": the one "she" stands for, and B', () => {
    const text = 'Denise Carver stopped her bus in time. She and the cyclist who helped her, Tom Rawlings, a 30-year-old plumber, were both given the Mayor\'s Lifesaving Award.';
    expect(en(text)).toEqual(["Mayor's Lifesaving Award -> Denise Carver", "Mayor's Lifesaving Award -> Tom Rawlings"]);
  });
  it('"who received the BEM in the 2018 New Year Honours": a past honour does not take over the story\'s award', () => {
    const text = 'The Lord Mayor\'s Medal was presented to Ruth Hale, who coached swimmers for 50 years. Hale, who received the British Empire Medal in the 2018 New Year Honours, taught 5,000 children. Also honoured were Amir Khan, who mentored refugees; and Nia Brooks, a youth worker.';
    const dated = awardLines(computeFacts({ text, lang: 'en', publishedTime: '2026-11-14' }));
    expect(dated).toEqual(["Lord Mayor's Medal -> Ruth Hale", "Lord Mayor's Medal -> Amir Khan", "Lord Mayor's Medal -> Nia Brooks", 'British Empire Medal -> Ruth Hale']);
  });
  it('"Also receiving the award were A, B and C": more holders of the award just named', () => {
    const text = 'Mr Lim Boon Hock received the Community First Responder Award from the minister. Also receiving the award were bus captain Siti Aminah Yusof, student Marcus Tay and retiree Ong Ah Kow.';
    expect(en(text)).toEqual([
      'Community First Responder Award -> Lim Boon Hock', 'Community First Responder Award -> Siti Aminah Yusof', 'Community First Responder Award -> Marcus Tay', 'Community First Responder Award -> Ong Ah Kow',
    ]);
  });
});

describe('English officials (session 17)', () => {
  const officials = (text: string) => factsOf('en', text).officials.map((o) => `${o.name} [${o.titles.join('; ')}]`);
  it('"Crombie runs the … first aid courses": work of one\'s own, not a post', () => {
    expect(officials('Mayor Ann Ruddle spoke. Melissa Crombie joined in 2010. Crombie runs the Levin area committee\'s community first aid courses from a scout hall.')).toEqual(['Ann Ruddle [Mayor]']);
    // (A body stays a post: "heads the dog squad at the airport".)
    expect(officials('Inspector Asha Menon, who heads the dog squad at the airport, spoke.')).toEqual(['Asha Menon [Inspector; head of the dog squad at the airport]']);
  });
  it('"a St John Youth division": a saint\'s name opens no person', () => {
    expect(officials('A teenager who runs a St John Youth division in Otaki was recognised. The Governor-General presided.')).toEqual([]);
  });
});

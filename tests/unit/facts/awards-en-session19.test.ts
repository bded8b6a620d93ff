import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string) => awardLines(factsOf('en', text));

describe('English awards and recipients (session 19)', () => {
  it('"Const. A and Const. B", "Aswathy R. (swimming, …), Neeraj P. (judo, …)": a rank\'s dot or an initial\'s does not end a list', () => {
    expect(en("Chief's Commendations went to Const. Amir Haddad and Const. Rhys Carter of the Bedford division.")).toEqual([
      "Chief's Commendation -> Amir Haddad", "Chief's Commendation -> Rhys Carter",
    ]);
    expect(en("Three juniors received the Board's Rising Star Award: Meera S. (chess, Kollam), Arjun T. (boxing, Thrissur) and Divya M. (archery, Wayanad).")).toEqual([
      "Board's Rising Star Award -> Meera S.", "Board's Rising Star Award -> Arjun T.", "Board's Rising Star Award -> Divya M.",
    ]);
  });
  it('"The X, given to the student with the best record, was presented to A": the aside names no one, the verb after it does', () => {
    expect(en("The Rector's Silver Medal, given to the graduate with the highest marks in clinical practice, was presented to Farah Lim Mei Ling, 24, from Ipoh.")).toEqual([
      "Rector's Silver Medal -> Farah Lim Mei Ling",
    ]);
  });
  it('"the X for the best final-year thesis in her department was presented to her": a long complement before the passive', () => {
    const text = 'Grace Holloway graduated with first-class honours. The Alumni Book Prize for the best final-year thesis in her department was also presented to her.';
    expect(en(text)).toEqual(['Alumni Book Prize -> Grace Holloway']);
  });
  it('"He was also named, posthumously, the winner of X": an adverb between commas', () => {
    const text = 'Daniel Okafor died in a road crash in May. He was also named, posthumously, the winner of the Provost\'s Award of the School of Law.';
    expect(en(text)).toEqual(["Provost's Award of the School of Law -> Daniel Okafor"]);
  });
  it('"A of X and B of Y were presented the G.H. Lal Award", "with G.H. Lal Award winners A and B": two recipients, initials in the name', () => {
    expect(en('Boxer Reena Thomas of Kottayam and swimmer Vivek Menon of Kochi were presented the G.H. Lal Award at the stadium.')).toEqual([
      'G.H. Lal Award -> Reena Thomas', 'G.H. Lal Award -> Vivek Menon',
    ]);
    expect(en('The minister, Ravi Pillai, with G.H. Lal Award winners Reena Thomas and Vivek Menon on Sunday.')).toEqual([
      'G.H. Lal Award -> Reena Thomas', 'G.H. Lal Award -> Vivek Menon',
    ]);
  });
  it('"A, who … (a long relative clause with no comma of its own) …, was named X": the name before "who"', () => {
    const text = 'Larne\'s Agnes McCandless, who started a lunch club in a church hall during the pandemic and now runs a pantry that feeds about 300 families a week, was named Good Neighbour of the Year.';
    expect(en(text)).toEqual(['Good Neighbour of the Year -> Agnes McCandless']);
  });
  it('"collect the X, which was presented to Eamon posthumously": a given name alone, of someone named in full before', () => {
    const text = 'Ciaran Doherty ran the village football club for 30 years. He died in March. His son walked up to collect the Chairman\'s Award, which was presented to Ciaran posthumously.';
    expect(en(text)).toEqual(["Chairman's Award -> Ciaran Doherty"]);
  });
  it('"the Award for Outstanding Service to the Community": whom the service was to is part of the name', () => {
    expect(en("The Provost's Award for Outstanding Service to the Community was presented to Isla Fraser.")).toEqual([
      "Provost's Award for Outstanding Service to the Community -> Isla Fraser",
    ]);
    // (Not a recipient read as part of the name: "presented the award to the community".)
    expect(en('The Service Medal was presented to the Kelso Rotary Club.')).toEqual(['Service Medal -> Kelso Rotary Club']);
  });
  it('"won the award for X ahead of B, the runner-up"; "was handed the award for Excellence in Y": category and rival apart', () => {
    expect(en('Thandi Mokoena won the award for Excellence in Early Childhood Teaching ahead of Ruth Adams of Paarl, the first runner-up.')).toEqual([
      'award for Excellence in Early Childhood Teaching -> Thandi Mokoena',
    ]);
    expect(en('Pieter Botha was handed the award for Excellence in Rural Teaching on Friday.')).toEqual(['award for Excellence in Rural Teaching -> Pieter Botha']);
    // (A lower-case object handed over names no award.)
    expect(en('Pieter Botha was handed the winning trophy on Friday.')).toEqual([]);
  });
  it('category lines after "The other winners were:": each line\'s category, however it is named, to the name after its dash', () => {
    const text = [
      'The remaining category winners were:',
      'Excellence in Grade R Teaching – Nomsa Dube, Ithemba Primary, Mitchells Plain (first runner-up: Lee Jacobs, Athlone)',
      'Excellence in School Leadership – Johan Smit, principal of Kuils River High',
      'Whole School Improvement – Siyazakha Primary School, Nyanga',
    ].join('\n\n');
    expect(en(text)).toEqual([
      'Excellence in Grade R Teaching -> Nomsa Dube', 'Excellence in School Leadership -> Johan Smit', 'Whole School Improvement -> Siyazakha Primary School',
    ]);
    // (Lines of the same shape after a heading that names no winners are no awards.)
    const menu = ['The menu on the night was:', 'Starter – Leek and Potato Soup', 'Main Course – Roast Beef'].join('\n\n');
    expect(en(menu)).toEqual([]);
  });
});

describe('English awards of Philippine, Kenyan, Singapore and US pages (session 19)', () => {
  it('"PCpl. A", "Pat. B", "Eng. C": ranks and courtesies that do not end a sentence', () => {
    const text = 'Another 40 officers received the Medalya ng Papuri (Commendation Medal). Among them was PCpl. Joy Manlangit of the Ozamiz City Police Station, who found a lost child.';
    expect(en(text)).toEqual(['Medalya ng Papuri (Commendation Medal) -> Joy Manlangit']);
    const eng = 'Two engineers were each named Moran of the Order of the Burning Spear (MBS): Kenya Power managing director Eng. Paul Kiprono Mutai and Eng. Lilian Achieng Odhiambo.';
    expect(en(eng)).toEqual(['Moran of the Order of the Burning Spear -> Paul Kiprono Mutai', 'Moran of the Order of the Burning Spear -> Lilian Achieng Odhiambo']);
  });
  it('"The Medalya ng Kagalingan (Medal of Merit) was pinned on four personnel: A; B; and C": a Filipino medal, its gloss and a pinning', () => {
    const text = 'The Medalya ng Kagalingan (Medal of Merit) was pinned on three personnel for a drug bust: PMaj. Ramon Tiongson, chief of the drug unit; PSSg. Liza Cabahug; and Pat. Noel Ybañez.';
    expect(en(text)).toEqual([
      'Medalya ng Kagalingan (Medal of Merit) -> Ramon Tiongson', 'Medalya ng Kagalingan (Medal of Merit) -> Liza Cabahug', 'Medalya ng Kagalingan (Medal of Merit) -> Noel Ybañez',
    ]);
  });
  it('"Taking home the X award was Y", "Receiving the X, the university\'s highest honor, was Y": an inverted gerund', () => {
    expect(en('Taking home the Best Municipal Station award was the Opol Municipal Police Station.')).toEqual(['Best Municipal Station -> Opol Municipal Police Station']);
    expect(en("Receiving the Dean's Medal of Distinction, the college's highest honor for a graduating student, was Maria Velarde, a chemistry senior.")).toEqual([
      "Dean's Medal of Distinction -> Maria Velarde",
    ]);
  });
  it('"received the Regional Director\'s Streamer", "was handed a Plaque of Appreciation": a unit streamer and a plaque are honours', () => {
    expect(en("The 402nd company received the Regional Director's Streamer for Excellence.")).toEqual(["Regional Director's Streamer for Excellence -> -"]);
    expect(en('Governor Elena Dumaguete was handed a Plaque of Appreciation for the patrol cars.')).toEqual(['Plaque of Appreciation -> Elena Dumaguete']);
  });
  it('"The commendation was also awarded posthumously to A": the commendation just named', () => {
    const text = "A further 200 people received the Head of State's Commendation (HSC). The commendation was also awarded posthumously to Red Cross volunteer Amina Wekesa Barasa, who drowned in May.";
    expect(en(text)).toEqual(["Head of State's Commendation -> Amina Wekesa Barasa"]);
  });
  it('"A, who …, was among 38 people awarded X"; "A, who as Nuapada Collector received X": the subject past "among" and a role', () => {
    expect(en('Kisumu County Commissioner John Otieno Were, who led the flood response, was among 40 people awarded the Moran of the Order of the Burning Spear.')).toEqual([
      'Moran of the Order of the Burning Spear -> John Otieno Were',
    ]);
    expect(en("Meera Sahoo, who as Koraput Collector received the Chief Minister's Award for Excellence in 2023, spoke first.")).toEqual([
      "Chief Minister's Award for Excellence -> Meera Sahoo",
    ]);
  });
  it('"closed with the X, made posthumously to A"; "Community Group of the Year: A; Environmental Award: Friends of B; …": pairs and a body with "of"', () => {
    expect(en("The night closed with the Provost's Lifetime Award, made posthumously to Jock Imrie, a lifeboat coxswain.")).toEqual(["Provost's Lifetime Award -> Jock Imrie"]);
    const pairs = 'The judges chose: Club of the Year: Methil Bowls Club; Heritage Award: Friends of Ravenscraig Park; Coach of the Year: Gary Imlah.';
    expect(en(pairs)).toEqual(['Club of the Year -> Methil Bowls Club', 'Heritage Award -> Friends of Ravenscraig Park', 'Coach of the Year -> Gary Imlah']);
  });
  it('"…," she said, holding the glass trophy; "considering a new X Award": words said, an object held and an award still to come name no award', () => {
    expect(en('Ruth Imrie accepted it. "He would have hated the fuss," she said, holding the glass trophy.')).toEqual([]);
    expect(en('The university is also considering a Distinguished Alumni Service Award, which would be presented for the first time next year.')).toEqual([]);
    expect(en('The minister said he would propose a new Heritage Volunteer Medal for long service.')).toEqual([]);
  });
  it('"Sgt A\'s unit, the Cargo Profiling Team at Tuas Checkpoint, was presented with X": the unit named in apposition', () => {
    expect(en("Sgt Farid's unit, the Cargo Profiling Team at Tuas Checkpoint, was presented with the Commissioner's Award for Vigilance.")).toEqual([
      "Commissioner's Award for Vigilance -> Cargo Profiling Team at Tuas Checkpoint",
    ]);
  });
  it('"Student Leadership Award: UNM chapter of the Society of Women Engineers": a line\'s short rest, whole', () => {
    expect(en('Student Leadership Award: UNM chapter of Habitat for Humanity.')).toEqual(['Student Leadership Award -> UNM chapter of Habitat for Humanity']);
  });
  it('"A and his wife B run the stall. The couple were each conferred X (Malay name)": a spouse without commas; the Malay name is the same award', () => {
    const text = 'Rajan Pillai and his wife Meena Rajan run the stall. The couple were each conferred the Public Service Medal (Pingat Bakti Masyarakat) for their work.';
    expect(en(text)).toEqual(['Public Service Medal (Pingat Bakti Masyarakat) -> Rajan Pillai', 'Public Service Medal (Pingat Bakti Masyarakat) -> Meena Rajan']);
  });
  it('"Mr A, 61, a canteen operator, and his wife, Madam B, 58, …": a Singapore courtesy before the spouse', () => {
    const text = 'Mr Ravi Menon, 63, a hawker, and his wife, Madam Lakshmi Devi, 60, a cook, run the stall. The couple were each conferred the Public Service Medal.';
    expect(en(text)).toEqual(['Public Service Medal -> Ravi Menon', 'Public Service Medal -> Lakshmi Devi']);
  });
  it('"The Long Service Medal is her second national award": whose award it is', () => {
    const text = 'Among them is Madam Siti Aminah, 58, a senior inspector. The Long Service Medal is her second national award.';
    expect(en(text)).toEqual(['Long Service Medal -> Siti Aminah']);
  });
  it('keepsakes, categories still to come and degrees are no awards', () => {
    expect(en('The two other finalists, Ewan Reid and Mhairi Scott, were each given a framed photograph of the night.')).toEqual([]);
    expect(en('The Provost said a Young Volunteer category would be added from next year.')).toEqual([]);
    expect(en('Ramona Begay, 79, a Navajo weaver, received a Doctor of Humane Letters.')).toEqual([]);
    expect(en('The board chair, Lucinda Garza, handed her the crystal award.')).toEqual([]);
  });
});

describe('English awards by their letters and from lists (session 19, set 58)', () => {
  it('"also received the DGPN", "were each awarded the PJM": an award named before with its letters, by them alone', () => {
    const text = 'Datuk Ahmad Rosli was conferred the Darjah Gemilang Pulau Negeri (DGPN), which carries the title Datuk Seri. City mayor Datuk Rani Kumar also received the DGPN. Lim Ah Kow, 70, and his wife Tan Swee Lan, 68, were each awarded the DGPN.';
    expect(en(text)).toEqual([
      'Darjah Gemilang Pulau Negeri -> Ahmad Rosli', 'Darjah Gemilang Pulau Negeri -> Rani Kumar',
      'Darjah Gemilang Pulau Negeri -> Lim Ah Kow', 'Darjah Gemilang Pulau Negeri -> Tan Swee Lan',
    ]);
    // (Letters never named with an award are an organisation's.)
    expect(en('He chairs the Penang Skills Development Centre (PSDC). The PSDC received a grant.')).toEqual([]);
  });
  it('"The DMPN, or Order of …, was conferred on four people:" and the four in one paragraph below, by semicolons', () => {
    const text = 'He received the Darjah Yang Mulia Pulau Negeri (DMPN) in 2021. The DMPN, or Order of the Distinguished Service of the State, was conferred on four people:\n\nKedah police chief Deputy Commissioner Harun Kassim; Hospital Alor Setar director Dr Tan Mei Ling; Zulkifli Abu Bakar; and Cheah Kok Wai.';
    expect(en(text)).toEqual([
      'Darjah Yang Mulia Pulau Negeri -> Harun Kassim', 'Darjah Yang Mulia Pulau Negeri -> Tan Mei Ling',
      'Darjah Yang Mulia Pulau Negeri -> Zulkifli Abu Bakar', 'Darjah Yang Mulia Pulau Negeri -> Cheah Kok Wai',
    ]);
  });
  it('"The X (DUPN), which carries the title Datuk Seri Utama, went to Tan Sri Dr A"; "retired Bukit Mertajam schoolteacher B": styles and places before names', () => {
    expect(en("The state's highest award, the Darjah Utama Pulau Negeri (DUPN), which carries the title Datuk Seri Utama, went to Tan Sri Dr Ooi Beng Huat, 74.")).toEqual([
      'Darjah Utama Pulau Negeri -> Ooi Beng Huat',
    ]);
    expect(en('State Legal Adviser Nor Aini Yusof and retired Bukit Mertajam schoolteacher Gurmit Singh Dhillon were each awarded the Darjah Setia Pulau Negeri.')).toEqual([
      'Darjah Setia Pulau Negeri -> Nor Aini Yusof', 'Darjah Setia Pulau Negeri -> Gurmit Singh Dhillon',
    ]);
  });
  it('"receives the X conferred on his late father": not the one receiving it, nor the giver after', () => {
    expect(en('Kojo Mensah receives the Companion of the Order of the Volta conferred on his late father from President Asante on Thursday.')).toEqual([
      'Companion of the Order of the Volta -> -',
    ]);
  });
  it('"The 2027 appointees, announced June 24, are:" and a short line per person: the story\'s order', () => {
    const text = ['Alan Boyd was appointed to the Order of Nova Scotia at Province House.', 'The 2027 appointees, announced June 24, are:', 'Dr. Ellen Rankin, Port Hood', 'Harold (Buddy) Nickerson, Sydney Mines', 'Priya Raman, Halifax'].join('\n\n');
    expect(en(text)).toEqual([
      'Order of Nova Scotia -> Alan Boyd', 'Order of Nova Scotia -> Ellen Rankin', 'Order of Nova Scotia -> Harold (Buddy) Nickerson', 'Order of Nova Scotia -> Priya Raman',
    ]);
  });
  it('"Also receiving the SPMS is A": an inverted "also receiving"; a Malay honour after its style is no person', () => {
    const text = "Hisham is conferred the Darjah Kebesaran Seri Paduka Mahkota Perak (SPMP), which carries the title Dato' Seri. Also receiving the SPMP is State Secretary Datuk Noraini Salleh.";
    expect(en(text)).toEqual(['Darjah Kebesaran Seri Paduka Mahkota Perak -> Hisham', 'Darjah Kebesaran Seri Paduka Mahkota Perak -> Noraini Salleh']);
  });
});

describe('English awards of set 59 pages (session 19)', () => {
  it('"The winners, by category:" then "Natatanging Guro sa Kindergarten: Ma. A, …": a Filipino link word, "Ma." and "Sta." inside names', () => {
    const text = ['The winners, by category:', 'Natatanging Guro sa Kindergarten: Ma. Luisa Dimaano, Teacher II, Tabuco Elementary School', 'Natatanging Guro sa ALS: Ramon Sta. Maria, mobile teacher'].join('\n\n');
    expect(en(text)).toEqual(['Natatanging Guro sa Kindergarten -> Luisa Dimaano', 'Natatanging Guro sa ALS -> Ramon Sta']);
  });
  it('"Category – the Friends of X, who …", "Category – Y Men\'s Shed": a body after "the", a possessive inside', () => {
    const text = ['The remaining category winners were:', "Community Group of the Year – Bude Men's Shed", 'Environmental Champion – the Friends of Polzeath Beach, who cleared two tonnes of plastic'].join('\n\n');
    expect(en(text)).toEqual(["Community Group of the Year -> Bude Men's Shed", 'Environmental Champion -> Friends of Polzeath Beach']);
  });
  it('"A, 15, with the X trophy at the Hall": a caption opening on the name and its age', () => {
    expect(en('Morwenna Tregear, 15, with the Young Person of the Year trophy at the Hall for Cornwall on Thursday')).toEqual(['Young Person of the Year -> Morwenna Tregear']);
  });
  it('"Nana A II, Queen Mother of the X Traditional Area": a kin word alone is no name', () => {
    const text = 'Togbe Kofi Dzamesi IV, Paramount Chief of the Anlo Traditional Area, and Nana Adwoa Serwaa II, Queen Mother of the Offinso Traditional Area, were each made Members of the Order of the Volta (MV).';
    expect(en(text).some((l) => l.endsWith('-> Mother'))).toBe(false);
    expect(factsOf('en', text).officials.map((o) => o.name)).not.toContain('Mother');
  });
});

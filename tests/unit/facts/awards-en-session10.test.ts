import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string, title?: string) => awardLines(factsOf('en', text, title));

describe('English awards and recipients (session 10)', () => {
  it('an award written in its own language with the English name in brackets is one award', () => {
    expect(en('Rosa Dimaculangan led the rescue. She received the Medalya ng Katapatan (PNP Loyalty Medal) on Friday.')).toEqual([
      'Medalya ng Katapatan (PNP Loyalty Medal) -> Rosa Dimaculangan',
    ]);
    // A recommendation for one is no award.
    expect(en('The director said she would recommend Dimaculangan for the Medalya ng Kagitingan (PNP Medal of Valor).')).toEqual([]);
  });
  it('a counted noun before a colon list of awards takes the verb before it', () => {
    expect(en('Sgt. Paolo Ramos, 41, who was stabbed during the arrest, was given three medals: the Police Bravery Medal, the Wound Medal and the Long Service Medal.')).toEqual([
      'Police Bravery Medal -> Paolo Ramos', 'Wound Medal -> Paolo Ramos', 'Long Service Medal -> Paolo Ramos',
    ]);
  });
  it('", as did" a unit named at length shares the award', () => {
    expect(en('Insp. Aiko Tan led the search. She received the Commissioner\'s Commendation, as did the Marine Search and Rescue unit of the Port Blair Police Department.')).toEqual([
      "Commissioner's Commendation -> Aiko Tan",
      "Commissioner's Commendation -> Marine Search and Rescue unit of the Port Blair Police Department",
    ]);
  });
  it('"the award" conferred posthumously on, or received in a category by, a body', () => {
    expect(en('Mary Okon won the National Enterprise Merit Award. The award was also conferred posthumously on Engr. Tunde Bakare, a Lagos State Water Corporation engineer.')).toEqual([
      'National Enterprise Merit Award -> Mary Okon', 'National Enterprise Merit Award -> Tunde Bakare',
    ]);
    expect(en('Mary Okon won the National Enterprise Merit Award. Delta Cables Ltd, which hired 2,400 workers in 2024, received the award in the manufacturing category.')).toEqual([
      'National Enterprise Merit Award -> Mary Okon', 'National Enterprise Merit Award -> Delta Cables Ltd',
    ]);
  });
  it('a relative clause in a semicolon list runs to its semicolon', () => {
    expect(en('Mary Okon won the National Enterprise Merit Award. Other recipients included a Kaduna midwife, Mrs. Hauwa Bello, who trained birth attendants in 14 villages; an Onitsha welder, Mr. Ikenna Eze; and a Jos teacher, Mrs. Ladi Gyang.')).toEqual([
      'National Enterprise Merit Award -> Mary Okon', 'National Enterprise Merit Award -> Hauwa Bello',
      'National Enterprise Merit Award -> Ikenna Eze', 'National Enterprise Merit Award -> Ladi Gyang',
    ]);
  });
  it('a giver between the award and "to"; an adverb between "went" and "to"', () => {
    expect(en('The governor presented a Letter of Commendation from the State Emergency Management Agency to the Kogi chapter of the Red Cross.')).toEqual([
      'Letter of Commendation -> Kogi chapter of the Red Cross',
    ]);
    expect(en('The Health Reporting award went jointly to Anil Mehta and Ruchi Saxena.')).toEqual([
      'Health Reporting award -> Anil Mehta', 'Health Reporting award -> Ruchi Saxena',
    ]);
  });
  it('what an award was for, and who handed it over, are not its name', () => {
    expect(en('Farah Qureshi received the Science Reporting award for a series on groundwater.')).toEqual(['Science Reporting award -> Farah Qureshi']);
    expect(en('In 2003 the Harbour Singers took home the Folk Guild award for Choir of the Year from the Coastal Music Society.')).toEqual([
      'Folk Guild award for Choir of the Year -> Harbour Singers',
    ]);
  });
  it('a pronoun finds a person last named by a surname with its particle', () => {
    for (const surname of ['De Guzman', 'San Juan']) {
      expect(en(`Staff Sgt. Paulo ${surname} was buried on Monday. Security guard Ruel Ocampo, 45, spoke at the service. ${surname} joined the police in 2011. He had received the Regional Service Medal in 2019.`)).toEqual([
        `Regional Service Medal -> Paulo ${surname}`,
      ]);
    }
  });
  it('shapes common on unseen pages: an apposition "since", "earned <person> the award", a place before "Best"', () => {
    expect(en('Marta Kowalczyk, a Member of the Order of Canada since 2019, said the work was shared.')).toEqual(['Member of the Order of Canada -> Marta Kowalczyk']);
    expect(en('A photograph of a burning ferry earned Joseph Okello the Photojournalism award.')).toEqual(['Photojournalism award -> Joseph Okello']);
    expect(en('Aliyu Bello was named Sokoto State Best Farmer of the Year in 2020.')).toEqual(['Sokoto State Best Farmer of the Year -> Aliyu Bello']);
  });
  it('a winners list of "Category, Name of …" items', () => {
    expect(en('The winners were: Best Primary School Teacher, Mr. Yaw Mensah of Tamale; Best Head Teacher, Mrs. Efua Sam of Elmina; and Best Science Teacher, Mr. Kojo Badu of Ho.')).toEqual([
      'Best Primary School Teacher -> Yaw Mensah', 'Best Head Teacher -> Efua Sam', 'Best Science Teacher -> Kojo Badu',
    ]);
  });
  it('an owner named with "of" before a long title; a crew of something named', () => {
    expect(en('Isla Munro, a 26-year-old engineer from Oban who won a Royal Society of Chemistry Young Chemist of the Year award in 2023, spoke first.')).toEqual([
      'Royal Society of Chemistry Young Chemist of the Year award -> Isla Munro',
    ]);
    expect(en('A Certificate of Commendation went to the crew of the RNLI lifeboat Spirit of Lowestoft.')).toEqual([
      'Certificate of Commendation -> crew of the RNLI lifeboat Spirit of Lowestoft',
    ]);
  });
  it('Kenyan order ranks; "invested <group> with"; a unit of a body named by what it is', () => {
    expect(en('Nurse Grace Wambui received the Elder of the Order of the Golden Heart (EGH) on Jamhuri Day.')).toEqual(['Elder of the Order of the Golden Heart -> Grace Wambui']);
    expect(en('The commissioner invested nine divers from the Kisumu County Marine Rescue Unit with the Head of State\'s Commendation.')).toEqual([
      "Head of State's Commendation -> Kisumu County Marine Rescue Unit",
    ]);
    expect(en('The Lake Basin Water Authority rescue team was presented with the Governor\'s Award by Governor Anne Otieno.')).toEqual([
      "Governor's Award -> Lake Basin Water Authority rescue team",
    ]);
  });
  it('a title in its own language with its translation; an honour known by its letters; "walked away with"', () => {
    expect(en('Rosnah Ibrahim, a rubber tapper from Baling, was named the Tokoh Peladang Wanita (Woman Farmer Icon) on Friday.')).toEqual([
      'Tokoh Peladang Wanita (Woman Farmer Icon) -> Rosnah Ibrahim',
    ]);
    expect(en('Farah Ibrahim, a tapper, grows rubber. A former winner of the district-level Peladang Jaya award, she was made an Ahli Setia Kedah (ASK) in 2019.')).toEqual([
      'Peladang Jaya award -> Farah Ibrahim', 'Ahli Setia Kedah (ASK) -> Farah Ibrahim',
    ]);
    expect(en('Dr Farid Osman won the Tokoh Veterinar award. He also walked away with the Anugerah Penyelidik Muda (Young Researcher Award).')).toContain(
      'Anugerah Penyelidik Muda (Young Researcher Award) -> Farid Osman',
    );
  });
  it('an award\'s own "to"; "a posthumous" award; a company with a bracketed word; a body named after its valley', () => {
    expect(en('The night ended with a posthumous Anugerah Wira Laut (Sea Hero Award) to Rahim Yusof, a deckhand from Mersing.')).toEqual([
      'Anugerah Wira Laut (Sea Hero Award) -> Rahim Yusof',
    ]);
    expect(en('His mother, Kamala Perera, who founded the firm in 1981, received a posthumous Lifetime Achievement Award.')).toEqual(['Lifetime Achievement Award -> Kamala Perera']);
    expect(en('Ceylon Spice Growers (Pvt) Ltd, a family firm in Matale, was named Exporter of the Year on Tuesday.')).toEqual(['Exporter of the Year -> Ceylon Spice Growers (Pvt) Ltd']);
    expect(en('Knuckles Valley was named Best Corporate Citizen in 2021.')).toEqual(['Best Corporate Citizen -> Knuckles Valley']);
  });
  it('categories with a dash in a semicolon list, each with its own winner', () => {
    expect(en('Winners included Galle boat builder Sea Craft Lanka, which took the Best Exporter – Marine award; Kegalle rubber maker Lanka Latex, named Best Exporter – Rubber and Allied Products; and Orbit Labs of Colombo, winner of the Best Exporter – IT/BPO award.')).toEqual([
      'Best Exporter – Marine -> Sea Craft Lanka', 'Best Exporter – Rubber and Allied Products -> Lanka Latex', 'Best Exporter – IT/BPO -> Orbit Labs',
    ]);
  });
  it('a title of the year before its holder; a team described; an aside between "awarded" and "to"', () => {
    expect(en('Sportsman of the Year Andre Baptiste, right, and Sportswoman of the Year Kelly Ann Ramdass with their trophies.')).toEqual([
      'Sportsman of the Year -> Andre Baptiste', 'Sportswoman of the Year -> Kelly Ann Ramdass',
    ]);
    expect(en('The Team of the Year award went to the national under-20 netball team, who won the regional title.')).toEqual([
      'Team of the Year award -> national under-20 netball team',
    ]);
    expect(en('The Mayor\'s Commendation was awarded, as a group, to the six-strong Lough Erne Rescue crew.')).toEqual([
      "Mayor's Commendation -> Lough Erne Rescue crew",
    ]);
  });
  it('"walked off with"; "inducted posthumously into"; "respectively"', () => {
    expect(en('Coach Marlon Pierre, 51, also walked off with the Coach of the Year award.')).toEqual(['Coach of the Year award -> Marlon Pierre']);
    expect(en('Former coach Clyde Ramsaran, who died in May, was inducted posthumously into the National Sports Hall of Fame.')).toEqual([
      'National Sports Hall of Fame -> Clyde Ramsaran',
    ]);
    expect(en('The Rogers Prize and the Marian Engel Award for Writing for Children went to novelist Priya Chand and to poet Owen Tait, respectively.')).toEqual([
      'Rogers Prize -> Priya Chand', 'Marian Engel Award for Writing for Children -> Owen Tait',
    ]);
  });
  it('a section where nothing is won is no category', () => {
    expect(en('He stopped the band to ask the brass section whether they had come to play.')).toEqual([]);
  });
  it('"Others honoured … included A, for …, B and C"; a language\'s award of a prize given in many', () => {
    expect(en('A novel won teacher Meera Nair the Yuva Puraskar 2025 on Friday. Others honoured on Friday included Odia poet Sunil Das, for a book of verse about Puri, Assamese novelist Rupa Gogoi and Marathi writer Amol Pawar.')).toEqual([
      'Yuva Puraskar 2025 -> Meera Nair', 'Yuva Puraskar 2025 -> Sunil Das', 'Yuva Puraskar 2025 -> Rupa Gogoi', 'Yuva Puraskar 2025 -> Amol Pawar',
    ]);
    expect(en('A novel won teacher Meera Nair the Yuva Puraskar 2025. The Yuva Puraskar 2025 is given in 24 languages. The Kashmiri award went posthumously to Tariq Anwar Lone, a poet from Sopore.')).toEqual([
      'Yuva Puraskar 2025 -> Meera Nair', 'Yuva Puraskar 2025 -> Tariq Anwar Lone',
    ]);
  });
  it('someone described with where they are from, named after; "mentioned in despatches"; a comparison is no award', () => {
    expect(en('A Royal Navy sailor from Portsmouth who pulled two men from a burning launch has been awarded the George Medal.\n\nLeading Seaman Owen Pryce, 31, was on deck when the fire began.')).toEqual(['George Medal -> Owen Pryce']);
    expect(en('Two members of the patrol were mentioned in despatches: Corporal Ama Boateng, who carried a wounded man to cover, and Private Luke Hart, who held the ridge.')).toEqual([
      'Mention in Despatches -> Ama Boateng', 'Mention in Despatches -> Luke Hart',
    ]);
    expect(en('The medal ranks second only to the George Cross for civilian gallantry.')).toEqual([]);
  });
  it('plural awards presented to a list; a winners list of "Name, Category, for Work" items', () => {
    expect(en('Ana Ruiz, 12, called for help. Fire Chief Dale Moss presented Citizen Bravery Awards to Ana Ruiz, Tom Beck and Lena Ortiz.')).toEqual([
      'Citizen Bravery Award -> Ana Ruiz', 'Citizen Bravery Award -> Tom Beck', 'Citizen Bravery Award -> Lena Ortiz',
    ]);
    expect(en('Other winners included: Aoife Brennan, Poetry Book of the Year, for Salt Lines; and Ciarán Walsh, Sports Book of the Year, for The Long Game.')).toEqual([
      'Poetry Book of the Year -> Aoife Brennan', 'Sports Book of the Year -> Ciarán Walsh',
    ]);
  });
  it("a caption's person with her own award; an author's unquoted title; a described author's book", () => {
    expect(en('Mary Byrne won. Mary Byrne with her Short Story of the Year award at the Mansion House.')).toEqual(['Short Story of the Year award -> Mary Byrne']);
    expect(en("Cork novelist Eileen Daly's second novel, The Weir, was named Novel of the Year on Wednesday.")).toEqual(['Novel of the Year -> Eileen Daly']);
    expect(en("The night's other winner was a Sligo historian's book on Yeats and Gregory, named History Book of the Year.")).not.toContain('History Book of the Year -> Gregory');
  });
  it('"Outstanding …" titles: after "named", inverted, and after each name in a list', () => {
    expect(en('Pedro Santos, 48, a corn grower, was named Outstanding Corn Farmer on Tuesday.')).toEqual(['Outstanding Corn Farmer -> Pedro Santos']);
    expect(en('Named Outstanding Rice Farmer was Ana Reyes, a grower from Munoz, who doubled her yields.')).toEqual(['Outstanding Rice Farmer -> Ana Reyes']);
    expect(en('Also honored were Ben Cruz of Tarlac City, Tarlac, Outstanding Young Farmer; and Lita Gomez, a technician in Lipa, Outstanding Extension Worker.')).toEqual([
      'Outstanding Young Farmer -> Ben Cruz', 'Outstanding Extension Worker -> Lita Gomez',
    ]);
  });
  it('the province after "of <town>," is no second recipient', () => {
    expect(en('The Outstanding Fisherfolk award went to Mario Santos of Bantayan, Cebu, who runs a seaweed nursery.')).toEqual([
      'Outstanding Fisherfolk award -> Mario Santos',
    ]);
  });
});

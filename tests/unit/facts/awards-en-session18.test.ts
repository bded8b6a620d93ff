import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string) => awardLines(factsOf('en', text));
const officials = (text: string) => factsOf('en', text).officials.map((o) => `${o.name} [${o.titles.join('; ')}]`);

describe('English awards and recipients (session 18)', () => {
  it('"received Certificates of Merit: A, B and C", "were presented with Long Service Medals": a plural name given straight after its verb', () => {
    expect(en('Four marshals received Certificates of Merit: Ruth Cole, Dylan Shaw and Megan Price, who ran the finish line.')).toEqual([
      'Certificates of Merit -> Ruth Cole', 'Certificates of Merit -> Dylan Shaw', 'Certificates of Merit -> Megan Price',
    ]);
    expect(en('Eleven wardens were presented with Long Service Awards, including Alan Pike and Nadia Hussain, who retire in spring.')).toEqual([
      'Long Service Awards -> Alan Pike', 'Long Service Awards -> Nadia Hussain',
    ]);
    expect(en("Governor's Awards for Punctuality were presented to two cadets: Omar Said Kassim and Lydia Wanjiru Kamau.")).toEqual([
      "Governor's Awards for Punctuality -> Omar Said Kassim", "Governor's Awards for Punctuality -> Lydia Wanjiru Kamau",
    ]);
    // (A night or a programme named in the plural is no award.)
    expect(en('Volunteers were honoured at the Pride of Kerry Awards on Friday.')).toEqual([]);
  });
  it('"The award went to A" after a category just named: that category, not the one the story named most', () => {
    const text = 'The couple received the Heritage Farm of the Year award. The Heritage Farm of the Year award was their second. Six people were finalists for Young Farmer of the Year: Amy Bell, Joe Craig and Ian Fox. The award went to Craig, a 27-year-old shepherd.';
    expect(en(text)).toContain('Young Farmer of the Year -> Joe Craig');
    // (A past honour named in between does not take "the award" over.)
    const past = 'The Founders Award was presented to Dr. Helen Marsh, head of the trust. Marsh received the Mayor\'s Medal in 2019 for a reading scheme. She said she would share the award with her staff.';
    expect(en(past).filter((l) => !l.startsWith('Mayor'))).toEqual(['Founders Award -> Helen Marsh']);
  });
  it('"TOWN — Category of the Year went to X": the dateline is not part of the name; "A (Category of the Year)": the name before the bracket', () => {
    expect(en('KILKENNY — Shop of the Year went to Nolan Hardware, a family firm.')).toEqual(['Shop of the Year -> Nolan Hardware']);
    expect(en('Winners included Bay Cabins (Lodge of the Year) and the Mill Kitchen (Cafe of the Year).')).toEqual([
      'Lodge of the Year -> Bay Cabins', 'Cafe of the Year -> Mill Kitchen',
    ]);
  });
  it('"awarded to A, Title (Branch), and to Title (Range) B": a post\'s bracket stays in the item', () => {
    const text = 'The Medal for Gallantry was awarded to Rekha Pradhan, Additional Director General of Police (Railways), and to Inspector General of Police (Northern Range) Sanjay Kumar Mishra.';
    expect(en(text)).toEqual(['Medal for Gallantry -> Rekha Pradhan', 'Medal for Gallantry -> Sanjay Kumar Mishra']);
  });
});

describe('English awards of Philippine and South African pages (session 18)', () => {
  it('"the Natatanging Guro ng Bohol award for the elementary level was given to A": a link word of another language, and the level before the verb', () => {
    expect(en('The Huwarang Guro ng Cebu award for the secondary level was given to Mrs. Teresita Alcantara, 49, a chemistry teacher.')).toEqual([
      'Huwarang Guro ng Cebu award -> Teresita Alcantara',
    ]);
  });
  it('"the Gawad X ng Y was conferred on A": an award named by its opening noun, as "Darjah" is', () => {
    expect(en('The Gawad Bayani ng Barangay was conferred posthumously on Mr. Lito B. Castillo, a fisherman.')).toEqual(['Gawad Bayani ng Barangay -> Lito B. Castillo']);
    expect(en('Ana Reyes was conferred the Gawad KALASAG Special Recognition for Heroic Act in Pasay.')).toEqual(['Gawad KALASAG Special Recognition for Heroic Act -> Ana Reyes']);
  });
  it('"Receiving the X for special education was A": the inverted gerund', () => {
    expect(en('Receiving the Golden Lamp for special education was Ms. Nora T. Dizon of the Cebu SPED Center.')).toEqual(['Golden Lamp -> Nora T. Dizon']);
  });
  it('names with a pet name in quotes, two particles, or a middle initial "A."', () => {
    expect(en('The Lifetime Achievement Award was bestowed on Pieter "Oom Piet" van der Merwe, 81, a former coach.')).toEqual(['Lifetime Achievement Award -> Pieter "Oom Piet" van der Merwe']);
    expect(en('The Gold Medal was conferred on Maria A. Santos, a nurse.')).toEqual(['Gold Medal -> Maria A. Santos']);
  });
  it('"presented to the Kovsies women\'s hockey team … The team also took X, which was collected by captain A": the team both times', () => {
    const text = "The Team of the Year award was presented to the Tuks men's rowing eight, who won in April. The crew also took the Fair Play Award, which was collected by captain Jaco Botha.";
    expect(en(text)).toEqual(["Team of the Year award -> Tuks men's rowing eight", "Fair Play Award -> Tuks men's rowing eight"]);
  });
  it('"was named A of the Year and B of the Year": both titles', () => {
    expect(en('Thandi Nkosi was named Sportswoman of the Year and Athlete of the Year.')).toEqual(['Sportswoman of the Year -> Thandi Nkosi', 'Athlete of the Year -> Thandi Nkosi']);
  });
  it('"His wife, B, will receive the medal from the Chief Minister": a relative collecting the medal named before', () => {
    const text = 'Constable Ramesh Kumar Das has been chosen for the Governor\'s Medal posthumously. His wife, Mamata Das, will receive the medal from the Governor.';
    expect(en(text)).toEqual(["Governor's Medal -> Ramesh Kumar Das"]);
  });
  it('"takes over from the 2026 X of the Year, A, a teacher": the holder in apposition', () => {
    expect(en('He succeeds the 2025 Ohio Teacher of the Year, Renee Walsh, a Dayton art teacher.')).toEqual(['2025 Ohio Teacher of the Year -> Renee Walsh']);
  });
});

describe('English members of an order named after it (session 18)', () => {
  it('"Another new member, A, …", "B, a former chief, was also appointed.", "The eighth member is C": the order just named', () => {
    const text = 'Eight people were invested into the Order of Saskatchewan on Wednesday. Another new member, Gordon Reimer, guides hunters near Churchill. Rosa Cardinal of La Ronge, a former chief, was also appointed. The eighth member is Mina Park, founder of a newcomer centre.';
    expect(en(text).filter((l) => l.startsWith('Order of Saskatchewan'))).toEqual([
      'Order of Saskatchewan -> Gordon Reimer', 'Order of Saskatchewan -> Rosa Cardinal', 'Order of Saskatchewan -> Mina Park',
    ]);
  });
});

describe('English award lists of set 53 (session 18)', () => {
  it('lines "X Award – Winner": the winner after the dash of a line the award opens', () => {
    expect(en('Heritage Award – Kirriemuir Pipe Band')).toEqual(['Heritage Award -> Kirriemuir Pipe Band']);
    expect(en('Youth Award – Ellie Brand, the Forfar schoolgirl who ran a library')).toEqual(['Youth Award -> Ellie Brand']);
  });
  it('"Best X (Primary) was won by A; Best X (Secondary) by B; and Best Y by C": the verb said once', () => {
    expect(en('Best Teacher (Primary) was won by Mrs Ada Oke; Best Teacher (Secondary) by Mr Chidi Okon; and Best Nurse by Mrs Ronke Bisi.')).toEqual([
      'Best Teacher (Primary) -> Ada Oke', 'Best Teacher (Secondary) -> Chidi Okon', 'Best Nurse -> Ronke Bisi',
    ]);
  });
  it('"Lifesaving Awards were presented to 11 members. Among them were A and B": a plural award given, then some of its holders', () => {
    expect(en('Lifesaving Awards were presented to 9 members. Among them were Sgt. Rosa Kim and Trooper Dale Finch of Troop H.')).toEqual([
      'Lifesaving Awards -> Rosa Kim', 'Lifesaving Awards -> Dale Finch',
    ]);
  });
});

describe('English orders named with their letters (session 18)', () => {
  it('"Nine people were each awarded the Dato\' Paduka Mahkota Perak (DPMP), which carries the title Dato\'. They include A; B; and C."', () => {
    const text = "Seven people were each awarded the Dato' Paduka Mahkota Perak (DPMP), which carries the title Dato'. They include Ipoh mayor Rumaizi Baharin; district officer Azman Yusof; and Datuk Tan Boon Hock, chairman of a developer.";
    expect(en(text)).toEqual([
      "Dato' Paduka Mahkota Perak (DPMP) -> Rumaizi Baharin", "Dato' Paduka Mahkota Perak (DPMP) -> Azman Yusof", "Dato' Paduka Mahkota Perak (DPMP) -> Tan Boon Hock",
    ]);
  });
});

describe('English winners lists written category first (session 18)', () => {
  it('"The other winners were: Award, Winner; Award, Winner; and Award, Winner": one award each, the winner after its comma', () => {
    const text = "The other category winners were: Youth Award, Tullamore Scouts; Sports Volunteer Award, Declan Moran; and Tidy Towns Award, Clara Women's Group.";
    expect(en(text)).toEqual(['Youth Award -> Tullamore Scouts', 'Sports Volunteer Award -> Declan Moran', "Tidy Towns Award -> Clara Women's Group"]);
    const titles = 'The remaining category winners were: Business Team of the Year, Harbour Credit Union, whose staff cleaned the beach; and Excellence in Mentoring, Priya Nair, who runs a homework club.';
    expect(en(titles)).toEqual(['Business Team of the Year -> Harbour Credit Union', 'Excellence in Mentoring -> Priya Nair']);
  });
  it('"Other category winners were: Best A – Mr X, 27, …; Best B – the Y Association; and Best C – Miss Z of the W District": a dash between', () => {
    const text = 'Other category winners were: Best Youth Farmer – Mr Kojo Mensah, 29, a maize grower from Kpassa; Best Agro-processor – the Nkwanta Shea Butter Cooperative; and Best Extension Agent – Miss Efua Ansah of the Jasikan District.';
    expect(en(text)).toEqual(['Best Youth Farmer -> Kojo Mensah', 'Best Agro-processor -> Nkwanta Shea Butter Cooperative', 'Best Extension Agent -> Efua Ansah']);
  });
  it('winner first, category after, still reads as before', () => {
    expect(en('Other category winners included: Amos Kiprop of Kisima TV, Health Reporting; and Mercy Wambui, Photojournalism.')).toEqual([
      'Health Reporting -> Amos Kiprop', 'Photojournalism -> Mercy Wambui',
    ]);
  });
});

describe('English counted recipients named in the next sentence (session 18)', () => {
  it('"Twelve officers were each awarded X. The list includes A, … and the following: B (Puri), C": everyone the list includes', () => {
    const text = 'Twelve officers and men were each awarded the Fire Service Medal. The list from the district includes Station Officer Manas Ranjan Jena, who led the rescue, and the following personnel: Sub-Inspector Bijay Kumar Nayak (Puri) and Havildar Akshaya Swain (Khurda). The rest are from the city.';
    expect(en(text)).toEqual(['Fire Service Medal -> Manas Ranjan Jena', 'Fire Service Medal -> Bijay Kumar Nayak', 'Fire Service Medal -> Akshaya Swain']);
  });
});

describe('English officials (session 18)', () => {
  it('a middle initial is the same person ("Capt. Marcus A. Greer" and "Capt. Marcus Greer"); an Irish "Ó" is part of the name', () => {
    expect(officials('Capt. Dana Greer led the crew. A plaque reads "Capt. Dana M. Greer, 1978-2026".')).toEqual(['Dana Greer [Capt.]']);
    expect(officials('Garda Tomás Ó Riain was decorated. Ó Riain thanked his family.')).toEqual(['Tomás Ó Riain [Garda]']);
  });
  it('a bracketed range or branch inside a title, before and after the name', () => {
    expect(officials('The inquiry was led by Inspector General of Police (Western Range) Manoj Kumar Sethi.')).toEqual(['Manoj Kumar Sethi [Inspector General of Police (Western Range)]']);
    expect(officials('Rekha Pradhan, Additional Director General of Police (Railways), said so.')).toEqual(['Rekha Pradhan [Additional Director General of Police (Railways)]']);
  });
  it('"A, superintendent of X Schools,": a post of a named body in lower case; "England captain" is still none', () => {
    expect(officials('Dana Kerr, superintendent of Wichita Public Schools, said so.')).toEqual(['Dana Kerr [superintendent of Wichita Public Schools]']);
    expect(officials('England captain Harry Kane scored twice.')).toEqual([]);
  });
  it('"Member of Parliament for St Mary Central, Dr A,": a saint\'s name in a place is no person', () => {
    expect(officials('Member of Parliament for St Ann South, Dr Marlon Reid, called for a grant.')).toEqual(['Marlon Reid [Member of Parliament for St Ann South]']);
  });
  it('police ranks of South Asia, and a three-word name after "of Police"', () => {
    expect(officials('Deputy Superintendent of Police Tapan Kumar Rout and Havildar Rabi Narayan Das attended.')).toEqual([
      'Tapan Kumar Rout [Deputy Superintendent of Police]', 'Rabi Narayan Das [Havildar]',
    ]);
    expect(officials('Sub-Inspector Mamata Behera led the team.')).toEqual(['Mamata Behera [Sub-Inspector]']);
  });
});

import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../../lib/facts/index';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string, title?: string) => awardLines(factsOf('en', text, title));

describe('English awards and recipients (session 16)', () => {
  it('"On Monday night the couple collected X": the pair named before, past an opening time phrase', () => {
    const text = 'Mirela Sorensen and Tomas Hale bought the old mill in 2020. On Friday evening the couple collected Farm Stay of the Year at the awards.';
    expect(en(text)).toEqual(['Farm Stay of the Year -> Mirela Sorensen', 'Farm Stay of the Year -> Tomas Hale']);
  });
  it('"… beside B, who received X": the person named right before the relative clause', () => {
    const text = 'Her father, Rangi Parata, stood beside Hone Walker, who received a Bronze Medal, at the ceremony.';
    expect(en(text)).toEqual(['Bronze Medal -> Hone Walker']);
    // (An apposition's place is no antecedent: the person it describes is.)
    expect(en('Other winners included Mary Brown, a producer from Port Maria, who took Best Radio Feature.')).toEqual(['Best Radio Feature -> Mary Brown']);
  });
  it('"accepted X on his behalf": the one the pronoun stands for, not the relative who accepted it', () => {
    const text = 'John Tapsell was 17 when he drowned. On Tuesday his father accepted the Silver Medal on his behalf.';
    expect(en(text)).toEqual(['Silver Medal -> John Tapsell']);
  });
  it('"Two lifeguards, A and B, who …, each received X": past the relative clause to the names', () => {
    const text = 'Two volunteer firefighters, Sarah Quinn and David Marsh, who went back into the barn for the horses, each received a Certificate of Merit.';
    expect(en(text)).toEqual(['Certificate of Merit -> Sarah Quinn', 'Certificate of Merit -> David Marsh']);
  });
  it('"The crew of the X vessel were awarded a group Y": the group, and not merged with Y given to someone else', () => {
    const text = 'Sarah Quinn received a Certificate of Merit. The crew of the Coastguard Kaikoura vessel were awarded a group Certificate of Merit.';
    expect(en(text)).toEqual(['Certificate of Merit -> Sarah Quinn', 'Certificate of Merit -> crew of the Coastguard Kaikoura vessel']);
  });
  it('a colon list item "A in B, named X": the item, not the clause before the colon', () => {
    const text = 'Best Pub went to the Red Lion, a coaching inn in Malton whose garden grows its herbs, and two more Wensleydale businesses were among the winners: Dale Tearoom in Hawes, named Tea Room of the Year, and Fell Bikes of Sedbergh, which took Experience of the Year.';
    expect(en(text)).toEqual([
      'Best Pub -> Red Lion', 'Tea Room of the Year -> Dale Tearoom', 'Experience of the Year -> Fell Bikes',
    ]);
  });
  it('"it won him the award for X": "him", not "it", receives it', () => {
    const text = 'Producer Anoma Perera collected the Best Drama award. Its writer, Kasun Silva, worked on the script for two years, and it won him the award for Best Drama Script.';
    expect(en(text)).toEqual(['Best Drama -> Anoma Perera', 'award for Best Drama Script -> Kasun Silva']);
  });
  it('"the Best Actor category, which was shared by A and B": both', () => {
    const text = 'The jury split the Best Actress category, which was shared by Nimali Fernando, who plays a teacher, and Dilini Jayasuriya, the lead in a family drama.';
    expect(en(text)).toEqual(['Best Actress -> Nimali Fernando', 'Best Actress -> Dilini Jayasuriya']);
  });
  it('"Each X winner receives …": "Each" opens the sentence, not the award\'s name', () => {
    const text = 'Kavya Rao received the Rajiv Trophy on Friday. Each Rajiv Trophy winner receives a scroll and a cash prize.';
    expect(en(text)).toEqual(['Rajiv Trophy -> Kavya Rao']);
  });
  it('"The X Award … went in the regular category to four coaches, among them A": the award named before, not a category', () => {
    const text = 'The Vanguard Award, instituted in 1990 to honour coaches, went in the regular category to four coaches, among them Ravi Menon, who trains sprinters.';
    expect(en(text)).toEqual(['Vanguard Award -> Ravi Menon']);
  });
  it('"…, and on Friday became the first athlete to receive X": the first clause\'s subject', () => {
    const text = 'Anjali Verma set a national record in May. She was awarded the Padma Shri in January, and on Friday became the first athlete from Sikkim to receive the Khel Ratna.';
    expect(en(text)).toEqual(['Padma Shri -> Anjali Verma', 'Khel Ratna -> Anjali Verma']);
  });
  it('"The X Award, first given in 1961, was presented to 26 athletes. Among them were A and B": the award\'s history is no past honour', () => {
    const text =
      'Rohan Das received the Jyoti Medal from the President on Friday. The Arjun Award, first given in 1961, was presented to 20 athletes this year. ' +
      'Among them were boxer Vikas Rana of Dehradun, who won gold, and Meera Kujur, the goalkeeper from Simdega.';
    // (A publication date makes 1961 a past year.)
    const dated = awardLines(computeFacts({ text, lang: 'en', publishedTime: '2026-11-14' }));
    expect(dated).toEqual(['Jyoti Medal -> Rohan Das', 'Arjun Award -> Vikas Rana', 'Arjun Award -> Meera Kujur']);
  });
  it('"His mother, B, accepted X on his behalf": the son, not the mother named in the sentence', () => {
    const text = 'Liam Doherty was 20 when he died. His mother, Ann Doherty, accepted the Star of Courage on his behalf from the Governor, Mary Byrne.';
    expect(en(text)).toEqual(['Star of Courage -> Liam Doherty']);
  });
  it('"awards: A, who …, took the X award": an item with its own verb is no list of awards', () => {
    const text = 'Two volunteers came home with category awards: Seán Walsh, who coaches a walking football group in Westport, took the Sport and Recreation award, and Orla Byrne of Swinford won the Youth award.';
    expect(en(text)).toEqual(['Sport and Recreation award -> Seán Walsh', 'Youth award -> Orla Byrne']);
  });
  it('"She collected it from the Minister, B, after being announced as winner of X": the pronoun\'s person, not B', () => {
    const text = 'Aoife Kelly founded the club in 2019. She collected the award from the Minister for Sport, Ciara Nolan, after first being announced as winner of the Health award.';
    expect(en(text)).toEqual(['Health award -> Aoife Kelly']);
  });
  it('a category\'s champion: "named Drinks Champion", "won Bakery Champion", "the X Champion went to A", "crowned Champion of Champions"', () => {
    const text = 'Exmoor Cider was named Drinks Champion, Dunster Bakery won Bakery Champion, and the Meat Champion went to Brendon Farm Butchers.';
    expect(en(text)).toEqual(['Drinks Champion -> Exmoor Cider', 'Bakery Champion -> Dunster Bakery', 'Meat Champion -> Brendon Farm Butchers']);
    expect(en('Tor Valley Creamery was crowned Champion of Champions on Tuesday.')).toEqual(['Champion of Champions -> Tor Valley Creamery']);
    // (A sports title crowned is a contest's, not a producer's award: "crowned Wimbledon Champion" stays as it was.)
    expect(en('Liverpool won the Champions League in 2019.')).toEqual([]);
  });
  it('"wins X Award in near-unanimous vote": how it was won is not part of the name', () => {
    expect(en('Kai Lund won the NL Cy Young Award in near-unanimous vote.')).toEqual(['NL Cy Young Award -> Kai Lund']);
  });
  it('"A and B were among the X winners", "Among the other X awardees was C"', () => {
    expect(en('Ian Cole won the batting title, and Sam Reyes and centre fielder Tomás Vega were among the Rawlings Gold Glove Award winners.')).toEqual([
      'Rawlings Gold Glove Award -> Sam Reyes', 'Rawlings Gold Glove Award -> Tomás Vega',
    ]);
    expect(en('The Vigyan Shri went to Arun Mehta. Among the other Vigyan Shri awardees was Harpreet Kaur Sandhu, a scientist at Punjab Agricultural University, Ludhiana.')).toEqual([
      'Vigyan Shri -> Arun Mehta', 'Vigyan Shri -> Harpreet Kaur Sandhu',
    ]);
  });
  it('"…, a finalist for X, finished second, and the honor went to B": the award the sentence named aside', () => {
    const text = 'Nate Olsen took home a Silver Slugger Award on Nov. 5. Manager Hal Benning, a finalist for AL Manager of the Year, finished second, and the honor went to Aaron Tillman.';
    expect(en(text)).toEqual(['Silver Slugger Award -> Nate Olsen', 'AL Manager of the Year -> Aaron Tillman']);
  });
  it('"B, a Halifax firm that won X": a body described by "that"', () => {
    expect(en('The design is by Northwind Atelier, a Halifax firm that won a Governor General\'s Medal in Architecture in 2018.')).toEqual([
      "Governor General's Medal in Architecture -> Northwind Atelier",
    ]);
  });
  it('"was also presented to him posthumously": the pronoun\'s person; "awarded to her late husband" is no pronoun', () => {
    expect(en('Tan Wei Ming died in June. The Best Thesis Award was also presented to him posthumously.')).toEqual(['Best Thesis Award -> Tan Wei Ming']);
  });
  it('Indian honours by their last word ("Vigyan Shri", "Ekushey Padak"); "Yuva" qualifies a different award', () => {
    expect(en('The Kala Shri was conferred on Meera Iyer.')).toEqual(['Kala Shri -> Meera Iyer']);
    const text = 'Meena Rao won the Shanti Swarup Bhatnagar Prize in 1998. The Vigyan Yuva-Shanti Swarup Bhatnagar award went to Kavya Menon.';
    expect(en(text)).toEqual(['Shanti Swarup Bhatnagar Prize -> Meena Rao', 'Vigyan Yuva-Shanti Swarup Bhatnagar award -> Kavya Menon']);
  });
  it('a headline\'s "Pharmacy graduate from X wins Y": someone described, not the place', () => {
    expect(en('Nurul Huda Zainal received the Royal Education Award on Friday.', 'Pharmacy graduate from Kuala Kangsar wins Royal Education Award')).toEqual([
      'Royal Education Award -> Nurul Huda Zainal',
    ]);
  });
  it('"took the X award for the same series": what it was given for is not its name', () => {
    expect(en('Thandi Mokoena was named Journalist of the Year, and she also took the Investigative Journalism award for the same series.')).toEqual([
      'Journalist of the Year -> Thandi Mokoena', 'Investigative Journalism award -> Thandi Mokoena',
    ]);
  });
  it('a prize and a fellowship sharing a name are two awards; a fellowship one plans to apply for is none', () => {
    expect(en('Kiri Walker has won the Sargeson Prize. She held the Grimshaw Sargeson Fellowship in 2021.')).toEqual([
      'Sargeson Prize -> Kiri Walker', 'Grimshaw Sargeson Fellowship -> Kiri Walker',
    ]);
    expect(en('Kiri Walker has won the Sargeson Prize. She plans to apply for the Grimshaw Sargeson Fellowship next year.')).toEqual(['Sargeson Prize -> Kiri Walker']);
  });
  it('"received no medal for that result": no award', () => {
    expect(en('The Kitalya team, which came second in the shooting competition, received no medal for that result.')).toEqual([]);
  });
  it('"A group of swimmers who … received the overall X": the group named next, not a person named between', () => {
    const text =
      'A group of open water swimmers who pulled two kayakers from Lough Ree received the overall Chairperson\'s Award on Friday. ' +
      'The chairman of the council, Declan Murray, presented the awards. The Lecarrow Open Water Swimmers swim there every evening.';
    expect(en(text)).toEqual(["Chairperson's Award -> Lecarrow Open Water Swimmers"]);
  });
  it('"was named 4A Football Coach of the Year": a class in digits opens the title', () => {
    expect(en("Cheyenne Central's Mark Ruiz was named 3A Football Coach of the Year after a perfect season.")).toEqual(['3A Football Coach of the Year -> Mark Ruiz']);
  });
  it('"presented X to the Y Service\'s Garissa branch": a branch of a named body', () => {
    expect(en("The association presented a Certificate of Recognition to the Kenya Library Service's Wajir branch, whose camel library carries books.")).toEqual([
      "Certificate of Recognition -> Kenya Library Service's Wajir branch",
    ]);
  });
  it('"A holds the X plaque awarded to her late husband, B": held for someone else', () => {
    const text = 'Dale Werner was inducted into the Coaches Hall of Fame. Carol Werner holds the Coaches Hall of Fame plaque awarded to her late husband, Dale, on Saturday.';
    expect(en(text)).toEqual(['Coaches Hall of Fame -> Dale Werner']);
  });
  it('"X went to A of P, and Y to B": the second category, its verb left out, is not in the first list', () => {
    expect(en('Volleyball Coach of the Year went to Janelle Lone Elk of Riverton, and Girls Basketball Coach of the Year to Tom Ostrow of Sheridan.')).toEqual([
      'Volleyball Coach of the Year -> Janelle Lone Elk', 'Girls Basketball Coach of the Year -> Tom Ostrow',
    ]);
  });
});


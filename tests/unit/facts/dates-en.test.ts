import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../../lib/facts/index';
import { dateValues } from './date-helpers';

// 2019-11-20 is a Wednesday.
const en = (text: string, pub: string | null = '2019-11-20') => dateValues(text, 'en', pub);

describe('English dates', () => {
  it('reads month names with days and years', () => {
    expect(en('Talks began on March 3, 2015 and ended 3 March. The Wednesday, November 20, 2019 hearing ran long.')).toEqual([
      '2015-03-03', '2019-03-03', '2019-11-20',
    ]);
    expect(en('Trump’s July 25th call; a key September conversation; the 3rd of June; Aug. 9; in September 2013.')).toEqual([
      '2019-07-25', '2019-09', '2019-06-03', '2019-08-09', '2013-09',
    ]);
  });

  it('reads years that name a point in time, not quantities or decades', () => {
    expect(en('In 2019 sales rose. Since 1996 it grew. The 2012 Olympics. Trump’s 2016 campaign. The Act of 1940. Mid-2020.')).toEqual([
      '2019', '1996', '2012', '2016', '1940', '2020',
    ]);
    expect(en('About 2,000 people and 2000 people came; 45% agreed; the 1990s; the 20th anniversary; the 21st century.')).toEqual([]);
    expect(en('Music of the 1990’s and of 1980’s bands; the late 1800s.')).toEqual([]);
    expect(en('It lasted three years. He is 68. The 25th Amendment. Call 555-1234. Open 24/7 since 9/11.')).toEqual([]);
  });

  it('tells the month May from the verb and the name', () => {
    expect(en('May I ask? Theresa May spoke. Prices may rise in May. It closed May 5. Due May 2020.')).toEqual([
      '2019-05', '2019-05-05', '2020-05',
    ]);
    // "will … in March", written in November 2019: the coming March.
    expect(en('They will march in March; the Sat. edition of the Sun.')).toEqual(['2020-03']);
    expect(en('They marched in March; the Sat. edition of the Sun.')).toEqual(['2019-03']);
  });

  it('reads ranges with both ends', () => {
    expect(en('From 2011 to 2013 they ruled; between 2002 and 2005; the 2019-20 season; March 3-5, 2015; 3-5 June.')).toEqual([
      '2011..2013', '2002..2005', '2019..2020', '2015-03-03..2015-03-05', '2019-06-03..2019-06-05',
    ]);
    // (A year written once at the end belongs to both ends: not the next January 1 after publication.)
    expect(en('It covered recordings released between January 1 and December 31, 2018.')).toEqual(['2018-01-01..2018-12-31']);
  });

  it('resolves relative days in the direction of the text', () => {
    expect(en('He testified on Tuesday. She will meet on Sunday. The vote is set for Friday. It ended Wednesday night.')).toEqual([
      '2019-11-19', '2019-11-24', '2019-11-22', '2019-11-20',
    ]);
    expect(en('Yesterday the Senate voted; tomorrow the House votes. Last Wednesday it rained; next Monday it snows.')).toEqual([
      '2019-11-19', '2019-11-21', '2019-11-13', '2019-11-25',
    ]);
    expect(en('On Tuesday President Trump said no, in the Sunday Metropolitan section.')).toEqual(['2019-11-19']);
    expect(en('Last month he quit. Earlier this year he left; next year he returns. Last year was bad. In January it began.')).toEqual([
      '2019-10', '2019', '2020', '2018', '2019-01',
    ]);
  });

  it('leaves out vague references, named days and everything relative without a publication date', () => {
    expect(en('He left last week. It began 10 years ago. Recently he moved. Last fall voters chose. The next year, he left.')).toEqual([]);
    expect(en('In the last year crime fell. Super Tuesday looms; the Sunday Times reported.')).toEqual([]);
    expect(en('He testified on Tuesday; last month he quit; yesterday he left.', null)).toEqual([]);
    expect(en('The festival runs until 20 February. It began in 2002.', null)).toEqual(['?', '2002']);
  });

  it('orders numeric dates by the page locale', () => {
    expect(en('The summit on 11/4/2013 and the one on 24/11/2016.')).toEqual(['2013-11-04', '2016-11-24']);
    const uk = computeFacts({ text: 'The summit on 11/4/2013.', lang: 'en', locale: 'en-GB', publishedTime: null });
    expect(uk.dates.map((d) => d.value)).toEqual(['2013-04-11']);
  });

  it('drops datelines, which are the page’s date widget', () => {
    const text = 'Headline here\n\nPublished 7:07 PM EST Nov 19, 2019\n\nTwo officers were charged Tuesday with falsifying records.';
    expect(en(text)).toEqual(['2019-11-19']);
    expect(computeFacts({ text, lang: 'en', publishedTime: '2019-11-19' }).dates[0]?.text).toBe('Tuesday');
  });
});

describe('English dates: relative years, possessive months, event years', () => {
  const en2 = (text: string, pub: string | null = '2019-11-20') => dateValues(text, 'en', pub);
  it('reads "6 April next year" against the publication date', () => {
    expect(en2('The rule applies from 9 May next year and ended on 2 March last year.')).toEqual(['2020-05-09', '2018-03-02']);
    expect(en2('The rule applies from 9 May next year.', null)).toEqual([]);
  });
  it('reads a month after a possessive and a year before an event noun', () => {
    expect(en2('The bank revised its March forecast.')).toEqual(['2019-03']);
    expect(en2('She wins 2018 Pulitzer prize for her reporting.', null)).toEqual(['2018']);
  });
  it('does not fix a day-month from a lone full date', () => {
    expect(en2('He was jailed on 14 March 2018. A hearing is due on 3 July.', null)).toEqual(['2018-03-14', '?']);
  });

  it('reads British pages day first without a region, month-of-year relatives and worded day ranges', () => {
    const uk = 'Ms Osei will join on 1 February 2027. Ofwat fined the firm £3.5m in a decision dated 05/03/2025.';
    expect(en(uk, '2026-11-25')).toEqual(['2027-02-01', '2025-03-05']);
    expect(en('The talks were set for 05/03/2025, said John Smith on March 2.', '2026-11-25')).toEqual(['2025-05-03', '2026-03-02']);
    expect(en('He retires in March next year. Investitures run between 7 and 9 July.', '2026-06-12')).toEqual(['2027-03', '2026-07-07..2026-07-09']);
    expect(en('He will be given the freedom of the city in September.', '2026-06-12')).toEqual(['2026-09']);
  });
});


describe('English dates: fiscal years (session 3)', () => {
  it('"in fiscal 2027", "fiscal year 2028" name the year', () => {
    expect(dateValues('Revenue should grow in fiscal 2027 and again in fiscal year 2028.', 'en', '2026-11-20')).toEqual(['2027', '2028']);
  });
});

describe('English dates: coming months after "would", "another", "until at least" (session 3)', () => {
  it('a month the sentence looks forward to is the next one after publication', () => {
    expect(dateValues('The family said they would be in court in February.', 'en', '2026-11-19')).toEqual(['2027-02']);
    expect(dateValues('Markets expect another reduction in February. The bank cut rates in August.', 'en', '2026-11-26')).toEqual(['2027-02', '2026-08']);
  });
});

describe('English dates: several days sharing one month (session 4)', () => {
  it('"on 2 and 3 October", "12, 13 and 14 June 2025", "October 2 and 3" are one date each; ranges stay ranges', () => {
    expect(en('She was seen at the clinic on 4 and 5 October.')).toEqual(['2019-10-04', '2019-10-05']);
    expect(en('Hearings were held on 12, 13 and 14 June 2025.')).toEqual(['2025-06-12', '2025-06-13', '2025-06-14']);
    expect(en('The talks took place on October 8 and 9 in Geneva.')).toEqual(['2019-10-08', '2019-10-09']);
    expect(en('Between 7 and 9 July the road is closed.')).toEqual(['2019-07-07..2019-07-09']);
    // A count after a date is not a second day.
    expect(en('Polls closed on March 3 and 5 people were hurt.')).toEqual(['2019-03-03']);
  });
});

describe('English dates: years closing a name, coming weekdays in the present tense (session 4)', () => {
  it('"the Fraud Act 2006", "World Cup 2026"; "face TNT on Wednesday", "rising into Sunday" look forward', () => {
    expect(en('He admitted an offence under the Fraud Act 2006.')).toEqual(['2006']);
    // 2019-11-20 is a Wednesday.
    expect(en('The Gin Kings face TNT on Friday. Levels could keep rising into Sunday. Prices rose on Monday.')).toEqual(['2019-11-22', '2019-11-24', '2019-11-18']);
  });
});

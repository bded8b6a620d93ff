import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../../lib/facts/index';

const dates = (text: string) => computeFacts({ text, lang: 'en', publishedTime: '2026-11-20' }).dates.map((d) => `${d.text} => ${d.value}`);

describe('English relative dates (session 15)', () => {
  it('"is due back on Thursday", "are due on Monday": a coming day (the article is of Friday 20 November)', () => {
    expect(dates('He is due back on the wards on Thursday night.')).toEqual(['on Thursday => 2026-11-26']);
    expect(dates('The results are due on Monday.')).toEqual(['on Monday => 2026-11-23']);
    expect(dates('The match was abandoned on Tuesday.')).toEqual(['on Tuesday => 2026-11-17']);
  });
});

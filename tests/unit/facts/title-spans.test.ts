import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../../lib/facts';
import { validateFacts } from '../../../lib/contract/facts';

describe('facts read from the title', () => {
  it('a title date has a span into the title as given (leading space kept)', () => {
    const title = '  Sáng 24/11/2023, lễ kỷ niệm';
    const text = 'Nội dung bài viết.';
    const facts = computeFacts({ text, lang: 'vi', publishedTime: null, title });
    const d = facts.dates.find((f) => f.source === 'title')!;
    expect(title.slice(d.span.start, d.span.end)).toBe(d.text);
    expect(validateFacts(facts, text, { title })).toEqual([]);
  });

  it('places, organisations and figures named only in the title are not facts (their spans must be into the text)', () => {
    const en = computeFacts({ text: 'Residents met.', lang: 'en', publishedTime: null, title: 'Ministry of Finance opens office in Hanoi' });
    expect(en.organizations).toEqual([]);
    expect(en.places).toEqual([]);
    const fig = computeFacts({ text: 'Residents met.', lang: 'en', publishedTime: null, title: '12 km' });
    expect(fig.figures).toEqual([]);
  });

  it('a name in both title and body points into the body and keeps its title mention', () => {
    const title = 'Ministry of Finance opens office';
    const text = 'The Ministry of Finance said on Monday it would open an office.';
    const facts = computeFacts({ text, lang: 'en', publishedTime: null, title });
    const org = facts.organizations.find((o) => o.name === 'Ministry of Finance');
    expect(org).toBeDefined();
    expect(text.slice(org!.span.start, org!.span.end)).toBe('Ministry of Finance');
    expect(org!.mentions.some((m) => m.source === 'title')).toBe(true);
    expect(validateFacts(facts, text, { title })).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext, computeFacts } from '../../../lib/facts/index';
import { packFor } from '../../../lib/facts/languages/registry';

const reference = readFileSync(new URL('../../fixtures/facts/vi-dangcongsan-anniversary.txt', import.meta.url), 'utf8');

describe('computeFacts', () => {
  it('picks the pack by primary language tag', () => {
    expect(packFor('vi-VN').pack.code).toBe('vi');
    expect(packFor('EN_gb').pack.code).toBe('en');
    expect(packFor('fr')).toMatchObject({ supported: false });
    const facts = computeFacts({ text: 'Hello.', lang: 'en-GB', publishedTime: null });
    expect(facts).toMatchObject({ lang: 'en', supported: true });
  });

  it('reads only numeric dates and figures in a language without a pack', () => {
    const text =
      'Le sommet du 24/11/2016 a réuni 2 000 personnes. Le 3 mars, hier et mardi, rien. Le rapport du 2019-11-20 prévoit 45 % et 12 €.';
    const facts = computeFacts({ text, lang: 'fr', publishedTime: '2019-11-21' });
    expect(facts).toMatchObject({ lang: 'fr', supported: false, officials: [], awards: [] });
    expect(facts.dates.map((d) => d.value)).toEqual(['2016-11-24', '2019-11-20']);
    expect(facts.figures.map((f) => [f.value, f.unit])).toEqual([[45, '%'], [12, '€']]);
  });

  it('normalises NFD input; spans index the NFC text', () => {
    const nfd = reference.normalize('NFD');
    const facts = computeFacts({ text: nfd, lang: 'vi', publishedTime: null });
    const nfc = nfd.normalize('NFC');
    expect(facts.dates.map((d) => d.value)).toEqual(['2016-11-24', '1996-11-25', '2013-11-04']);
    for (const d of facts.dates) expect(nfc.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  it('reads a date that stands only in the title, marked as such', () => {
    const title = 'Kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017)';
    const facts = computeFacts({ text: 'Lễ kỷ niệm diễn ra trang trọng tại Hà Nội.', title, lang: 'vi', publishedTime: null });
    expect(facts.dates).toEqual([expect.objectContaining({ value: '1947-07-27', end: '2017-07-27', source: 'title' })]);
    expect(title.slice(facts.dates[0]!.span.start, facts.dates[0]!.span.end)).toBe('27/7/1947 - 27/7/2017');
    // A title repeated as the first paragraph is read once, from the text.
    const again = computeFacts({ text: `${title}\n\nLễ kỷ niệm diễn ra.`, title, lang: 'vi', publishedTime: null });
    expect(again.dates.map((d) => d.source)).toEqual([undefined]);
  });

  it('summarises with the lead and the sentences densest in facts, deterministically', () => {
    const input = { text: reference, lang: 'vi', publishedTime: '2016-11-24T11:20:00+07:00' };
    const first = computeFacts(input);
    expect(first.summary.length).toBeGreaterThanOrEqual(2);
    expect(first.summary.length).toBeLessThanOrEqual(3);
    expect(first.summary[0]).toContain('Sáng 24/11');
    expect(computeFacts(input).summary).toEqual(first.summary);
  });

  it('copes with empty text', () => {
    expect(computeFacts({ text: '', lang: 'vi', publishedTime: null })).toMatchObject({ dates: [], summary: [], supported: true });
  });
});

describe('date extraction speed', () => {
  it('stays linear on adversarial input (long runs of digits, separators, keywords)', () => {
    const inputs = ['1/'.repeat(50_000), '2016-'.repeat(20_000), '9'.repeat(100_000), 'ngày '.repeat(20_000), '('.repeat(50_000)];
    for (const text of inputs) {
      for (const lang of ['vi', 'en']) {
        const start = performance.now();
        const { pack } = packFor(lang);
        pack.dates(buildContext({ text, lang, publishedTime: '2016-11-24' }, pack.abbreviations));
        // Quadratic scans took 18 s here; linear ones take well under a second even on a busy machine.
        expect(performance.now() - start).toBeLessThan(3000);
      }
    }
  });
});

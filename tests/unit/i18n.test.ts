import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Messages;

describe('locales', () => {
  const en = load('en');
  const vi = load('vi');

  it('English and Vietnamese name the same strings', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: filled in both, with the same placeholders', (key) => {
    for (const messages of [en, vi]) {
      const entry = messages[key]!;
      expect(entry.message.trim()).not.toBe('');
      // Every $NAME$ used has a placeholder, and every placeholder is used.
      const used = [...entry.message.matchAll(/\$([A-Za-z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      expect(used).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
    expect(Object.keys(vi[key]!.placeholders ?? {})).toEqual(Object.keys(en[key]!.placeholders ?? {}));
  });
});

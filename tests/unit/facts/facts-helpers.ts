import { readFileSync } from 'node:fs';
import { computeFacts } from '../../../lib/facts/index';
import type { Facts } from '../../../lib/facts/types';

/** Facts of a hand-written text (no publication date unless given). */
export function factsOf(lang: string, text: string, title?: string): Facts {
  return computeFacts({ text, lang, publishedTime: null, ...(title ? { title } : {}) });
}

/** Officials as "Name | title; title" lines, for compact expectations. */
export function officialLines(f: Facts): string[] {
  return f.officials.map((o) => `${o.name} | ${o.titles.join('; ')}`);
}

/** Awards as "Name -> recipient" lines. */
export function awardLines(f: Facts): string[] {
  return f.awards.map((a) => `${a.name} -> ${a.recipient ?? '-'}`);
}

/** A fixture under tests/fixtures/facts. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/facts/${name}`, import.meta.url), 'utf8');
}

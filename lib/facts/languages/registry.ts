/**
 * Language code → pack. Adding a language is adding its folder under languages/ and one line here.
 */
import { enPack } from './en';
import { neutralPack } from './neutral';
import type { LanguagePack } from './types';
import { viPack } from './vi';

const PACKS: ReadonlyMap<string, LanguagePack> = new Map([
  ['vi', viPack],
  ['en', enPack],
]);

/** The primary subtag of a BCP 47 tag, lower case ("en-GB" → "en"); "und" when empty. */
export function primaryLanguage(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase() || 'und';
}

/** The pack for a language tag, or the neutral pack (`supported: false`) when there is none. */
export function packFor(tag: string): { pack: LanguagePack; supported: boolean } {
  const pack = PACKS.get(primaryLanguage(tag));
  return pack ? { pack, supported: true } : { pack: neutralPack, supported: false };
}

/** Codes of the languages with a pack. */
export const supportedLanguages: readonly string[] = [...PACKS.keys()];

/**
 * Reading speed. English prose is read at about 230 words a minute (Brysbaert 2019 puts silent
 * reading at 238). Vietnamese is counted in syllables, each written as its own token; readers
 * get through roughly 220 of them a minute, since one word is often two syllables.
 */
const WPM: Record<string, number> = { vi: 220 };
const DEFAULT_WPM = 230;

/** Words in `text`; for Vietnamese, syllables (whitespace-separated tokens with a letter or digit). */
export function countWords(text: string, lang: string): number {
  if (lang === 'vi') return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read `words` in `lang`, at least 1 for any text. */
export function readingMinutes(words: number, lang: string): number {
  return words > 0 ? Math.max(1, Math.ceil(words / (WPM[lang] ?? DEFAULT_WPM))) : 0;
}

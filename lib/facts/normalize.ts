/**
 * Unicode helpers shared by the facts engine and the library search.
 *
 * Every function here keeps the length of NFC input unchanged where it can, so an offset found
 * in the transformed string is the same offset in the original text.
 */

/** Canonical composition: the form every extractor works on. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

// Vietnamese tone marks (as combining characters after NFD).
const TONES = '\u0300\u0301\u0303\u0309\u0323';
// Old-style placement puts the tone on the second vowel of an open "oa", "oe" or "uy" syllable
// ("hoà", "khoẻ", "thuý"); the new style, used by most newsrooms today, puts it on the first
// ("hòa", "khỏe", "thúy"). "qu" + "y" is not such a pair: "quý" is right in both styles.
const OLD_STYLE = new RegExp(
  `(?<![qQ])([oO])([aAeE])([${TONES}])(?![\\p{L}\\p{M}])|(?<![qQ])([uU])([yY])([${TONES}])(?![\\p{L}\\p{M}])`,
  'gu',
);

/**
 * Moves Vietnamese tone marks to the new-style position ("Hoà" → "Hòa", "Thuý" → "Thúy",
 * "Khoẻ" → "Khỏe") so both spellings compare equal. Returns NFC; length is preserved for NFC input.
 */
export function canonicalTones(text: string): string {
  const composed = nfc(text);
  // Fast path: almost every string has nothing to move.
  if (!/[oOuU][\u00C0-\u1EF9]/u.test(composed)) return composed;
  return composed
    .normalize('NFD')
    .replace(OLD_STYLE, (_m, o, a, t1, u, y, t2) => (o ? `${o}${t1}${a}` : `${u}${t2}${y}`))
    .normalize('NFC');
}

const MARKS = /\p{M}+/gu;

/** One character folded: marks removed, đ → d, lower case. */
function foldChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  if (ch === 'đ' || ch === 'Đ') return 'd';
  return ch.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * Folds text for search and comparison: NFD, diacritics removed, đ → d, lower case
 * ("Hòa Bình" → "hoa binh"). Characters that fold to a different length (rare: "İ", stray
 * combining marks) are handled by `foldWithOffsets`, which also maps back into the original.
 */
export function fold(text: string): string {
  return foldWithOffsets(text).folded;
}

/** `fold` plus, for every folded code unit, the offset of the original character it came from. */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) offsets.push(i);
    i += ch.length;
  }
  return { folded, offsets };
}

/** Equality for Vietnamese names and titles: old/new tone placement and letter case ignored. */
export function sameText(a: string, b: string): boolean {
  return canonicalTones(a).toLocaleLowerCase('vi') === canonicalTones(b).toLocaleLowerCase('vi');
}

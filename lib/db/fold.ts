/**
 * Text keys for the library. Kept here, not in lib/facts, on purpose: the stored search and facts
 * indexes are built from these functions, so changing them needs a schema version that rebuilds
 * the indexes; the facts engine must stay free to change its own folding.
 */

// Vietnamese tone marks (grave, acute, tilde, hook above, dot below); the vowel-quality marks
// (circumflex, breve, horn) are not tones and stay where they are.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const MARKS = /\p{Mn}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const EDGE_PUNCT = /^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu;
/** Longer "words" are URLs, hashes or unsegmented scripts: not worth an index entry. */
const MAX_TOKEN = 40;

/** Search folding: compatibility-decompose, strip marks, đ→d, lower case ("Hoà"/"Hòa"/"hoa" → "hoa"). */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/đ/g, 'd');
}

/** Folded words of `s` in order, repeats kept. */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  for (const w of fold(s).split(NON_WORD)) if (w && w.length <= MAX_TOKEN) out.push(w);
  return out;
}

/**
 * Key of a fact value: lower case, spaces collapsed, diacritics kept (Thành ≠ Thanh) but the tone
 * moved to the end of each word so old and new tone placement agree ("hoà" = "hòa").
 */
export function factKey(s: string): string {
  const words = s.normalize('NFD').toLowerCase().replace(EDGE_PUNCT, '').split(/\s+/);
  return words
    .map((w) => {
      const tones = w.match(TONES);
      return tones ? w.replace(TONES, '') + tones.join('') : w;
    })
    .join(' ')
    .normalize('NFC');
}

/** True when `key` equals `wanted` or continues it with a new word ("… lao động" → "… lao động hạng nhất"). */
export function keyExtends(key: string, wanted: string): boolean {
  if (!key.startsWith(wanted)) return false;
  const next = key.charAt(wanted.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next);
}

const encoder = new TextEncoder();

/** FNV-1a 64-bit over the UTF-8 bytes of `s`, as 16 hex digits; 32-bit halves keep it fast without BigInt. */
export function fnv1a64(s: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(s)) {
    lo = (lo ^ byte) >>> 0;
    // Multiply by the FNV prime 2^40 + 0x1b3: lo*0x1b3 is exact in a double (< 2^41).
    const l = lo * 0x1b3;
    const carry = Math.floor(l / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + (lo << 8) + carry) >>> 0;
    lo = l >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** Below this many normalised characters, texts (paywall stubs, "page not found") are too alike to dedupe on. */
export const MIN_HASH_CHARS = 200;

/**
 * Hash of an article's normalised text (folded words joined by single spaces), so the same
 * content under another URL is recognised; '' when the text is too short to identify anything.
 */
export function contentHash(text: string): string {
  const normal = tokenize(text).join(' ');
  return normal.length < MIN_HASH_CHARS ? '' : fnv1a64(normal);
}

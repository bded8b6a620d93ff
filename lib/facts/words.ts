/**
 * Word tokens with absolute offsets, and a phrase trie over them: the one tokenizer the
 * officials, awards and entity extractors share, so spans agree across them.
 */

/** One token of a sentence: a word (letters/digits with inner joiners) or one punctuation mark. */
export interface Tok {
  text: string;
  start: number;
  end: number;
  /** Lower case, old/new tone placement unified ("hoà" -> "hòa"), soft hyphens removed. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Starts with a letter or digit (false for punctuation). */
  word: boolean;
}

// A token is a run of letters, digits and soft hyphens, where inner joiners keep "T-Mobile", "GD&ĐT",
// "TP.HCM", "O'Rourke" whole (a possessive "'s" is split off below), or any other non-space character:
// /[\p{L}\p{N}\u00AD]+(?:['’&.\-][\p{L}\p{N}\u00AD]+)*|\S/u, scanned by hand since tokenizing is a
// large share of facts time. Classes of characters past ASCII are looked up once and kept.
const WORD_CHAR = /^[\p{L}\p{N}\u00AD]$/u;
const SPACE = /^\s$/u;
const classes = new Map<number, number>(); // code point -> 1 word character, 2 space, 3 other
function classOf(c: number): number {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : c === 32 || (c >= 9 && c <= 13) ? 2 : 3;
  let k = classes.get(c);
  if (k === undefined) {
    if (classes.size >= CACHE_LIMIT) classes.clear();
    const ch = String.fromCodePoint(c);
    classes.set(c, (k = WORD_CHAR.test(ch) ? 1 : SPACE.test(ch) ? 2 : 3));
  }
  return k;
}
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 38 || c === 46 || c === 45;
// Past the run of word characters from i (code points, so a letter outside the BMP counts whole).
function runEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.codePointAt(i)!;
    if (classOf(c) !== 1) break;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}
const APOSTROPHES = new Set(["'", '’']);
const UPPER = /^\p{Lu}/u;
const WORDISH = /^[\p{L}\p{N}]/u;

// Old-style tone placement ("hoà", "uỷ") -> the form dictionaries use ("hòa", "ủy"). Only open
// syllables differ: "toản", "huỳnh" (with a final consonant) are the same in both styles.
const TONE: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const TONE_RE = /(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/gu;

// Words repeat (a news article has a few hundred distinct ones), so both keys are memoised; the
// caches are dropped when they grow past a bound, which keeps memory flat on any input.
const CACHE_LIMIT = 20_000;
export function memo<V>(f: (s: string) => V): (s: string) => V {
  let cache = new Map<string, V>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= CACHE_LIMIT) cache = new Map();
      cache.set(s, (v = f(s)));
    }
    return v;
  };
}

/** Lower-cases and unifies Vietnamese tone placement; drops soft hyphens. */
export const canon = memo((s) => s.toLowerCase().replace(/\u00AD/g, '').replace(TONE_RE, (m) => TONE[m] ?? m));

/** Diacritic-free comparison key ("Hòa" = "Hoà" = "hoa"; "Đ" -> "d"), punctuation to spaces. */
export const foldKey = memo((s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

interface Word {
  text: string;
  hash: number;
  lower: string;
  cap: boolean;
  word: boolean;
}

// Per distinct word with a character past ASCII (a Vietnamese syllable, a curly quote): its key and
// class, computed once. A word seen before is found in this open-addressing table by a hash of its
// characters, without cutting it out of the sentence or hashing a new string for a Map. The table is
// emptied when half full, which keeps memory flat on any input.
const SLOTS = 1 << 12; // (small, so it stays in cache: an article has a few hundred distinct words)
let table: (Word | undefined)[] = new Array<Word | undefined>(SLOTS);
let filled = 0;

function wordAt(text: string, from: number, to: number): Word {
  let h = 0;
  for (let j = from; j < to; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
  let s = h & (SLOTS - 1);
  for (let w = table[s]; w; w = table[(s = (s + 1) & (SLOTS - 1))]) {
    if (w.hash === h && w.text.length === to - from && text.startsWith(w.text, from)) return w;
  }
  if (filled >= SLOTS / 2) {
    table = new Array<Word | undefined>(SLOTS);
    filled = 0;
    s = h & (SLOTS - 1);
  }
  const t = text.slice(from, to);
  const w: Word = { text: t, hash: h, lower: canon(t), cap: UPPER.test(t), word: WORDISH.test(t) };
  table[s] = w;
  filled++;
  return w;
}

// An ASCII word needs no table: its key is its lower case (no tone marks, no soft hyphen) and its
// class is its first character's. Computing that is cheaper than a lookup the cache has lost.
function make(text: string, from: number, to: number, offset: number): Tok {
  let ascii = true;
  for (let j = from; j < to && ascii; j++) ascii = text.charCodeAt(j) < 128;
  if (ascii) {
    const t = text.slice(from, to);
    const c = t.charCodeAt(0);
    const cap = c >= 65 && c <= 90;
    return { text: t, start: offset + from, end: offset + to, lower: t.toLowerCase(), cap, word: cap || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) };
  }
  const w = wordAt(text, from, to);
  return { text: w.text, start: offset + from, end: offset + to, lower: w.lower, cap: w.cap, word: w.word };
}

/** Tokenizes `text`, whose first character sits at `offset` in the article. Linear time. */
export function tokenize(text: string, offset = 0): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!;
    const k = classOf(c);
    let e = i + (c > 0xffff ? 2 : 1);
    if (k === 2) {
      i = e;
      continue;
    }
    if (k === 1) {
      e = runEnd(text, e);
      while (e + 1 < text.length && isJoiner(text.charCodeAt(e)) && classOf(text.codePointAt(e + 1)!) === 1) e = runEnd(text, e + 1);
    }
    // A possessive "'s" after a word is a token of its own.
    if (e - i > 2 && text.charCodeAt(e - 1) === 115 && APOSTROPHES.has(text[e - 2]!)) {
      out.push(make(text, i, e - 2, offset), make(text, e - 2, e, offset));
    } else out.push(make(text, i, e, offset));
    i = e;
  }
  return out;
}

/** The text of tokens [from, to) as written in `source` (the article text). */
export function slice(source: string, toks: readonly Tok[], from: number, to: number): string {
  const a = toks[from];
  const b = toks[to - 1];
  return a && b && to > from ? source.slice(a.start, b.end).replace(/\u00AD/g, '') : '';
}

/** Whether the comma at k groups a number's digits ("1,200 workers"), not the words around it. */
export function numberComma(toks: readonly Tok[], k: number): boolean {
  const [a, c, b] = [toks[k - 1], toks[k], toks[k + 1]];
  return !!a && !!b && c?.text === ',' && /^\d+$/.test(a.text) && /^\d{3}$/.test(b.text) && c.start === a.end && b.start === c.end;
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

/** A phrase trie keyed by `canon` tokens; built once at module load. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  /** Adds a phrase (tokenized like article text) with its value; later adds win. */
  add(phrase: string, value: V): void {
    let node = this.root;
    for (const t of tokenize(phrase)) {
      let n = node.next.get(t.lower);
      if (!n) node.next.set(t.lower, (n = { next: new Map() }));
      node = n;
    }
    node.value = value;
  }

  /** True when some phrase starts with the word `lower` (a `canon` key). */
  opens(lower: string): boolean {
    return this.root.next.has(lower);
  }

  /** Longest phrase starting at token `i`: its end index (exclusive) and value, or null. */
  match(toks: readonly Tok[], i: number): { end: number; value: V } | null {
    // (Most calls end at the first word, which no phrase starts with: that case returns first.)
    if (i < 0 || i >= toks.length) return null;
    let node = this.root.next.get(toks[i]!.lower);
    if (node === undefined) return null;
    let best: { end: number; value: V } | null = node.value !== undefined ? { end: i + 1, value: node.value } : null;
    for (let j = i + 1; j < toks.length; j++) {
      node = node.next.get(toks[j]!.lower);
      if (node === undefined) break;
      if (node.value !== undefined) best = { end: j + 1, value: node.value };
    }
    return best;
  }
}

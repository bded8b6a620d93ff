/**
 * Sentence splitting with offsets, per paragraph. Written by hand rather than with
 * Intl.Segmenter, which ends a sentence after "TP.", "Mr." or "U.S." and knows no Vietnamese
 * abbreviations; this one is a single linear pass over each line.
 */
import type { Sentence } from './context';

// A run of terminators with the closing quotes or brackets that belong to it, then a space or the
// end; or a full stop glued to a capitalised word ("Liên Xô.Đêm 27/12", "năm 1980.Ông"). (The
// lookbehind comes after the dot so the engine tries it only at a dot, not at every character.)
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s|$)|\.(?<=[\p{Ll}\p{N}]\.)(?=\p{Lu}\p{Ll})/gu;
// The word a mark follows (letters, digits, dots), scanned back from the mark: the regex
// /[\p{L}\p{N}.]*$/u it stands for tried every start position before it.
const TOKEN_CHAR = /^[\p{L}\p{N}.]$/u;
function tokenBefore(s: string): string {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    const w = c >= 0xdc00 && c <= 0xdfff && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1; // a pair is one letter
    if (!TOKEN_CHAR.test(s.slice(i - w, i))) break;
    i -= w;
  }
  return s.slice(i);
}
const NEXT_WORD = /^\s*(["'“‘«(\[]?)(\p{L}+|\p{N})/u;

// Abbreviations that also end sentences ("… in the U.S. The …"): they end one only before a word
// that usually opens a sentence.
const CAN_END = new Set(['U.S', 'U.K', 'U.N', 'E.U', 'D.C', 'Inc', 'Corp', 'Co', 'Ltd', 'Jr', 'Sr', 'etc', 'a.m', 'p.m']);
const OPENERS = new Set(
  'The A An In It He She They We I But And This That These Those His Her Their Its On At For However After When While As If There Mr Mrs Ms Dr Some Many Most'.split(' '),
);

const VI_DEGREES = new Set(['TS', 'ThS', 'GS', 'PGS', 'BS', 'KS']);
const VI_OPENERS = new Set('Năm Hai Ba Bốn Sáu Bảy Tám Chín Mười Các Những Trong Tại Theo Sau Đây Đó Hiện Ngoài Khi Nhưng Tuy Riêng Cũng Chiều Sáng Tối'.split(' '));

/** Splits one paragraph line into trimmed sentence spans (offsets relative to `line`). */
function splitLine(line: string, abbreviations: ReadonlySet<string>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const end = m.index + m[0].length;
    if (end < line.length && !endsSentence(line, m.index, m[0], end, abbreviations)) continue;
    spans.push([start, end]);
    start = end;
  }
  if (start < line.length) spans.push([start, line.length]);
  return spans;
}

function endsSentence(line: string, at: number, mark: string, end: number, abbreviations: ReadonlySet<string>): boolean {
  const next = NEXT_WORD.exec(line.slice(end, end + 40));
  // Lower case, a comma or nothing usable after the mark: the sentence goes on ("... và", "?" she said).
  if (!next || !next[2] || /^\p{Ll}/u.test(next[2])) return false;
  if (!mark.startsWith('.')) return true;
  if (mark.startsWith('..')) return true;
  const token = tokenBefore(line.slice(Math.max(0, at - 30), at));
  if (!token) return true;
  // Initials ("George W. Bush", "Q. 1") and abbreviations do not end a sentence…
  const last = token.slice(token.lastIndexOf('.') + 1).replace(/^[-–]/, ''); // ("Lt.-Gov.")
  const abbreviated = /^\p{Lu}$/u.test(last) || abbreviations.has(token) || abbreviations.has(last);
  if (!abbreviated) return true;
  // …unless they are of the kind that can, followed by a typical sentence opener ("… tàu cá QNg 95128 TS. Năm cá nhân …":
  // a Vietnamese degree's letters end a code too, and a name, which always follows the degree, opens with no such word).
  return (CAN_END.has(token) && OPENERS.has(next[2])) || (VI_DEGREES.has(token) && VI_OPENERS.has(next[2]));
}

/**
 * Splits article text into sentences with character offsets into `text`. Paragraphs are separated
 * by blank lines; a single line break also ends a sentence. `abbreviations` are written without
 * their final dot ("TP", "Mr", "U.S", "GS.TS").
 */
export function splitSentences(text: string, abbreviations: readonly string[] = []): Sentence[] {
  const abbr = new Set(abbreviations);
  const out: Sentence[] = [];
  let paragraph = 0;
  // Lines with their offsets; a line that is blank (or only spaces) separates paragraphs.
  const LINE = /[^\n]*/g;
  let open = false;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const line = m[0];
    if (!line.trim()) {
      if (open) paragraph++;
      open = false;
      if (LINE.lastIndex >= text.length) break;
      LINE.lastIndex++;
      continue;
    }
    open = true;
    for (const [s, e] of splitLine(line, abbr)) {
      const raw = line.slice(s, e);
      const body = raw.trim();
      if (!body) continue;
      const start = m.index + s + (raw.length - raw.trimStart().length);
      out.push({ text: body, span: { start, end: start + body.length }, paragraph });
    }
    LINE.lastIndex = m.index + line.length + 1;
    if (LINE.lastIndex > text.length) break;
  }
  return out;
}

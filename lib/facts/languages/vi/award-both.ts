/**
 * "cả A lẫn B (cùng) được tặng X", "Cả Công ty Y và ông Z đều nhận X": a subject of two parts, each its
 * own recipient. A part may be a name, a body's short form ("HTX", "nhà trường") or a pronoun
 * ("cá nhân ông"); the caller resolves the last two against the story.
 */
import { np } from './award-phrases';
import { BODY_WORDS, type Sent } from './award-clauses';

export type BothPart = { text: string } | { body: string } | { pronoun: string };

// Where the subject ends: the verb group after it.
const VERB = /^(cùng|đều|được|đã|vừa|từng|nhận|đón|giành|đoạt|đạt|cũng)$/;
const PRONOUN = /^(ông|bà|anh|chị|cô|em|thầy)$/;

/** The two parts of a "cả … lẫn/và …" subject before the award at `from`, or [] when there is none. */
export function bothParts(s: Sent, from: number): BothPart[] {
  const { toks } = s.u;
  const ca = toks.findLastIndex((t, k) => k < from && t.lower === 'cả' && !/^(hai|ba|bốn|năm|nước|tuần|tháng|ngày|đời|đội)$/.test(toks[k + 1]?.lower ?? ''));
  if (ca < 0) return [];
  const conj = toks.findIndex((t, k) => k > ca + 1 && k < from && /^(lẫn|và)$/.test(t.lower));
  const end = toks.findIndex((t, k) => k > conj + 1 && k < from && VERB.test(t.lower));
  if (conj < 0 || end < 0 || toks.slice(ca, end).some((t) => /^[,;:.]$/.test(t.text))) return [];
  const part = (a: number, b: number): BothPart | null => {
    // "cá nhân ông", "bản thân bà": the person a pronoun stands for.
    const p = toks.slice(a, b).findIndex((t) => PRONOUN.test(t.lower));
    if (p >= 0 && a + p === b - 1) return { pronoun: toks[b - 1]!.lower };
    const body = BODY_WORDS.match(toks, a);
    if (body && body.end === b) return { body: toks.slice(a, b).map((t) => t.text).join(' ') };
    if (b === a + 1 && /^[A-ZĐ]{2,5}$/.test(toks[a]!.text)) return { body: toks[a]!.text }; // "HTX", "UBND"
    const text = np(s, a, b);
    return text ? { text } : null;
  };
  const parts = [part(ca + 1, conj), part(conj + 1, end)];
  return parts.every((x) => x) ? (parts as BothPart[]) : [];
}

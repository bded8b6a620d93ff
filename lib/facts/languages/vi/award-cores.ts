/**
 * Short forms of a prize named in full before: after "Giải thưởng Khoa học công nghệ Quả Cầu Vàng năm
 * 2026", a story writes "giành Quả Cầu Vàng", "Quả Cầu Vàng lĩnh vực X được trao cho chị". The short
 * form is the capitalised proper name closing the full name; it counts where it is won or given.
 */
import type { Tok } from '../../words';
import type { AwardSpan } from './award-find';
import { VI_GIVE, VI_RECEIVE } from './award-lexicon';

/** The proper name closing a prize's full name ("Quả Cầu Vàng"), as token texts, or null. */
export function coreOf(toks: readonly Tok[], a: AwardSpan): string[] | null {
  if (a.kind !== 'giai' && a.kind !== 'prize') return null;
  let e = a.to;
  while (e > a.from && (/^\d{4}$/.test(toks[e - 1]!.text) || toks[e - 1]!.lower === 'năm')) e--;
  let s = e;
  while (s > a.from + 1 && toks[s - 1]!.cap && toks[s - 1]!.word) s--;
  // Three words or more, none of them the head ("Giải thưởng") or a field opener of one word.
  return e - s >= 3 && toks[s - 1]!.word && !toks[s - 1]!.cap ? toks.slice(s, e).map((t) => t.text) : null;
}

/** Where a known short form stands in a sentence as the award won or given, with the full name it stands for. */
export function coreSpans(toks: readonly Tok[], cores: ReadonlyMap<string, string[]>, taken: readonly AwardSpan[]): Array<AwardSpan & { full: string }> {
  const out: Array<AwardSpan & { full: string }> = [];
  for (const [full, core] of cores) {
    for (let i = 0; i + core.length <= toks.length; i++) {
      if (!core.every((w, d) => toks[i + d]!.text === w)) continue;
      let to = i + core.length;
      if (toks[to]?.lower === 'năm' && /^\d{4}$/.test(toks[to + 1]?.text ?? '')) to += 2;
      if ([...taken, ...out].some((a) => a.from < to && i < a.to)) continue;
      const won = [1, 2, 3].some((d) => (VI_RECEIVE.match(toks, i - d)?.end ?? VI_GIVE.match(toks, i - d)?.end) === i);
      // ("Quả Cầu Vàng lĩnh vực Công nghệ thông tin được trao cho chị": given, a few words on.)
      const given = toks.slice(to, to + 8).findIndex((t, d) => t.lower === 'được' && !!VI_GIVE.match(toks, to + d + 1));
      // (The category runs to the verb: the span does too, so the verb reads as the award's own.)
      if (won) out.push({ from: i, to, kind: 'giai', full });
      else if (given >= 0 && toks.slice(to, to + given).every((t) => t.word)) out.push({ from: i, to: to + given, kind: 'giai', full });
    }
  }
  return out;
}

/**
 * Couples and pairs: "Hubert and Rosalind Ivany" are two people of one surname, and a later "the
 * couple" or "the pair" is those two.
 */
import type { Unit } from '../../units';
import { EN_GIVEN_NAMES } from './given-names';

interface Named {
  name: string;
  span: { start: number; end: number };
}

const given = (s: string | undefined): boolean => !!s && EN_GIVEN_NAMES.has(s.toLowerCase());

/** "Hubert and Rosalind Ivany": a given name alone before "and" and a full name shares its surname. */
export function sharedSurname<H extends Named>(u: Unit, out: H[]): H[] {
  return out.map((h, n) => {
    const next = out[n + 1];
    const words = next?.name.split(' ') ?? [];
    if (!next || u.source.slice(h.span.end, next.span.start) !== ' and ' || h.name.includes(' ') || words.length !== 2) return h;
    return given(h.name) && given(words[0]) ? { ...h, name: `${h.name} ${words[1]}` } : h;
  });
}

/** "Tony and Rosa Ferraro, …" opening a sentence: a given name alone, then "and" and a full name (not "Keith Moana and Ana Moana"). */
export const pairOpens = (toks: readonly Unit['toks'][number][], i: number): boolean =>
  !!toks[i]?.cap && given(toks[i]!.text) && !(toks[i - 1]?.cap && toks[i - 1]!.word) && toks[i + 1]?.lower === 'and' && given(toks[i + 2]?.text) && !!toks[i + 3]?.cap && !toks[i + 4]?.cap;

// ("On Monday night the couple collected X": past an opening time phrase with no comma.)
const PAIR = /^(?:(?:on|last|this|that|in|at|earlier|later)\s(?:[\p{L}\d]+\s){0,3})?(?:the )?(couple|pair|duo|twins|brothers|sisters|siblings)$/iu;
const COURTESY = /^(Dr|Mr|Mrs|Ms|Miss|Madam|Mdm|Prof|Professor|Datin|Datuk|Puan|Encik)\.?$/;

/** The two people "the couple" stands for, written "A and B Surname" or "A Surname and B Surname" in a recent sentence; else null. */
export function coupleBefore(subject: string, units: readonly Unit[], ui: number): string[] | null {
  if (!PAIR.test(subject.trim())) return null;
  for (let k = ui - 1; k >= 0 && ui - k <= 10; k--) {
    const { toks } = units[k]!;
    for (let i = toks.length - 3; i > 0; i--) {
      if (toks[i]!.lower !== 'and') continue;
      const surname = toks[i + 2]!.text;
      // "Hubert and Rosalind Ivany", or "Hubert Ivany and Rosalind Ivany".
      if (pairOpens(toks, i - 1)) return [`${toks[i - 1]!.text} ${surname}`, `${toks[i + 1]!.text} ${surname}`];
      if (toks[i - 1]!.text === surname && given(toks[i - 2]?.text) && given(toks[i + 1]!.text) && toks[i + 2]!.cap && !toks[i + 3]?.cap) {
        return [`${toks[i - 2]!.text} ${surname}`, `${toks[i + 1]!.text} ${surname}`];
      }
      // "by Mirela Sorensen and Tomas Hale, who …": two full names, one of them known to open a name.
      const two = (k: number): boolean => !!toks[k]?.cap && !!toks[k + 1]?.cap && toks[k]!.word && toks[k + 1]!.word;
      if (two(i - 2) && two(i + 1) && !toks[i - 3]?.cap && !toks[i + 3]?.cap && (given(toks[i - 2]!.text) || given(toks[i + 1]!.text))) {
        return [`${toks[i - 2]!.text} ${toks[i - 1]!.text}`, `${toks[i + 1]!.text} ${surname}`];
      }
      // "Bríd Callan and her husband, Peadar Callan", "Professor Hashim Ismail and his wife, Dr Rohana Yusof".
      // (… or without the comma: "Suresh Ramasamy and his wife Kalaiselvi Nagarajan".)
      const comma = toks[i + 3]?.text === ',' ? 1 : 0;
      const spouse = /^(his|her)$/.test(toks[i + 1]!.lower) && /^(wife|husband|partner)$/.test(toks[i + 2]?.lower ?? '') && (comma === 1 || !!toks[i + 3]?.cap);
      const b = spouse ? (COURTESY.test(toks[i + 3 + comma]?.text ?? '') ? i + 4 + comma : i + 3 + comma) : -1;
      if (spouse && two(i - 2) && two(b) && !(toks[b + 2]?.cap && toks[b + 2]!.word)) return [`${toks[i - 2]!.text} ${toks[i - 1]!.text}`, `${toks[b]!.text} ${toks[b + 1]!.text}`];
      // ("Delroy Campbell, a taxi operator, and his wife, Paulette Campbell, …": the first past an apposition.)
      const lead = spouse && toks[i - 1]!.text === ',' ? [0, 1, 2].find((d) => two(d) && toks[d + 2]?.text === ',' && (d === 0 || COURTESY.test(toks[d - 1]!.text) || !toks[d - 1]!.cap)) : undefined;
      if (lead !== undefined && two(b) && !(toks[b + 2]?.cap && toks[b + 2]!.word)) return [`${toks[lead]!.text} ${toks[lead + 1]!.text}`, `${toks[b]!.text} ${toks[b + 1]!.text}`];
      // ("Sunil Bandara and his wife, Kumari, who …": the spouse by a given name alone shares the surname.)
      if (spouse && two(i - 2) && toks[b]?.cap && toks[b]!.word && !toks[b + 1]?.word) return [`${toks[i - 2]!.text} ${toks[i - 1]!.text}`, `${toks[b]!.text} ${toks[i - 1]!.text}`];
    }
  }
  return null;
}

/**
 * Recipients named in sentences that do not repeat the award: "So did X", "…, as did X",
 * "Among them was X", "The laureates are A, B and C", "X was honored for …", "X was the youngest
 * honoree". They refer to the award named just before, so they only count close to it.
 */
import type { Person } from '../../people';
import type { Span } from '../../types';
import type { Unit } from '../../units';
import { slice } from '../../words';
import { peopleIn } from './award-parties';
import { hasOrgWord, isPlace, nameEnd } from './names';

/** How far (in sentences) an honoree sentence may stand from the award it refers to. */
export const HONOREE_REACH = 6;

const LIST_HEAD = /^(laureates|winners|recipients|honorees|honourees|awardees)$/;
const HONORED = /^(honou?red|recogni[sz]ed|decorated|knighted|cited)$/;
const HONOREE = /^(honou?ree|laureate|recipient|awardee)s?$/;

/** A recipient found in the sentence: its name and where it is written. */
export interface Honoree {
  name: string;
  span: Span;
}

const asHonoree = (u: Unit, p: Person): Honoree | null => {
  const [a, b] = [u.toks[0]!.start, u.toks[u.toks.length - 1]!.end];
  const m = p.mentions.find((x) => !x.source && x.span.start >= a && x.span.end <= b);
  return m ? { name: p.name, span: m.span } : null;
};

// The people a list starting at k names ("A of Cambridge in Britain, B of Kyoto and C"): to the
// sentence end, a semicolon, or a comma before a lower-case word ("C, director of …", ", who …").
// An item no name list knows still counts when it reads as a name ("Lars Eklund of Uppsala").
function listed(u: Unit, people: readonly Person[], k: number): Honoree[] {
  const { toks } = u;
  let e = k;
  while (e < toks.length && !/^[;:(—–]$/.test(toks[e]!.text)) {
    const n = toks[e + 1];
    // "Sen." and "Dr." do not end the list; a full stop does.
    if (toks[e]!.text === '.' && !(toks[e - 1]?.cap && toks[e - 1]!.text.length <= 4 && n?.cap)) break;
    if (toks[e]!.text === ',' && n && !n.cap && !/^(and|including)$/.test(n.lower)) break;
    e++;
  }
  const out: Honoree[] = [];
  // One item per comma or "and": "former Rep. A of Peoria", "farmer B", "C".
  for (let i = k; i < e; ) {
    let j = i;
    while (j < e && !/^(,|and)$/.test(toks[j]!.lower)) j++;
    const known = peopleIn(u, people, i, j)[0];
    const h = known ? asHonoree(u, known) : bareName(u, i, j);
    if (h && !out.some((o) => o.name === h.name)) out.push(h);
    i = j + 1;
  }
  return out;
}

// The first run of two or three name words in [i, j) that is no place or body.
function bareName(u: Unit, i: number, j: number): Honoree | null {
  const { toks } = u;
  for (let a = i; a < j; a++) {
    const end = Math.min(nameEnd(toks, a), j);
    if (end - a >= 2 && end - a <= 3 && !isPlace(toks, a, end) && !hasOrgWord(toks, a, end)) {
      return { name: slice(u.source, toks, a, end), span: { start: toks[a]!.start, end: toks[end - 1]!.end } };
    }
    if (end > a) a = end - 1;
  }
  return null;
}

/** The recipients an award-less sentence names for the award before it; empty when it names none. */
export function honorees(u: Unit, people: readonly Person[]): Honoree[] {
  const { toks } = u;
  const w = (k: number): string => toks[k]?.lower ?? '';
  // "So did X", "So too did X".
  if (w(0) === 'so' && (w(1) === 'did' || (w(1) === 'too' && w(2) === 'did'))) return listed(u, people, w(1) === 'did' ? 2 : 3);
  for (let k = 0; k < toks.length; k++) {
    // "…, as did X" (a comma first, so "just as did" in a quote rarely counts).
    if (w(k) === 'as' && w(k + 1) === 'did' && toks[k - 1]?.text === ',') return listed(u, people, k + 2);
    // "Among them was X", "Among the honorees were A and B".
    if (w(k) === 'among' && (w(k + 1) === 'them' || LIST_HEAD.test(w(k + 2))) && k < 2) {
      const v = toks.findIndex((t, i) => i > k && /^(was|were|is|are)$/.test(t.lower));
      if (v > 0 && v - k < 5) return listed(u, people, v + 1);
    }
    // "The laureates are A, B and C", "This year's winners were …".
    if (LIST_HEAD.test(w(k)) && /^(are|were|include|included)$/.test(w(k + 1)) && k < 4) return listed(u, people, k + 2);
    // "X … was honored for …", "X was the youngest honoree": the person opening the sentence.
    const passive = /^(was|were)$/.test(w(k)) && (HONORED.test(w(k + 1)) || (w(k + 1) === 'also' && HONORED.test(w(k + 2))));
    const noun = /^(was|were)$/.test(w(k)) && /^(the|a|an)$/.test(w(k + 1)) && toks.slice(k + 2, k + 5).some((t) => HONOREE.test(t.lower));
    if (passive || noun) {
      const who = peopleIn(u, people, 0, k).map((p) => asHonoree(u, p));
      return who[0] ? [who[0]] : [];
    }
  }
  return [];
}

/** Whom an English award went to, read after its "to" or a participle: "… was awarded to A, B and C", "the X conferred on his late father". */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { slice } from '../../words';
import { COUNTED_GROUP } from './award-lexicon';
import { endOfClause, listEnd, peopleIn } from './award-parties';
import { listedFrom } from './honorees';
import { CLOSE_QUOTE, nounPhrase, OPEN_QUOTE, type Rec } from './award-subject';
import { afterAt, gapAfter, objectPronoun, semicolonItems } from './award-by';

/** The recipient after the "to" (or "on") at token `to` of a give. */
export function toWhom(u: Unit, people: readonly Person[], to: number): Rec {
  const { toks } = u;
  const w = (k: number): string => toks[k]?.lower ?? '';
  // Several people listed item by item, one name only when a known person (else a work's title reads better whole): "to its sound team: A, B and C".
  // ("to a BlueScope team – Dr A, B and C –", "to two students from Castlebar, A and B, who …", "to the three lifeguards who …: A, B and C".)
  const counted = COUNTED_GROUP.test(w(to)) || (w(to) === 'the' && COUNTED_GROUP.test(w(to + 1)));
  const gap = gapAfter(toks, to);
  const colon = toks.findIndex((t, k) => k >= to && ((k - to < (counted ? 20 : 4) && t.text === ':') || (k - to < 9 && /^[–—]$/.test(t.text)) || (k - to < 9 && t.text === ',' && COUNTED_GROUP.test(w(to)))));
  const group = colon > 0 && (counted || toks.slice(to, colon).some((t) => /^(team|crew|members|cast|trio|duo|pair)$/.test(t.lower)));
  // ("to 14 officers who …, among them Sergeant A": the one named of them.)
  const among = COUNTED_GROUP.test(w(to)) ? toks.findIndex((t, k) => k > to && k - to < 16 && t.text === ',' && ((w(k + 1) === 'among' && w(k + 2) === 'them') || w(k + 1) === 'including')) : -1;
  // ("to 12 people, among them three who were named …: A; the chairman of X, B; and C": the items after the colon.)
  const amongColon = among > 0 ? toks.findIndex((t, k) => k > among && k - among < 16 && t.text === ':') : -1;
  const items = amongColon > 0 ? semicolonItems(u, people, amongColon + 1) : [];
  if (items.length > 1) return { text: items[0]!, score: 3, pronoun: false, more: items };
  const hs = listedFrom(u, people, among > 0 ? among + (w(among + 1) === 'among' ? 3 : 2) : group ? colon + 1 : to).filter((h) => h.span.start < (toks[gap]?.start ?? Infinity));
  const [named, places] = [hs.map((h) => h.name), afterAt(u, hs)];
  // "… to A, the founder of X, and to the conductor B", "to the Folly Point Mento Band and to the poet C": a second "to".
  const again = toks.findIndex((t, k) => k > to && t.lower === 'to' && toks[k - 1]?.lower === 'and' && (toks[k - 2]?.text === ',' || k < endOfClause(u, to) + 2));
  const first = again > 0 && !named.length ? nounPhrase(u, people, to, again - 1, 3).text : null;
  if (again > 0 && (named.length || first)) named.splice(0, named.length, ...(first ? [first] : named), ...listedFrom(u, people, again + 1).map((h) => h.name));
  const known = peopleIn(u, people, to, Math.min(gap, listEnd(u, to))).map((p) => p.name);
  // ("which was presented to Eamon posthumously": a given name alone, of someone the story names in full.)
  const given = named.length === 1 && people.some((p) => p.name.startsWith(`${named[0]} `));
  const listed = (named.length > 1 || (named.length === 1 && (known.length || among > 0 || given)) ? named : known).filter((n) => !places.has(n));
  if (listed.length) return /^(him|her)$/.test(w(to)) && w(to + 1) === 'and' ? { text: null, score: 3, pronoun: true, also: listed } : { text: listed[0]!, score: 3, pronoun: false, more: listed }; // ("to him and B")
  // 'The Best Picture Oscar went to "The Quiet Hour"': a work's title ('to "Lampu Jalan" by the band Serambi Lima': who made it).
  const close = OPEN_QUOTE.test(toks[to]?.text ?? '') ? toks.findIndex((t, k) => k > to + 1 && k - to < 14 && CLOSE_QUOTE.test(t.text)) : -1;
  const by = close > 0 && w(close + 1) === 'by' ? nounPhrase(u, people, close + 2, endOfClause(u, close + 2), 3) : null;
  if (close > 0) return by?.text ? by : { text: slice(u.source, toks, to + 1, close), score: 3, pronoun: false };
  return objectPronoun(toks, to) ? { text: null, score: 3, pronoun: true } : nounPhrase(u, people, to, endOfClause(u, to), 3);
}

/** "receives the X conferred on his late father", "the Y awarded posthumously to Pat. A": whom the participle after the award names; else null. */
export function participleTo(u: Unit, people: readonly Person[], j: number): Rec | null {
  const w = (k: number): string => u.toks[k]?.lower ?? '';
  const part = /^(conferred|awarded|given|presented|bestowed)$/.test(w(j)) ? (w(j + 1) === 'posthumously' ? j + 2 : j + 1) : -1;
  if (part < 0 || !/^(on|upon|to)$/.test(w(part))) return null;
  // (A relative, "his late father", is someone the story names elsewhere, if at all; "to his son, Pat. A", the one named.)
  const kin = /^(his|her|their)$/.test(w(part + 1));
  const named = kin ? u.toks.findIndex((t, n) => n > part + 1 && n - part <= 4 && t.text === ',') : part;
  if (named < 0) return { text: null, score: 3, pronoun: false };
  const p = listedFrom(u, people, named + 1)[0];
  if (kin && !p) return { text: null, score: 3, pronoun: false };
  return p ? { text: p.name, score: 3, pronoun: false } : null;
}

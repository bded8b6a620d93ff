/**
 * English organisations and places, kept modest: a run of capitalised words ending in a body's
 * word ("Brookings Institution", "Department of Environmental Protection", "Con Edison"? no:
 * only with a known ending), a known acronym ("NATO", "FBI"), and places from a small gazetteer.
 */
import type { FactContext } from '../../context';
import { collectEntities, type EntitySpan } from '../../entities';
import type { EntityFact } from '../../types';
import { unitsOf } from '../../units';
import type { Tok } from '../../words';
import { EN_PLACES } from './gazetteer';

// The last word of an organisation's name.
const ENDINGS = new Set(
  `ministry party council committee company inc corp corporation ltd llc plc university college school
  bank association agency department institution institute foundation commission court parliament assembly
  office bureau service union federation league group network studios times post journal organization
  organisation fund authority board hospital museum police army navy force guard administration senate
  congress house brotherhood agency chiefs society trust club airlines airways motors minerals mining resources
  industries foods pharmaceuticals energy holdings partnership cooperative co-operative collective alliance consortium haulage logistics freight
  dairy bakery brewery distillery creamery smokehouse cidery winery`.split(/\s+/),
);
// Words an organisation's name may start with and go on after: "Department of Justice".
const STARTS = new Set([
  'department', 'ministry', 'university', 'bank', 'bureau', 'office', 'house', 'court', 'council',
  'commission', 'institute', 'league',
]);
const ACRONYMS = new Set(`NATO UN U.N EU FBI CIA NSA NSC IMF WHO WTO OPEC ASEAN ICC BBC CNN ABC NBC CBS AP AFP NASA
FIFA IOC UEFA EDS CSA EAA IAAF ASIO RSPCA MSNBC OECD UNESCO UNICEF ISIS NHS FTSE`.split(/\s+/));
const JOIN = new Set(['of', 'for', 'and', '&', 'on']);
const NOT_START = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'as', 'when', 'after', 'if', 'while', 'so',
]);

// Capitalised words from i with "of", "for", "&" between them.
function capRun(toks: readonly Tok[], i: number): number {
  let j = i;
  while (j < toks.length && j - i < 8) {
    const t = toks[j]!;
    if (t.cap && t.word) j++;
    else if (JOIN.has(t.lower) && j > i && toks[j + 1]?.cap) j++;
    else break;
  }
  return j;
}

function orgSpans(toks: readonly Tok[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || !t.word) continue;
    if (ACRONYMS.has(t.text.replace(/\.$/, ''))) {
      out.push({ from: i, to: i + 1 });
      continue;
    }
    if (toks[i - 1]?.cap && toks[i - 1]!.word) continue; // only from the start of a run
    const from = NOT_START.has(t.lower) ? i + 1 : i;
    const end = capRun(toks, from);
    // The name ends at its last body word: "Council on Foreign Relations" keeps what follows "Council".
    let last = -1;
    for (let k = from; k < end; k++) if (ENDINGS.has(toks[k]!.lower)) last = k;
    const starts = STARTS.has(toks[from]?.lower ?? '') && JOIN.has(toks[from + 1]?.lower ?? '');
    const to = starts ? end : last + 1;
    if (to - from >= 2) out.push({ from, to });
    i = Math.max(i, end - 1);
  }
  return out;
}

function placeSpans(toks: readonly Tok[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap) continue;
    const p = EN_PLACES.match(toks, i);
    // Places, not nationality adjectives; and not a word inside a longer name ("New Jersey" is whole).
    if (!p || p.value === 'adjective' || (toks[i - 1]?.cap && toks[i - 1]!.word) || toks[p.end]?.cap) continue;
    out.push({ from: i, to: p.end });
    i = p.end - 1;
  }
  return out;
}

/** Organisations named in an English article, one entry per name with all mentions. */
export function organizations(ctx: FactContext): EntityFact[] {
  return collectEntities(ctx, unitsOf(ctx).map((u) => ({ u, spans: orgSpans(u.toks) })));
}

/** Places named in an English article (from a small gazetteer), one entry per name. */
export function places(ctx: FactContext): EntityFact[] {
  return collectEntities(ctx, unitsOf(ctx).map((u) => ({ u, spans: placeSpans(u.toks) })));
}

/**
 * English titles written after a name: an appositive ("Jane Doe, the city’s mayor,", "X, 58, the
 * former director of …", "founder, chairman and chief executive of X") or a relative clause
 * ("X, who chairs the committee", "X, who was elected mayor in 2019").
 */
import type { Unit } from '../../units';
import { slice, type Tok } from '../../words';
import { EN_PLACES } from './gazetteer';
import { nameWord } from './names';
import { BODIES, complementEnd, headAt } from './title-parse';
import { EN_ROLE_VERBS, EN_TITLE_MODS } from './titles';

const LOOSE_STOP = /^(who|which|that|of|in|for|with|to|by|at|on|from|as|is|was|are|were|has|had|have|said|says|but|or|not|whose|when|where|after|before|than|also)$/;
const SEPS = new Set([',', '—', '–', '(']);
const POSS = new Set(['’s', "'s", '’', "'"]);

// "Name, [the city’s] [a former] <mods> head [complement]" — possibly two joined by "and a".
export function appositive(u: Unit, j: number): string[] {
  const { toks } = u;
  // "Prof Achebe-Hart, 58, the former director of …": past the age.
  if (toks[j]?.text === ',' && /^\d{1,3}$/.test(toks[j + 1]?.text ?? '') && toks[j + 2]?.text === ',') j += 2;
  // ("Anugerah Khas Menteri (Minister's Special Award)": an award's translation, not a person's post.)
  const close = toks[j]?.text === '(' ? toks.findIndex((t, k) => k > j && t.text === ')') : -1;
  if (close > 0 && toks.slice(j, close).some((t) => /^(award|prize|medal|icon|order|honour|honor)$/.test(t.lower))) return [];
  return SEPS.has(toks[j]?.text ?? '') ? titlesAt(u, j + 1) : [];
}

// The titles written from token k on ("the council’s chief executive", "chair of the board").
function titlesAt(u: Unit, k: number): string[] {
  const { toks, source } = u;
  const out: string[] = [];
  for (let round = 0; round < 3 && k < toks.length; round++) {
    if (/^(now|then|also|currently|formerly|once)$/.test(toks[k]!.lower)) k++;
    let described = /^(a|an|the)$/.test(toks[k]!.lower);
    if (described) k++;
    let org = false;
    // "the city’s", "the think tank’s": a body named by a common noun; "the board's lead independent
    // director": any plain words between it and the head.
    const own = [1, 2].find((n) => toks.slice(k, k + n).every((t) => t.word && !t.cap) && POSS.has(toks[k + n]?.text ?? ''));
    if (own) [k, org, described] = [k + own + 1, BODIES.has(toks[k + own - 1]!.lower), described || BODIES.has(toks[k + own - 1]!.lower)];
    let m = k;
    let head = headAt(toks, m);
    // "deputy governor for monetary policy": a head that is also a modifier gives way to the head after it.
    // ("chief nursing officer": past plain modifiers too.)
    const later = (): number => [1, 2, 3].map((d) => m + d).find((n) => !!headAt(toks, n) && toks.slice(m + 1, n).every((t) => !t.cap && EN_TITLE_MODS.has(t.lower))) ?? -1;
    while (head && EN_TITLE_MODS.has(toks[m]!.lower) && head.to === m + 1) {
      const n = later();
      if (n < 0) break;
      head = headAt(toks, (m = n));
    }
    while (!head && m < toks.length && m - k < 6) {
      const t = toks[m]!;
      // "the climate change and energy minister": after "the", any plain lower-case words before the head.
      const loose = described && /^\p{Ll}+$/u.test(t.text) && !LOOSE_STOP.test(t.lower);
      // ("now Newquay RNLI lifeboat operations manager": after a body's name, plain words right before the head.)
      const near = org && /^\p{Ll}+$/u.test(t.text) && [1, 2].some((d) => !!headAt(toks, m + d) && toks.slice(m, m + d).every((x) => /^\p{Ll}+$/u.test(x.text) && !LOOSE_STOP.test(x.lower)));
      if (!(EN_TITLE_MODS.has(t.lower) || t.cap || POSS.has(t.text) || t.text === '&' || t.text === '.' || loose || near)) break;
      // "the Labour leader": a capitalised Labour/Labor is the party, not the portfolio.
      if ((t.cap && !EN_PLACES.match(toks, m) && (!EN_TITLE_MODS.has(t.lower) || /^(labour|labor)$/.test(t.lower))) || POSS.has(t.text)) org = true;
      head = headAt(toks, ++m);
    }
    if (!head) break;
    let c = complementEnd(toks, head.to);
    // "the founder, chairman and former chief executive of X": the bare heads share the last one's body.
    const shared = c.to === head.to && !org ? sharedComplement(u, head.to) : null;
    if (shared) c = { to: head.to, org: true };
    if (head.head.kind === 'role' && !head.head.top && !org && !c.org) break;
    if (shared) {
      out.push(`${slice(source, toks, k, c.to)} ${shared}`);
      k = c.to;
      if (!/^(,|and)$/.test(toks[k]?.lower ?? '')) break;
      k++;
      continue;
    }
    if (nameWord(toks[c.to])) break; // "…, Hawaii Rep. Tulsi Gabbard": it titles the next name
    out.push(slice(source, toks, k, c.to));
    k = c.to;
    if (toks[k]?.lower !== 'and') break;
    k++;
  }
  return out;
}

// After a bare head in a list ("founder, chairman and former chief executive of X"): the body
// complement of the list's last head, when every item between is a head.
function sharedComplement(u: Unit, j: number): string | null {
  const { toks } = u;
  let k = j;
  for (let n = 0; n < 4 && /^(,|and)$/.test(toks[k]?.lower ?? ''); n++) {
    k++;
    while (k < toks.length && EN_TITLE_MODS.has(toks[k]!.lower) && !headAt(toks, k)) k++;
    const h = headAt(toks, k);
    if (!h) return null;
    const c = complementEnd(toks, h.to);
    if (c.to > h.to) return c.org ? slice(u.source, toks, h.to, c.to) : null;
    k = h.to;
  }
  return null;
}

// … and posts left: "who was ousted as House speaker", "who served as mayor".
const NAMED = /^(elected|re-elected|appointed|named|reappointed|promoted|chosen|installed|ousted|removed|dismissed|sacked|fired|served)$/;

// "Name, who chairs X" -> "chair of X"; "Name, who was elected mayor in 2019" -> "mayor".
export function roleClause(u: Unit, j: number): string[] {
  const { toks, source } = u;
  if (toks[j]?.text !== ',' || toks[j + 1]?.lower !== 'who') return [];
  if (/^(was|is|has|had|were)$/.test(toks[j + 2]?.lower ?? '')) {
    let v = j + 3;
    while (/^(been|just|recently|also|previously|formerly|once|briefly)$/.test(toks[v]?.lower ?? '')) v++;
    // "Natalie Cho, who has been chief of staff since …", "Voss, who was also minister of state for …".
    if (!NAMED.test(toks[v]?.lower ?? '')) return /^(been|is|was|also|previously|formerly|once)$/.test(toks[v - 1]?.lower ?? '') ? titlesAt(u, v) : [];
    return titlesAt(u, v + 1 + (/^(as|to)$/.test(toks[v + 1]?.lower ?? '') ? 1 : 0));
  }
  // "Ms. Shah, who joined Corvane as chief financial officer in 2021": the post she joined as.
  if (/^(joined|rejoined)$/.test(toks[j + 2]?.lower ?? '')) {
    const as = toks.findIndex((t, k) => k > j + 2 && k - j < 10 && t.lower === 'as');
    if (as < 0) return [];
    const found = titlesAt(u, as + 1);
    // "joined Corvane as chief financial officer": the body it joined makes a role a post.
    const head = headAt(toks, as + 1 + (/^(a|an|the)$/.test(toks[as + 1]?.lower ?? '') ? 1 : 0));
    const body = toks.slice(j + 3, as).some((t) => t.cap);
    return found.length || !head || !body ? found : [slice(u.source, toks, as + 1, head.to).replace(/^(a|an|the)\s+/i, '')];
  }
  // "Ms Ley, who became Liberal leader in May", "…, who remains chief executive".
  if (/^(became|becomes|remains|remained)$/.test(toks[j + 2]?.lower ?? '')) return titlesAt(u, j + 3);
  const verb = EN_ROLE_VERBS.get(toks[j + 2]?.lower ?? '');
  // ("…, who runs a 600-head farm", "who runs free weekend clinics": a business or work of one's own, not a post.)
  if (!verb || /^(a|an)$/.test(toks[j + 3]?.lower ?? '') || (toks[j + 3]?.word && !toks[j + 3]!.cap && toks[j + 3]!.lower !== 'the')) return [];
  let e = j + 3;
  while (e < toks.length && e - j < 18 && !/^[,.;]$/.test(toks[e]!.text)) e++;
  if (e === j + 3 || !bodyObject(toks, j + 3, e)) return [];
  return [`${verb} ${slice(source, toks, j + 3, e)}`];
}

const ADVERB = /^(also|previously|formerly|once|now|then|still|currently|briefly|later|most recently)$/;

/**
 * Posts stated by the verb after a name: "Penny Wong stays as foreign minister", "X became party
 * leader", "X remains chief executive", "Hale previously served as a councillor … and as chair of …",
 * "Reyes, 61, also chairs the board", "Shah was previously a vice president at Intel". A ", who …,"
 * aside or an age between the name and the verb is skipped.
 */
export function predicateTitles(u: Unit, j: number): string[] {
  const { toks, source } = u;
  if (toks[j]?.text === ',' && /^\d{1,3}$/.test(toks[j + 1]?.text ?? '') && toks[j + 2]?.text === ',') j += 3;
  else if (toks[j]?.text === ',' && toks[j + 1]?.lower === 'who') {
    const close = toks.findIndex((t, k) => k > j + 1 && k - j < 24 && t.text === ',');
    if (close < 0) return [];
    j = close + 1;
  }
  while (ADVERB.test(toks[j]?.lower ?? '')) j++;
  const verb = toks[j]?.lower ?? '';
  if (/^(stays|stayed|remains|remained|continues|continued|returns|returned|served|serves|serving|worked|works)$/.test(verb)) {
    if (toks[j + 1]?.lower !== 'as') return /^(remains|remained)$/.test(verb) ? titlesAt(u, j + 1) : [];
    const out = titlesAt(u, j + 2);
    // "… as a councillor in Leeds and as chair of the planning committee".
    const again = toks.findIndex((t, k) => k > j + 2 && k - j < 20 && t.lower === 'as' && toks[k - 1]?.lower === 'and');
    return again > 0 ? [...out, ...titlesAt(u, again + 1)] : out;
  }
  if (/^(became|becomes|was|is)$/.test(verb)) {
    let k = j + 1;
    while (ADVERB.test(toks[k]?.lower ?? '')) k++;
    return titlesAt(u, k);
  }
  // "Reyes also chairs the board": a role verb with its object.
  const role = EN_ROLE_VERBS.get(verb);
  if (!role) return [];
  let e = j + 1;
  while (e < toks.length && e - j < 12 && !/^[,.;]$/.test(toks[e]!.text) && !/^(and|but|while|since|until)$/.test(toks[e]!.lower)) e++;
  return e > j + 1 && toks[j + 1]?.word && bodyObject(toks, j + 1, e) ? [`${role} ${slice(source, toks, j + 1, e)}`] : [];
}

// "chairs the board", "heads the dog squad at the airport": a body; not "runs the … community first aid courses" (work of one's own).
const PLURAL_BODY = /^(services|affairs|operations|relations|resources|sales|communications|programs|programmes|works|forces|sciences|studies|arts|news|events|games|markets|finances|logistics)$/;
function bodyObject(toks: readonly Tok[], from: number, e: number): boolean {
  const stop = toks.findIndex((t, k) => k > from && k < e && /^(on|from|at|in|for|with|since|during|after|to)$/.test(t.lower));
  const last = toks[(stop > 0 ? stop : e) - 1];
  return !!last && (last.cap || !/[^s]s$/.test(last.lower) || PLURAL_BODY.test(last.lower));
}

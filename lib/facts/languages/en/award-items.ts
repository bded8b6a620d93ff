/**
 * Awards named by a list's shape: winners lists after a colon ("Other category winners included: A of Kisima TV,
 * Health Reporting; B, …"), category lines, table cells, categories in brackets, awards listed after "awards came
 * for", and awards named again by their letters.
 */
import type { Unit } from '../../units';
import { slice, type Tok } from '../../words';
import type { Rec } from './award-phrase';
import type { EnAwardSpan } from './award-find';
import { EN_AWARD_NOUNS, lettersAt, OF_AWARD } from './award-lexicon';
import { isPlace } from './names';
import { category, winBefore, wonAfter } from './award-extent';

const HEAD = /^(winners|recipients|honou?rees|awardees|laureates)$/;
const SMALL = /^(of|on|in|and|for|the|&)$/;

/** The items [s, e) of a winners list after its colon ("… winners were: A; B; and C."), past each "and"; empty when there is none. */
function listItems(toks: readonly Tok[]): [number, number][] {
  const c = toks.findIndex((t, k) => t.text === ':' && toks.slice(Math.max(0, k - 4), k).some((x) => HEAD.test(x.lower)));
  const out: [number, number][] = [];
  for (let s = c + 1; c >= 0 && s < toks.length; ) {
    let e = toks.findIndex((t, k) => k >= s && /^[;.]$/.test(t.text));
    if (e < 0) e = toks.length;
    out.push([toks[s]?.lower === 'and' ? s + 1 : s, e]);
    s = e + 1;
    if (toks[e]?.text === '.') break;
  }
  return out;
}

/** Category spans of the items of a winners list in this sentence; empty when there is none. */
export function winnerItems(toks: readonly Tok[]): EnAwardSpan[] {
  const out: EnAwardSpan[] = [];
  for (const [s, e] of listItems(toks)) {
    // The winner opens the item with a capital; the category follows its first comma.
    const comma = toks.findIndex((t, k) => k > s && k < e && t.text === ',');
    if (toks[s]?.cap && comma > 0 && toks[comma + 1]?.cap) {
      let to = comma + 1;
      while (to < e && (toks[to]!.cap || (SMALL.test(toks[to]!.lower) && toks[to + 1]?.cap))) to++;
      // (Ending the item, or before what it was for: "Photojournalism, for his picture …".)
      const ends = to === e || (toks[to]?.text === ',' && toks[to + 1]?.lower === 'for');
      if (ends && !isPlace(toks, comma + 1, to)) out.push({ from: comma + 1, to, won: true });
    }
  }
  // (One-word items only, "A, Mombasa; B, Kisumu", are more likely where the winners come from.)
  return out.some((o) => o.to - o.from > 1) ? out : [];
}

// An award's shape: ending on a noun of one ("Heritage Award") or a title of the year ("Volunteer Team of the Year"); not "Star of the North FM".
const awardLike = (cell: readonly Tok[]): boolean => /^(Best|Outstanding)$/.test(cell[0]?.text ?? '') || (!!cell.at(-1)?.cap && (EN_AWARD_NOUNS.has(cell.at(-1)!.lower) || OF_AWARD.test(cell.at(-1)!.lower))) || /\bof the (year|season|month)$/i.test(cell.map((t) => t.text).join(' '));

/**
 * The same list written category first: "The other category winners were: Heritage Award, Birr Historical Society;
 * Arts and Culture Award, Aoife Brennan; and Environment Award, Daingean Men's Shed". Each category before its
 * winner is an award, once one of them reads as an award and no winner does.
 */
function categoryItems(toks: readonly Tok[]): EnAwardSpan[] {
  const items: { from: number; to: number; winner: { from: number; to: number } }[] = [];
  for (const [s, e] of listItems(toks)) {
    // (The category ends at a comma or a dash: "Best Youth Farmer – Mr Iddrisu Saaka, 27, …".)
    const comma = toks.findIndex((t, k) => k > s && k < e && /^[,–—]$/.test(t.text));
    const next = comma > 0 ? toks.findIndex((t, k) => k > comma && (k === e || t.text === ',')) : -1;
    const the = toks[comma + 1]?.lower === 'the' ? 1 : 0;
    // ("Miss Gifty Ahiable of the Biakoye District": a person's cell ends before where she is from.)
    const of = /^(Mr|Mrs|Ms|Miss|Dr|Madam)$/.test(toks[comma + 1]?.text ?? '') ? toks.findIndex((t, k) => k > comma + 2 && k < (next < 0 ? e : next) && /^(of|from)$/.test(t.lower)) : -1;
    if (comma > 0 && toks.slice(s, comma).every((t) => t.cap || SMALL.test(t.lower)) && toks[s]!.cap && toks[comma + 1 + the]?.cap) items.push({ from: s, to: comma, winner: { from: comma + 1 + the, to: of > 0 ? of : next < 0 ? e : next } });
  }
  const cats = items.map((x) => toks.slice(x.from, x.to));
  return items.length >= 2 && cats.some(awardLike) && !items.some((x) => awardLike(toks.slice(x.winner.from, x.winner.to))) ? items.map((x) => ({ ...x, won: true })) : [];
}

/** The items of a winners list after a colon, read category first where they are written so, else winner first. */
export function categoryOrWinnerItems(toks: readonly Tok[]): EnAwardSpan[] {
  const first = categoryItems(toks);
  return first.length ? first : winnerItems(toks);
}

/** "(other) awards came for A, B, C and D" / "prizes including A": each listed item is an award. */
export function listedAwards(toks: readonly Tok[]): EnAwardSpan[] {
  const out: EnAwardSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!/^(awards|prizes|oscars)$/.test(toks[i]!.lower)) continue;
    let j = i + 1;
    if (toks[j]?.lower === 'came') j++;
    if (!/^(for|including)$/.test(toks[j]?.lower ?? '')) continue;
    j++;
    while (j < toks.length) {
      const e = category(toks, toks[j]?.lower === 'best' ? j + 1 : j);
      // ("the Akademi's awards for 2025": the year they are for, not a category; "the AIR Awards for
      // her self-released debut, before signing": a work and a time; "for more than four decades": how long.)
      if (e === j || /^\d/.test(toks[j]!.text) || /^(her|his|their|its|a|an|the|before|after|while|when|more|over|nearly|almost|about|some|many|years|decades)$/.test(toks[j]!.lower)) break;
      out.push({ from: j, to: e, won: true });
      if (toks[e]?.text === ',' || toks[e]?.lower === 'and') j = e + 1;
      else break;
    }
  }
  return out;
}

const GIVEN_THE = /^(awarded|conferred|receiving|received|receives|given|presented|bestowed)$/;

/**
 * "is conferred the Darjah Kebesaran Seri Paduka Mahkota Selangor (SPMS)", "each awarded the Dato' Paduka Mahkota
 * Selangor (DPMS)": a capitalised name with its letters in brackets, given right before (or after), is an order or
 * a medal however it begins.
 */
export function lettered(toks: readonly Tok[]): EnAwardSpan[] {
  const out: EnAwardSpan[] = [];
  for (let k = 2; k < toks.length; k++) {
    if (!lettersAt(toks, k)) continue;
    let a = k;
    while (a > 0 && k - a < 9 && ((toks[a - 1]!.cap && toks[a - 1]!.word) || /^['’]$/.test(toks[a - 1]!.text))) a--;
    if (/^(The|A|An)$/.test(toks[a]!.text)) a++;
    const v = toks[a - 1]?.lower === 'the' ? a - 2 : a - 1;
    // (… or given after it: "The Dato' Paduka Mahkota Johor (DPMJ), which …, went to five recipients:".)
    // (Not a body by its letters: "312 staff of Khoo Teck Puat Hospital (KTPH) were presented with …".)
    const body = /^(of|at|from|in|for|by)$/.test(toks[a - 1]?.lower ?? '');
    if (k - a >= 3 && (GIVEN_THE.test(toks[v]?.lower ?? '') || (wonAfter(toks, k + 3) && !body))) out.push({ from: a, to: k + 3, won: true });
  }
  return out;
}

/** A table row, "PC Jo Whitmore | Chief Constable's Commendation | 04/07/2026": each cell that names an award. */
export function awardCells(toks: readonly Tok[]): EnAwardSpan[] {
  if (!toks.some((t) => t.text === '|')) return [];
  const out: EnAwardSpan[] = [];
  for (let s = 0; s < toks.length; ) {
    let e = toks.findIndex((t, k) => k >= s && t.text === '|');
    if (e < 0) e = toks.length;
    // A cell of capitals (a possessive inside) whose head noun is an award's: "Chief Constable's Commendation", "Medal of Valour".
    const cell = toks.slice(s, e);
    const head = cell.findIndex((t) => t.cap && (EN_AWARD_NOUNS.has(t.lower) || OF_AWARD.test(t.lower)));
    const capped = cell.every((t) => t.cap || /^(of|for|the|and|’s|'s)$/.test(t.lower));
    if (s > 0 && head >= 0 && capped && cell.length <= 10) out.push({ from: s, to: e, won: true });
    s = e + 1;
  }
  return out;
}

/**
 * "Other winners included A of UnityPoint Health (Emergency Nursing), B (Nurse Educator) and C, a school nurse (Rising Star)":
 * the categories in brackets after each item of a winners list.
 */
export function bracketItems(toks: readonly Tok[]): EnAwardSpan[] {
  const head = toks.findIndex((t, k) => HEAD.test(t.lower) && /^(include|included|including|were|are)$/.test(toks[k + 1]?.lower ?? ''));
  if (head < 0) return [];
  const out: EnAwardSpan[] = [];
  for (let k = head + 2; k < toks.length; k++) {
    if (toks[k]!.text !== '(') continue;
    const close = toks.findIndex((t, n) => n > k && n - k <= 6 && t.text === ')');
    const inside = close > 0 ? toks.slice(k + 1, close) : [];
    if (inside.length && inside[0]!.cap && inside.every((t) => t.cap || SMALL.test(t.lower)) && !/^[A-Z]{2,6}$/.test(inside[0]!.text)) out.push({ from: k + 1, to: close, won: true });
  }
  return out.length >= 2 ? out : [];
}

/** "The sector winners were: Lakdiv Tiles PLC (Manufacturing Sector Award), …": the name an item gives before its award in brackets; else null. */
export function nameBeforeBracket(u: Unit, a: EnAwardSpan): Rec | null {
  const { toks } = u;
  if (toks[a.from - 1]?.text !== '(' || toks[a.to]?.text !== ')') return null;
  let s = a.from - 1;
  while (s > 0 && a.from - 1 - s < 6 && ((toks[s - 1]!.cap && toks[s - 1]!.word) || /^(&|of|and)$/.test(toks[s - 1]!.lower) && toks[s - 2]?.cap)) s--;
  // ("… included A of UnityPoint Health (Emergency Nursing)", "and C, a school nurse in Ankeny (Rising Star)": the name opening the item,
  // not where the person is from.)
  const open = toks.findLastIndex((t, k) => k < a.from - 1 && (/^[,;:]$/.test(t.text) ? t.text === ':' || toks[k - 1]?.text === ')' || /^(and|included|include|including|were|are)$/.test(toks[k + 1]?.lower ?? '') : /^(and|included|include|including|were|are)$/.test(t.lower)));
  let k = toks[open + 1]?.lower === 'and' ? open + 2 : open + 1;
  const from = k;
  while (k < a.from - 1 && k - from < 4 && toks[k]!.cap && toks[k]!.word) k++;
  if (open >= 0 && k - from >= 2 && a.from - 1 - open <= 16 && k < a.from - 1 && /^(of|,|from|at)$/.test(toks[k]!.lower)) return { text: slice(u.source, toks, from, k), score: 3, pronoun: false };
  const t0 = toks[s - 1]?.lower === 'the' ? s - 1 : s; // ("and the Mill Kitchen (Cafe of the Year)")
  const item = s < a.from - 1 && (t0 === 0 || /^[,:;]$/.test(toks[t0 - 1]!.text) || /^(and|included|include|including)$/.test(toks[t0 - 1]!.lower));
  return item ? { text: slice(u.source, toks, s, a.from - 1), score: 3, pronoun: false } : null;
}

// The end of a line's category, "Excellence in Special Needs Teaching – Fatima Davids, …": its dash or colon, else -1.
function lineCategory(toks: readonly Tok[]): number {
  let k = 0;
  // (… and a Filipino link word: "Natatanging Guro sa Kindergarten: A".)
  while (k < toks.length && k < 10 && ((toks[k]!.cap && toks[k]!.word) || (k > 0 && (SMALL.test(toks[k]!.lower) || /^(sa|ng|’s|'s|-)$/.test(toks[k]!.text))))) k++;
  // (The winner may be a body after "the": "Environmental Champion – the Friends of Par Beach".)
  return k > 1 && /^[–—:]$/.test(toks[k]?.text ?? '') && (toks[k + 1]?.cap || (toks[k + 1]?.lower === 'the' && toks[k + 2]?.cap)) ? k : -1;
}

/**
 * "The remaining category winners were:" and then one paragraph a category: "Excellence in Secondary School Teaching –
 * Riaan Pretorius, Physical Sciences, …". Each line's category is an award, however it is named, when the lines
 * before it up to the colon are the same kind.
 */
export function listLine(units: readonly Unit[], ui: number): EnAwardSpan[] {
  const here = lineCategory(units[ui]!.toks);
  if (here < 0 || units[ui - 1]?.paragraph === units[ui]!.paragraph) return [];
  for (let p = ui - 1; p >= 0 && ui - p <= 16; p--) {
    const toks = units[p]!.toks;
    if (toks.at(-1)?.text === ':') return toks.some((t) => HEAD.test(t.lower)) ? [{ from: 0, to: here, won: true }] : [];
    if (lineCategory(toks) < 0 || units[p - 1]?.paragraph === units[p]!.paragraph) return [];
  }
  return [];
}

/** The letters an award span closes with, "Darjah Gemilang Pangkuan Negeri (DGPN)": "DGPN"; else null. */
export function lettersOf(toks: readonly Tok[], a: EnAwardSpan): string | null {
  return lettersAt(toks, toks[a.to - 1]?.text === ')' ? a.to - 3 : a.to); // (inside the span or right after it)
}

const CONFERRING = /^(conferring|conferred|pinning|pinned|presenting|bestowing)$/;

/**
 * "Mayor Datuk A also received the DGPN", "were each awarded the PJM", "conferring the DGPN on B": an award named
 * before with its letters, mentioned again by them alone where it is given. `known`: letters to full names.
 */
export function byLetters(toks: readonly Tok[], known: ReadonlyMap<string, string>, taken: readonly EnAwardSpan[]): EnAwardSpan[] {
  const out: EnAwardSpan[] = [];
  for (let k = 1; k < toks.length; k++) {
    const name = known.get(toks[k]!.text);
    if (!name || toks[k - 1]!.lower !== 'the' || taken.some((s) => s.from <= k && k < s.to)) continue;
    // (Not inside brackets, "(PJK)", nor as a title held: "Datuk Seri … DGPN".)
    // ("The DMPN, or Order of …, was conferred on four people:": past its gloss to the verb.)
    const gloss = toks[k + 1]?.text === ',' && toks[k + 2]?.lower === 'or' ? toks.findIndex((t, n) => n > k + 2 && n - k <= 24 && t.text === ',' && /^(was|were)$/.test(toks[n + 1]?.lower ?? '')) : -1;
    const given = (k > 1 && winBefore(toks, k - 1)) || wonAfter(toks, gloss > 0 ? gloss + 1 : k + 1) || (CONFERRING.test(toks[k - 2]?.lower ?? '') && /^(on|upon|to)$/.test(toks[k + 1]?.lower ?? ''));
    if (given) out.push({ from: k, to: gloss > 0 ? gloss : k + 1, won: true, name }); // (its gloss is the same award)
  }
  return out;
}

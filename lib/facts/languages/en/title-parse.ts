/**
 * English titles around a head: the words before it that belong to the title ("Australian
 * Federal Police Commissioner", "Tory work and pensions spokesman", "Yahoo’s chief executive")
 * and the complement after it ("director for Amnesty International").
 */
import type { Unit } from '../../units';
import { slice, type Tok } from '../../words';
import { EN_PLACES } from './gazetteer';
import { nameWord } from './names';
import { EN_CAP_ONLY, type EnHead, EN_HEADS, EN_TITLE_MODS } from './titles';

/** A title as token indices [from, to); `org` when it names the body served. */
export interface EnTitle {
  from: number;
  headFrom: number;
  headTo: number;
  to: number;
  head: EnHead;
  org: boolean;
}

const POSS = new Set(['’s', "'s", '’', "'"]);
const LINKS = new Set(['of', 'for', 'at', 'to', 'in', 'on', 'with']);
const CLAUSE_END = new Set([',', '.', ';', ':', ')', '—', '–', '?', '!']);
const DETS = new Set(['the', 'a', 'an', 'and', 'of', 'for', 'at', 'to', 'in', 'on']);
const CLAUSE_WORDS = new Set([
  'who', 'which', 'that', 'said', 'says', 'told', 'when', 'where', 'whose', 'and', 'but', 'as', 'after',
  'before', 'since',
]);

/** Common nouns for a body served: "the company’s chief executive", "head of the tax office". */
export const BODIES: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'bank', 'agency', 'city', 'state', 'country', 'party', 'government', 'club', 'team',
  'university', 'union', 'council', 'board', 'department', 'ministry', 'network', 'newspaper', 'channel',
  'office', 'committee', 'commission', 'authority', 'theatre', 'theater', 'museum', 'hospital', 'school',
  'college', 'institute', 'charity', 'foundation', 'trust', 'association', 'federation', 'court', 'service',
  'regulator', 'corporation', 'airline', 'airport', 'police', 'force', 'army', 'navy', 'church', 'parliament',
  'academy', 'tank', 'watchdog', 'paper', 'magazine', 'studio', 'publisher', 'society', 'centre', 'center',
  'laboratory', 'lab', 'fund', 'festival', 'unit', 'body', 'chamber', 'assembly', 'retailer', 'chain', 'insurer',
  'lender', 'broadcaster', 'operator', 'manufacturer', 'carmaker', 'maker', 'startup', 'supermarket', 'institution',
  'organisation', 'organization', 'league', 'orchestra', 'opera', 'library', 'prison', 'jail', 'embassy',
  'station', 'clinic', 'practice', 'partnership', 'cooperative', 'co-operative', 'consortium', 'alliance', 'business',
  'county', 'district', 'province', 'region', 'town', 'village', 'port', 'utility', 'campus', 'secretariat', 'mission',
  'factory', 'plant', 'mill', 'mine', 'brewery', 'hotel', 'farm', 'shelter', 'cabinet',
]);
const TITLE_ADVERBS = new Set([
  'former', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'deputy', 'vice', 'senior', 'junior',
  'chief', 'current',
]);
// All-capital words that are not bodies: "AS Opposition Leader" at a sentence start.
const NOT_NAME_CAPS = new Set([
  'as', 'at', 'in', 'on', 'the', 'a', 'an', 'and', 'but', 'for', 'of', 'to', 'by', 'if', 'so', 'or',
]);
const isPlaceAt = (toks: readonly Tok[], i: number): boolean => !!toks[i]?.cap && !!EN_PLACES.match(toks, i);

/**
 * Start of the title words before a head at h, and whether they name a body (a capitalised word
 * that is not a nationality or place, or a possessive: "Facebook", "Yahoo’s").
 */
export function leftExtent(toks: readonly Tok[], h: number): { from: number; org: boolean } {
  let a = h;
  let org = false;
  while (a > 0) {
    const p = toks[a - 1]!;
    // "former U.S. ambassador": the dot of an initialism.
    if (p.text === '.' && /^\p{Lu}(\.\p{Lu})+$/u.test(toks[a - 2]?.text ?? '')) {
      a--;
      continue;
    }
    // "Sault Ste. Marie MP", "Port St. Lucie Mayor": the dot of a saint or mount inside a place.
    if (p.text === '.' && /^(St|Ste|Mt|Ft)$/.test(toks[a - 2]?.text ?? '') && toks[a]?.cap) {
      a -= 2;
      continue;
    }
    // "Ward 1 Coun.", "District 4 Councilmember": the seat a councillor holds.
    if (/^\d{1,2}$/.test(p.text) && /^(Ward|District|Division|Precinct|Zone|Seat)$/.test(toks[a - 2]?.text ?? '')) {
      a -= 2;
      continue;
    }
    // "New Jersey Sen.", "former Massachusetts Gov.": a place of several words.
    const place = [3, 2].map((n) => a - n).find((k) => k >= 0 && toks[k]!.cap && EN_PLACES.match(toks, k)?.end === a);
    if (place !== undefined) {
      a = place;
      continue;
    }
    // Lower-case modifiers, and the few that only qualify a title even when capitalised ("Former");
    // "board chair", "council leader": a body's common noun says whom the role serves.
    if ((!p.cap || TITLE_ADVERBS.has(p.lower)) && EN_TITLE_MODS.has(p.lower) && p.lower !== 'and') {
      if (BODIES.has(p.lower)) org = true;
      a--;
      continue;
    }
    // "Its executive director, X": the body the article is about.
    if (/^(its|their)$/.test(p.lower)) {
      org = true;
      break;
    }
    // "the company’s chief financial officer": a body named by a common noun.
    if (POSS.has(p.text) && toks[a - 2] && !toks[a - 2]!.cap && BODIES.has(toks[a - 2]!.lower)) {
      [a, org] = [a - 2, true];
      break;
    }
    if (POSS.has(p.text) && toks[a - 2]?.cap) {
      a -= 2;
      while (a > 0 && nameWord(toks[a - 1]) && toks[a - 1]!.cap) a--;
      org = org || !isPlaceAt(toks, a);
      continue;
    }
    if (p.cap && p.word && (nameWord(p) || (/^[A-Z.&-]+$/.test(p.text) && !NOT_NAME_CAPS.has(p.lower)))) {
      a--;
      const place = EN_PLACES.match(toks, a);
      if (!place) org = true;
      continue;
    }
    if ((p.text === '&' || p.lower === 'of') && toks[a - 2]?.cap && toks[a]?.cap) {
      a--;
      continue;
    }
    if (p.lower === 'and' && EN_TITLE_MODS.has(toks[a - 2]?.lower ?? '') && a < h) {
      a--;
      continue;
    }
    // "Northgate president and chief executive", "Kosha Pay co-founder and chief executive": two posts, one body.
    const before = p.lower === 'and' ? [2, 3, 4].map((d) => a - d).find((k) => k >= 0 && EN_HEADS.match(toks, k)?.end === a - 1) : undefined;
    if (before !== undefined) {
      a = before;
      continue;
    }
    // "Labour's emergency management spokesperson", "the department's non-executive director": between a
    // possessive and the head, plain words qualify the post.
    const own = [1, 2, 3].find((n) => POSS.has(toks[a - n - 1]?.text ?? '') && toks.slice(a - n, a).every((t) => t.word && !t.cap && !CLAUSE_WORDS.has(t.lower) && !DETS.has(t.lower)));
    if (own !== undefined && a === h) {
      a -= own;
      continue;
    }
    // "a new chief executive, X,": the post at the body the story is about.
    if (p.lower === 'new' && /^(a|the|its|their)$/.test(toks[a - 2]?.lower ?? '')) org = true;
    break;
  }
  return { from: a, org };
}

// "The Office for Budget Responsibility, whose chairman, Colin Brown, …": the body the title serves.
export function whoseBody(u: Unit, k: number): string | null {
  const { toks } = u;
  if (toks[k - 1]?.lower !== 'whose' || toks[k - 2]?.text !== ',') return null;
  let a = k - 2;
  while (a > 0 && (toks[a - 1]!.cap || (/^(of|for|and|the|&)$/.test(toks[a - 1]!.lower) && toks[a - 2]?.cap))) a--;
  if (a === k - 2) return null;
  const the = toks[a - 1]?.lower === 'the' ? a - 1 : a;
  return slice(u.source, toks, the, k - 2).replace(/^The /, 'the ');
}

/**
 * End of a complement after the head ("of the Brookings Institution", "for Queens"): to the clause
 * end, or to the first plain word after the body's name ("… Child Support Agency widely reported").
 */
// Months, days and times after "in"/"on": when, not where ("elected leader in May").
const WHEN = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export function complementEnd(toks: readonly Tok[], j: number): { to: number; org: boolean } {
  // ("Director General of Police (Railways)": a bracketed branch or range right after the head.)
  const shut = toks[j]?.text === '(' ? toks.findIndex((x, n) => n > j + 1 && n - j <= 5 && x.text === ')') : -1;
  if (shut > 0 && toks.slice(j + 1, shut).every((x) => x.cap && x.word)) return { to: shut + 1, org: true };
  // "mayor in 2019": a date after the head is no complement.
  if (!LINKS.has(toks[j]?.lower ?? '') || /^\d/.test(toks[j + 1]?.text ?? '') || WHEN.test(toks[j + 1]?.lower ?? '')) return { to: j, org: false };
  let k = j + 1;
  let org = false;
  let possessed = false;
  let carry = -1;
  while (k < toks.length && k - j < 16) {
    const t = toks[k]!;
    // ("president of the Association of Nigerian Authors (ANA)", "Director General of Police (Crime Branch)": a bracket of capitals closes the name.)
    const open = t.text === ')' ? toks.findLastIndex((x, n) => n < k && n > k - 6 && x.text === '(') : -1;
    if (open > j && toks.slice(open + 1, k).every((x) => x.cap && x.word)) {
      k++;
      break;
    }
    if (CLAUSE_END.has(t.text) && !(t.text === '.' && /^\p{Lu}/u.test(toks[k - 1]?.text ?? '') && toks[k - 1]!.text.length <= 3)) break;
    // "adviser on ministers' interests": a possessive names whom the post serves.
    if (POSS.has(t.text)) [possessed, org] = [true, org || (toks[k - 1]?.word ?? false)];
    // "chair of the Kavli Prize committee": a body noun closes a capitalised name; "minister of state
    // for housing and planning": a portfolio after "for".
    const afterFor = toks.slice(Math.max(j, k - 3), k).some((x) => x.lower === 'for');
    const portfolio = afterFor && t.word && !t.cap && !LINKS.has(t.lower) && (t.lower === 'and' || !CLAUSE_WORDS.has(t.lower));
    // ("of the Middlesex selection committee": plain words after the name, up to the body noun that closes it.)
    const ahead = toks[k - 1]!.cap ? [1, 2].find((d) => BODIES.has(toks[k + d]?.lower ?? '') && toks.slice(k, k + d).every((x) => x.word && !x.cap && !CLAUSE_WORDS.has(x.lower))) : undefined;
    if (ahead !== undefined) carry = k + ahead;
    if (org && !possessed && t.word && !t.cap && !DETS.has(t.lower) && !(BODIES.has(t.lower) && toks[k - 1]!.cap) && k > carry && !portfolio) break;
    if (!t.cap && CLAUSE_WORDS.has(t.lower)) {
      // "and planning for Con Edison" continues; "and a former …", "and PR director" start a new title.
      const next = /^(a|an|the|former)$/.test(toks[k + 1]?.lower ?? '') || headAt(toks, k + 1) || (toks[k + 1]?.cap && headAt(toks, k + 2));
      if (t.lower !== 'and' || next) break;
    }
    if (LINKS.has(t.lower) && (/^\d/.test(toks[k + 1]?.text ?? '') || WHEN.test(toks[k + 1]?.lower ?? ''))) break; // "leader in May"
    // "the Leicester-based haulage group Oduya Freight": a place-based adjective names no body yet.
    if ((t.cap && !/-(based|born|owned|listed|run|headquartered)$/i.test(t.text)) || BODIES.has(t.lower)) org = true;
    k++;
  }
  // Never end on a link or "and": "councillor in Leeds and (as chair …)".
  while (k > j + 1 && /^(and|or|of|for|at|to|in|on|with|the|a|an)$/.test(toks[k - 1]!.lower)) k--;
  return { to: k, org };
}

/** The head starting at token i, or null. */
export function headAt(toks: readonly Tok[], i: number): { to: number; head: EnHead } | null {
  const m = EN_HEADS.match(toks, i);
  // ("Brent Yoder, superintendent of Olathe Public Schools": a post of a named body in lower case too; not "England captain".)
  const ofBody = /^(superintendent|inspector|collector|magistrate)$/.test(toks[i]?.lower ?? '') && toks[i + 1]?.lower === 'of' && !!toks[i + 2]?.cap;
  if (!m || (EN_CAP_ONLY.has(toks[i]!.lower) && !toks[i]!.cap && m.end === i + 1 && !ofBody)) return null;
  // "Sen." and "Gov." keep their dot; a dot after a full word ends the sentence instead.
  return { to: m.end, head: m.value };
}

/** True when token i starts a place written with a capital ("Ukraine", "New Jersey"). */
export { isPlaceAt };

/** Capitalised words only from `from` to `to` (at most two), or with a closed bracket of them at the end ("Police (Southern Range)"). */
export function capsBetween(toks: readonly Tok[], from: number, to: number): boolean {
  const between = toks.slice(from, to);
  const open = between.findIndex((t) => t.text === '(');
  if (open < 0) return to - from <= 2 && between.every((t) => t.cap && t.word);
  return open > 0 && between.at(-1)?.text === ')' && between.every((t, k) => (t.cap && t.word) || (k === open && t.text === '(') || (k === between.length - 1 && t.text === ')'));
}

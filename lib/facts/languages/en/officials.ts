/**
 * English officials: named people with the positions written next to them: before the name
 * ("Secretary of State Mike Pompeo", "Facebook CEO Mark Zuckerberg"), after it ("Jane Doe, the
 * city's mayor,"), before it with a comma ("Yahoo’s chief executive, Marissa Mayer"), in a
 * relative clause ("who chairs the committee") or in a lead sentence about the person next to it.
 */
import type { FactContext } from '../../context';
import { type PersonMention, peopleOf, toOfficials } from '../../people';
import type { OfficialFact } from '../../types';
import { type Unit, unitsOf } from '../../units';
import { slice, type Tok } from '../../words';
import { EN_PLACES } from './gazetteer';
import { EN_GIVEN_NAMES } from './given-names';
import { hasOrgWord, isPlace, nameEnd, nameWord, plainNames } from './names';
import { BODIES, complementEnd, type EnTitle, headAt, isPlaceAt, leftExtent } from './title-parse';
import { EN_HONORIFICS, EN_ROLE_VERBS, EN_TITLE_MODS } from './titles';

interface Found {
  from: number;
  to: number;
  titles: string[];
}

const SEPS = new Set([',', '—', '–', '(']);
const AFTER_NAME = new Set([',', '.', ';', ')', 'and', 'who', 'said', 'says']);
const POSS = new Set(['’s', "'s", '’', "'"]);

// "Name, [the city’s] [a former] <mods> head [complement]" — possibly two joined by "and a".
function appositive(u: Unit, j: number): string[] {
  const { toks } = u;
  // "Prof Achebe-Hart, 58, the former director of …": past the age.
  if (toks[j]?.text === ',' && /^\d{1,3}$/.test(toks[j + 1]?.text ?? '') && toks[j + 2]?.text === ',') j += 2;
  return SEPS.has(toks[j]?.text ?? '') ? titlesAt(u, j + 1) : [];
}

// The titles written from token k on ("the council’s chief executive", "chair of the board").
function titlesAt(u: Unit, k: number): string[] {
  const { toks, source } = u;
  const out: string[] = [];
  for (let round = 0; round < 3 && k < toks.length; round++) {
    if (/^(now|then|also|currently|formerly|once)$/.test(toks[k]!.lower)) k++;
    if (/^(a|an|the)$/.test(toks[k]!.lower)) k++;
    let org = false;
    // "the city’s", "the think tank’s": a body named by a common noun.
    const own = [1, 2].find((n) => toks.slice(k, k + n).every((t) => t.word && !t.cap) && POSS.has(toks[k + n]?.text ?? ''));
    if (own) [k, org] = [k + own + 1, BODIES.has(toks[k + own - 1]!.lower)];
    let m = k;
    let head = headAt(toks, m);
    while (!head && m < toks.length && m - k < 6) {
      const t = toks[m]!;
      if (!(EN_TITLE_MODS.has(t.lower) || t.cap || POSS.has(t.text) || t.text === '&' || t.text === '.')) break;
      if ((t.cap && !EN_PLACES.match(toks, m) && !EN_TITLE_MODS.has(t.lower)) || POSS.has(t.text)) org = true;
      head = headAt(toks, ++m);
    }
    if (!head) break;
    let c = complementEnd(toks, head.to);
    // "the founder, chairman and former chief executive of X": the bare heads share the last one's body.
    const shared = c.to === head.to && !org ? sharedComplement(u, head.to) : null;
    if (shared) c = { to: head.to, org: true };
    if (head.head.kind === 'role' && !org && !c.org) break;
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

const NAMED = /^(elected|re-elected|appointed|named|reappointed|promoted|chosen|installed)$/;

// "Name, who chairs X" -> "chair of X"; "Name, who was elected mayor in 2019" -> "mayor".
function roleClause(u: Unit, j: number): string[] {
  const { toks, source } = u;
  if (toks[j]?.text !== ',' || toks[j + 1]?.lower !== 'who') return [];
  if (/^(was|is|has|had|were)$/.test(toks[j + 2]?.lower ?? '')) {
    const v = j + 3 + (/^(been|just|recently)$/.test(toks[j + 3]?.lower ?? '') ? 1 : 0);
    // "Natalie Cho, who has been chief of staff since …": the post itself.
    if (!NAMED.test(toks[v]?.lower ?? '')) return toks[v - 1]?.lower === 'been' || toks[v - 1]?.lower === 'is' ? titlesAt(u, v) : [];
    return titlesAt(u, v + 1 + (/^(as|to)$/.test(toks[v + 1]?.lower ?? '') ? 1 : 0));
  }
  const verb = EN_ROLE_VERBS.get(toks[j + 2]?.lower ?? '');
  if (!verb) return [];
  let e = j + 3;
  while (e < toks.length && e - j < 18 && !/^[,.;]$/.test(toks[e]!.text)) e++;
  if (e === j + 3) return [];
  return [`${verb} ${slice(source, toks, j + 3, e)}`];
}

function titleText(u: Unit, t: { from: number; to: number }): string {
  return slice(u.source, u.toks, t.from, t.to);
}

// Names with a title before them; the head decides whether a one-word name may follow.
function titledNames(u: Unit, found: Map<number, Found>, lead: EnTitle[]): void {
  const { toks } = u;
  let chain = -1; // "House Intelligence Committee chairman Rep. Adam Schiff": titles run into each other
  for (let i = 0; i < toks.length; i++) {
    const h = headAt(toks, i);
    if (!h) continue;
    if (headAt(toks, h.to)) {
      chain = chain >= 0 ? chain : leftExtent(toks, i).from;
      continue;
    }
    let j = h.to;
    if (EN_HONORIFICS.has(toks[j]?.lower ?? '')) j += toks[j + 1]?.text === '.' ? 2 : 1;
    // "special envoy to Ukraine Kurt Volker": a place between the head and the name.
    let tEnd = h.to;
    if (/^(to|of|for)$/.test(toks[j]?.lower ?? '') && isPlaceAt(toks, j + 1)) {
      const pe = EN_PLACES.match(toks, j + 1)!.end;
      if (nameWord(toks[pe])) [j, tEnd] = [pe, pe];
    } else if (/^(for|of)$/.test(toks[j]?.lower ?? '')) {
      // "Federal Member for Bendigo Sarah Ngata": an unknown place, then a known given name.
      const g = [2, 3].map((d) => j + d).find((p) => EN_GIVEN_NAMES.has(toks[p]?.lower ?? '') && toks.slice(j + 1, p).every((t) => t.cap && t.word));
      if (g !== undefined && nameEnd(toks, g) - g >= 2) [j, tEnd] = [g, g];
    }
    const e = nameEnd(toks, j);
    const words = toks.slice(j, e).filter((t) => t.word).length;
    const left = leftExtent(toks, i);
    if (chain >= 0) [left.from, chain] = [Math.min(left.from, chain), -1];
    const named = e > j && (words >= 2 || (h.head.single && !nameWord(toks[e]))) && !isPlace(toks, j, e) && !hasOrgWord(toks, j, e);
    if (!named) {
      const c = complementEnd(toks, h.to);
      // "Yahoo’s chief executive, Marissa Mayer,": the title before a comma and the name.
      // "the society's president, Sir Rahul Mehta-Clarke,": past a courtesy word.
      const at = c.to + 1 + (EN_HONORIFICS.has(toks[c.to + 1]?.lower ?? '') ? (toks[c.to + 2]?.text === '.' ? 2 : 1) : 0);
      const n = toks[c.to]?.text === ',' ? nameEnd(toks, at) : -1;
      const owner = whoseBody(u, left.from);
      if (n > at + 1 && AFTER_NAME.has(toks[n]?.lower ?? '.') && owner && c.to === h.to) {
        add(found, at, n, `${titleText(u, { from: left.from, to: c.to })} of ${owner}`);
      } else if (n > at + 1 && AFTER_NAME.has(toks[n]?.lower ?? '.') && (h.head.kind === 'office' || left.org || c.org)) {
        add(found, at, n, titleText(u, { from: left.from, to: c.to }));
      } else if (left.from <= 1 && (h.head.kind === 'office' || left.org || c.org)) {
        lead.push({ from: left.from, headFrom: i, headTo: h.to, to: c.to, head: h.head, org: left.org || c.org });
      }
      continue;
    }
    // "Chairman Alan Rice", "said Executive Editor Tom Rice": a capitalised role inside a sentence is a formal title.
    if (h.head.kind === 'role' && !left.org && !(toks[i]!.cap && i > 0)) continue;
    add(found, j, e, titleText(u, { from: left.from, to: tEnd }));
    i = e - 1;
  }
}

// "The Office for Budget Responsibility, whose chairman, Colin Brown, …": the body the title serves.
function whoseBody(u: Unit, k: number): string | null {
  const { toks } = u;
  if (toks[k - 1]?.lower !== 'whose' || toks[k - 2]?.text !== ',') return null;
  let a = k - 2;
  while (a > 0 && (toks[a - 1]!.cap || (/^(of|for|and|the|&)$/.test(toks[a - 1]!.lower) && toks[a - 2]?.cap))) a--;
  if (a === k - 2) return null;
  const the = toks[a - 1]?.lower === 'the' ? a - 1 : a;
  return slice(u.source, toks, the, k - 2).replace(/^The /, 'the ');
}

function add(found: Map<number, Found>, from: number, to: number, title?: string): void {
  const f = found.get(from) ?? { from, to, titles: [] };
  if (title) f.titles.push(...title.split(/\s+and\s+(?=(?:former\s+)?\p{Lu}|former)/u).map((t) => t.trim()));
  found.set(from, f);
}

/** Every name mention of the article, with the titles written around it. */
export function findEnPeople(ctx: FactContext): PersonMention[] {
  const out: PersonMention[] = [];
  const units = unitsOf(ctx);
  const leads: { u: Unit; t: EnTitle }[] = [];
  // Surnames the article writes after "Mr", "Ms", "Dr": a run of capitalised words ending in one is a person.
  const courtesy = new Set<string>();
  for (const u of units) {
    u.toks.forEach((t, i) => {
      if (EN_HONORIFICS.has(t.lower) && u.toks[i + (u.toks[i + 1]?.text === '.' ? 2 : 1)]?.cap) {
        courtesy.add(u.toks[i + (u.toks[i + 1]?.text === '.' ? 2 : 1)]!.lower);
      }
    });
  }
  const firstName = new Map<Unit, PersonMention>();
  for (const u of units) {
    const { toks } = u;
    const found = new Map<number, Found>();
    const lead: EnTitle[] = [];
    titledNames(u, found, lead);
    for (const n of plainNames(toks)) {
      // "(Joshua Roberts/Reuters)", "Photo: John Smith": a credit is nobody in the story.
      const credit = toks[n.to]?.text === '/' || (toks[n.from - 1]?.text === ':' && /^(photo|image|credit|source|video|pictures?)$/.test(toks[n.from - 2]?.lower ?? ''));
      if (credit || [...found.values()].some((f) => n.from < f.to && f.from < n.to)) continue;
      add(found, n.from, n.to);
    }
    // A run of capitalised words followed by a title appositive is a name too ("Ajmi Lourimi, a member …"),
    // and so is one ending in a surname the article gives a courtesy title ("Rufus Norris" … "Mr Norris").
    for (let i = 0; i < toks.length; i++) {
      if (!nameWord(toks[i]) || nameWord(toks[i - 1]) || [...found.values()].some((f) => f.from <= i && i < f.to)) continue;
      const e = nameEnd(toks, i);
      if ([...found.values()].some((f) => i < f.to && f.from < e)) continue;
      const known = courtesy.has(toks[e - 1]?.lower ?? '') && !EN_HONORIFICS.has(toks[i - 1]?.lower ?? '');
      if (e - i >= 2 && !isPlace(toks, i, e) && !hasOrgWord(toks, i, e) && (known || appositive(u, e).length || roleClause(u, e).length)) add(found, i, e);
    }
    for (const f of found.values()) f.titles.push(...appositive(u, f.to), ...roleClause(u, f.to));
    const mentions = [...found.values()].sort((a, b) => a.from - b.from).map((f) => toMention(u, f));
    out.push(...mentions);
    if (mentions[0]) firstName.set(u, mentions[0]);
    if (u.index >= 0 && u.index <= 2) for (const t of lead) leads.push({ u, t });
  }
  // Lead sentences titled without a name ("The head of X was …") describe the person named next to them:
  // the first person of the sentence before, else the subject of the sentence after.
  for (const { u, t } of leads) {
    const k = units.indexOf(u);
    const prev = units[k - 1]?.index !== undefined && units[k - 1]!.index >= 0 ? firstName.get(units[k - 1]!) : undefined;
    const nextUnit = units[k + 1];
    const next = nextUnit ? firstName.get(nextUnit) : undefined;
    const subject = next && nextUnit!.toks.findIndex((x) => x.start === next.span.start) <= 1 ? next : undefined;
    const person = prev ?? subject;
    if (person && !person.short) out.push({ ...person, titles: [titleText(u, t).replace(/^the\s+/i, '')] });
  }
  out.push(...shortMentions(units, out));
  return out;
}

function toMention(u: Unit, f: Found): PersonMention {
  const name = slice(u.source, u.toks, f.from, f.to).replace(/[’']s$/, '');
  const span = { start: u.toks[f.from]!.start, end: u.toks[f.to - 1]!.end };
  const words = u.toks.slice(f.from, f.to).filter((t) => t.word).length;
  return { name, span, titles: f.titles, sentence: u.index, short: words < 2 && !f.titles.length };
}

// Later mentions by surname ("Blinken", "Mr Smith"): attached by the merger to the full name.
function shortMentions(units: readonly Unit[], full: readonly PersonMention[]): PersonMention[] {
  const surnames = new Set(full.filter((m) => !m.short && m.name.includes(' ')).map((m) => m.name.split(/\s+/).pop()!.toLowerCase()));
  const out: PersonMention[] = [];
  const inside = (u: Unit, t: Tok): boolean =>
    full.some((m) => (m.sentence < 0) === (u.index < 0) && m.span.start <= t.start && t.end <= m.span.end);
  for (const u of units) {
    u.toks.forEach((t: Tok, i) => {
      if (!t.cap || !surnames.has(t.lower) || nameWord(u.toks[i + 1]) || nameWord(u.toks[i - 1]) || inside(u, t)) return;
      out.push({ name: t.text, span: { start: t.start, end: t.end }, titles: [], sentence: u.index, short: true });
    });
  }
  return out;
}

/** Named English officials, one per person, with every distinct title. */
export function officials(ctx: FactContext): OfficialFact[] {
  return toOfficials(ctx, peopleOf(ctx, findEnPeople));
}

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
import { capWordsEnd, courtesyBefore, hasOrgWord, isPlace, nameEnd, nameWord, plainNames, surnamesAlone } from './names';
import { departmentEnd, portfolioEnd, portfolioWord } from './portfolios';
import { capsBetween, complementEnd, type EnTitle, headAt, isPlaceAt, leftExtent, whoseBody } from './title-parse';
import { pluralTitled } from './plural-titles';
import { EN_HONORIFICS, EN_TITLE_MODS, type EnHead, honorificEnd, splitPosts } from './titles';
import { appositive, predicateTitles, roleClause } from './titles-after';
import { pronounTitles } from './pronoun-titles';
import { fullerNames } from './fuller-names';
import { shortMentions } from './short-mentions';

interface Found {
  from: number;
  to: number;
  titles: string[];
}

const AFTER_NAME = new Set([',', '.', ';', ')', 'and', 'who', 'said', 'says']);

function titleText(u: Unit, t: { from: number; to: number }): string {
  return slice(u.source, u.toks, t.from, t.to);
}

// Names with a title before them; the head decides whether a one-word name may follow.
const SAINTLY = /^(st|saint|san|santa|port|fort|mount|mt)$/; // (a saint's name in a place: "Member of Parliament for St Mary Central, Dr A")

function titledNames(u: Unit, found: Map<number, Found>, lead: EnTitle[]): void {
  const { toks } = u;
  let chain = -1; // "House Intelligence Committee chairman Rep. Adam Schiff": titles run into each other
  for (let i = 0; i < toks.length; i++) {
    const h = headAt(toks, i);
    // ("Prince Edward Island", "Prince George": a place named like a title.)
    if (!h || (EN_PLACES.match(toks, i)?.end ?? 0) > h.to) continue;
    // ("Provost and vice-president Lindsay Ferrand": two posts joined by "and" before one name.)
    const joined = toks[h.to]?.lower === 'and' && !!headAt(toks, h.to + 1) && (i === 0 || toks[i]!.cap);
    // ("Councillor Dean Fairweather": a given name that is also a role, before one name word, opens the name.)
    const next = headAt(toks, h.to);
    const given = EN_GIVEN_NAMES.has(toks[h.to]?.lower ?? '') && next?.to === h.to + 1 && nameWord(toks[h.to + 1]) && !nameWord(toks[h.to + 2]);
    // ("its Chief National Commissioner, Rajeev Menon": capitalised qualifiers, then the head they qualify.)
    const qualified = toks[i]!.cap && [1, 2].some((d) => toks.slice(h.to, h.to + d).every((t) => t.cap && EN_TITLE_MODS.has(t.lower)) && !!headAt(toks, h.to + d));
    if ((next && !given) || joined || qualified) {
      chain = chain >= 0 ? chain : leftExtent(toks, i).from;
      if (joined) i = h.to;
      continue;
    }
    let j = h.to;
    j = honorificEnd(toks, j);
    // "special envoy to Ukraine Kurt Volker": a place between the head and the name.
    let tEnd = h.to;
    if (/^(to|of|for)$/.test(toks[j]?.lower ?? '') && isPlaceAt(toks, j + 1)) {
      const pe = EN_PLACES.match(toks, j + 1)!.end;
      if (nameWord(toks[pe]) && !/^(north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|south-west)$/.test(toks[pe]!.lower)) [j, tEnd] = [pe, pe];
    } else if (/^(for|of)$/.test(toks[j]?.lower ?? '')) {
      // "Federal Member for Bendigo Sarah Ngata": an unknown place, then a known given name.
      // ("Director of Veterinary Services Dr Kefentse Motshegwa": or a courtesy word and a name.)
      // ("Inspector General of Police (Southern Range) Ashok Kumar Biswal": a bracketed range or branch too.)
      const g = [2, 3, 4, 5, 6].map((d) => j + d).find((p) => (EN_GIVEN_NAMES.has(toks[p]?.lower ?? '') || (EN_HONORIFICS.has(toks[p]?.lower ?? '') && honorificEnd(toks, p) > p)) && capsBetween(toks, j + 1, p) && !SAINTLY.test(toks[p - 1]!.lower));
      const q = g === undefined ? -1 : honorificEnd(toks, g);
      if (g !== undefined && nameEnd(toks, q) - q >= 2) [j, tEnd] = [q, g];
    } else if (h.head.kind === 'office' && toks[j]?.cap && !EN_GIVEN_NAMES.has(toks[j]!.lower) && (nameEnd(toks, j) - j > 3 || !!headAt(toks, j))) {
      // ("Commissioner Western Division Apisai Ratuvou": the division, then a known given name; not "… of Police Bikash Chandra Sahoo".)
      const g = [1, 2].map((d) => j + d).find((p) => EN_GIVEN_NAMES.has(toks[p]?.lower ?? '') && toks.slice(j, p).every((t) => t.cap && t.word) && !nameWord(toks[nameEnd(toks, p)]));
      if (g !== undefined && nameEnd(toks, g) - g >= 2) [j, tEnd] = [g, g];
    }
    const e = nameEnd(toks, j);
    const words = toks.slice(j, e).filter((t) => t.word).length;
    const left = leftExtent(toks, i);
    if (chain >= 0) [left.from, chain] = [Math.min(left.from, chain), -1];
    // (Not "TD Canadian Children's Literature Award": a nationality opens no name; nor "Queen Elizabeth II Jubilee Medal", a body or award.)
    const named = e > j && (words >= 2 || (h.head.single && !nameWord(toks[e]))) && !isPlace(toks, j, e) && !hasOrgWord(toks, j, capWordsEnd(toks, j, 7)) && EN_PLACES.match(toks, j)?.value !== 'adjective';
    if (!named) {
      const pn = portfolioName(toks, h);
      if (pn) {
        add(found, pn.from, pn.to, titleText(u, { from: left.from, to: pn.title }));
        i = pn.to - 1;
        continue;
      }
      const d = departmentEnd(toks, h.to); // ("City director of engineering Cheryl Dubois")
      if (d > 0 && (left.org || h.head.top || h.head.kind === 'office' || toks[i]!.cap)) {
        const n = nameEnd(toks, d);
        add(found, d, n, titleText(u, { from: left.from, to: d }));
        i = n - 1;
        continue;
      }
      const c = complementEnd(toks, h.to);
      // "Minister of State for Electronics and IT Harish Kamath said": the complement ends in a name
      // that opens with a given name.
      const g = h.head.kind === 'office' ? [2, 3].map((d) => c.to - d).find((p) => p > h.to + 1 && EN_GIVEN_NAMES.has(toks[p]!.lower) && nameEnd(toks, p) === c.to && !SAINTLY.test(toks[p - 1]!.lower)) : undefined;
      if (g !== undefined && !hasOrgWord(toks, g, c.to)) {
        add(found, g, c.to, titleText(u, { from: left.from, to: g }));
        i = c.to - 1;
        continue;
      }
      // "Yahoo’s chief executive, Marissa Mayer,": the title before a comma and the name.
      // "the society's president, Sir Rahul Mehta-Clarke,": past a courtesy word.
      // ("The MP for Brecon, Radnor and Cwm Tawe, Owain Treharne,": a place list inside the complement.)
      const places = toks[c.to]?.text === ',' && c.to > h.to ? toks.findIndex((t, k) => k > c.to && k - c.to < 8 && t.text === ',' && toks.slice(c.to + 1, k).every((x) => x.cap || x.lower === 'and') && toks.slice(c.to + 1, k).some((x) => x.lower === 'and')) : -1;
      if (places > 0) c.to = places;
      // ("The leader of Lincolnshire County Council, Councillor Dean Fairweather,": past a second title.)
      const inner = headAt(toks, honorificEnd(toks, c.to + 1));
      const lone = EN_GIVEN_NAMES.has(toks[c.to + 1]?.lower ?? '') && !nameWord(toks[(inner?.to ?? 0) + 1]); // ("…, Dean Kapitzke,")
      const at = honorificEnd(toks, inner && nameWord(toks[inner.to]) && toks[c.to + 1]?.cap && !lone ? inner.to : c.to + 1);
      const n = toks[c.to]?.text === ',' ? nameEnd(toks, at) : -1;
      const owner = whoseBody(u, left.from);
      if (n > at + 1 && AFTER_NAME.has(toks[n]?.lower ?? '.') && owner && c.to === h.to) {
        add(found, at, n, `${titleText(u, { from: left.from, to: c.to })} of ${owner}`);
      } else if (n > at + 1 && AFTER_NAME.has(toks[n]?.lower ?? '.') && (h.head.kind === 'office' || h.head.top || left.org || c.org)) {
        add(found, at, n, titleText(u, { from: left.from, to: c.to }));
      } else if (left.from <= 1 && (h.head.kind === 'office' || left.org || c.org)) {
        lead.push({ from: left.from, headFrom: i, headTo: h.to, to: c.to, head: h.head, org: left.org || c.org });
      }
      continue;
    }
    // "Chairman Alan Rice", "said Executive Editor Tom Rice": a capitalised role inside a sentence is a formal title.
    // ("Chief executive Lisa Dunne said": a top role opening a sentence is one too.)
    // ("Provost and vice-president X": a role joined to an office before it.)
    const officeFirst = left.from < i && headAt(toks, left.from)?.head.kind === 'office';
    // ("Director of Works John Smith said": a body after "of" makes a role a post, even opening a sentence.)
    if (h.head.kind === 'role' && !h.head.top && !left.org && !officeFirst && !(toks[i]!.cap && (i > 0 || tEnd > h.to))) continue;
    add(found, j, e, titleText(u, { from: left.from, to: tEnd }));
    i = e - 1;
  }
}

// "Minister for Sport Donncha Ó Laoghaire", "The Minister for Tourism, Culture and Creative Arts, Akosua
// Frimpong-Manso,": a portfolio of common nouns, then a name from anywhere, no given-name list needed.
function portfolioName(toks: readonly Tok[], h: { to: number; head: EnHead }): { from: number; to: number; title: number } | null {
  if (h.head.kind !== 'office' || !/^(for|of)$/.test(toks[h.to]?.lower ?? '')) return null;
  const p = portfolioEnd(toks, h.to + 1);
  if (p === h.to + 1) return null;
  const comma = toks[p]?.text === ',';
  const at = honorificEnd(toks, comma ? p + 1 : p);
  const n = nameEnd(toks, at);
  const words = toks.slice(at, n).filter((t) => t.word).length;
  if (words < 2 || portfolioWord(toks[at]) || isPlace(toks, at, n) || hasOrgWord(toks, at, n)) return null;
  return !comma || AFTER_NAME.has(toks[n]?.lower ?? '.') ? { from: at, to: n, title: p } : null;
}

function add(found: Map<number, Found>, from: number, to: number, title?: string): void {
  const f = found.get(from) ?? { from, to, titles: [] };
  f.titles.push(...(title ? splitPosts(title) : []));
  found.set(from, f);
}

/** Every name mention of the article, with the titles written around it. */

const HONOUR_WORD = /\b(Paduka|Mahkota|Darjah|Pingat|Kebesaran|Bintang)\b/;

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
  const { alone, lower } = surnamesAlone(units);
  const firstName = new Map<Unit, PersonMention>();
  for (const [ui, u] of units.entries()) {
    const { toks } = u;
    const found = new Map<number, Found>();
    const lead: EnTitle[] = [];
    titledNames(u, found, lead);
    for (let i = 0; i < toks.length; i++) for (const n of pluralTitled(toks, i)) add(found, n.from, n.to, n.title);
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
      const last = toks[e - 1]?.lower ?? '';
      // (Not "the City of Greater Geelong": a name after "X of" is the body's.)
      const ofBody = toks[i - 1]?.lower === 'of' && !!toks[i - 2]?.cap;
      // (The full name comes first: "Make Trump …" after fifty "Trump"s is no new name.)
      const byAlone = (alone.get(last) ?? -1) >= ui && e - i <= 3 && !lower.has(toks[i]!.lower) && !isPlace(toks, i, i + 1) && !isPlace(toks, i, e) && !ofBody;
      const known = (courtesy.has(last) || byAlone) && !EN_HONORIFICS.has(toks[i - 1]?.lower ?? '');
      if (e - i >= 2 && !isPlace(toks, i, e) && !hasOrgWord(toks, i, e) && (known || appositive(u, e).length || roleClause(u, e).length)) add(found, i, e);
    }
    for (const f of found.values()) f.titles.push(...appositive(u, f.to), ...roleClause(u, f.to), ...predicateTitles(u, f.to));
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
    // ("Wong Lai Peng teaches pottery. The minister said …": someone else speaking about her.)
    // ("The Queen's Gallantry Medal …": a title owning a thing names the thing, nobody in the story.)
    const speaks = /^(said|says|told|added|praised|thanked|congratulated|presented|handed|announced|'s|’s)$/.test(u.toks[t.to]?.lower ?? '');
    // ("Garda Fogarty, who was 31, …": a title before a surname is that person's, whoever was named before.)
    if (person && !person.short && !speaks && !nameWord(u.toks[t.to])) out.push({ ...person, titles: [titleText(u, t).replace(/^the\s+/i, '')] });
  }
  out.push(...fullerNames(units, out));
  out.push(...shortMentions(units, out));
  // ("the Dato' Paduka Mahkota Selangor": a Malay honour after its style reads like a name, and is none.)
  return out.filter((m) => !HONOUR_WORD.test(m.name));
}

function toMention(u: Unit, f: Found): PersonMention {
  const name = slice(u.source, u.toks, f.from, f.to).replace(/[’']s$/, '');
  const span = { start: u.toks[f.from]!.start, end: u.toks[f.to - 1]!.end };
  const words = u.toks.slice(f.from, f.to).filter((t) => t.word).length;
  const courtesy = courtesyBefore(u.toks, f.from);
  return { name, span, titles: f.titles, sentence: u.index, short: words < 2 && !f.titles.length, given: words < 2 && courtesy };
}

/** Named English officials, one per person, with every distinct title (later mentions by surname attach in the merger). */
export function officials(ctx: FactContext): OfficialFact[] {
  const people = peopleOf(ctx, findEnPeople);
  pronounTitles(ctx, people);
  return toOfficials(ctx, people);
}

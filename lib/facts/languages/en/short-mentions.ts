/**
 * Short mentions of people the article names in full: "Reyes" and "Mr Reyes" for Ana Reyes, "Delos
 * Reyes" for Joel Delos Reyes, "Ms Rosnah" for Rosnah Ismail (a given name after a courtesy word).
 */
import type { PersonMention } from '../../people';
import type { Unit } from '../../units';
import type { Tok } from '../../words';
import { CHINESE_SURNAMES, courtesyBefore, nameWord } from './names';
import { appositive, predicateTitles, roleClause } from './titles-after';

export function shortMentions(units: readonly Unit[], full: PersonMention[]): PersonMention[] {
  givenPairs(units, full);
  // (A Chinese name's surname comes first: "Goh" for Goh Shu Fen.)
  const surnameOf = (n: string): string => { const w = n.split(/\s+/); return (w.length === 3 && CHINESE_SURNAMES.has(w[0]!.toLowerCase()) ? w[0]! : w[w.length - 1]!).toLowerCase(); };
  const surnames = new Set(full.filter((m) => !m.short && m.name.includes(' ')).map((m) => surnameOf(m.name)));
  // Given names of one person only, for "Ms Rosnah" (Rosnah Ismail).
  const givens = new Map<string, Set<string>>();
  for (const m of full) {
    if (m.short || !m.name.includes(' ')) continue;
    const g = m.name.split(/\s+/)[0]!.toLowerCase();
    givens.set(g, (givens.get(g) ?? new Set()).add(m.name));
  }
  // "Delos Reyes" for Joel Delos Reyes, "Van Wyk" for Pieter van Wyk: a surname with its particle.
  const twoWord = new Set(full.filter((m) => !m.short && m.name.split(/\s+/).length >= 3).map((m) => m.name.split(/\s+/).slice(-2).join(' ').toLowerCase()).filter((n) => PARTICLE.test(n.split(' ')[0]!)));
  const out: PersonMention[] = [];
  const inside = (u: Unit, t: Tok): boolean =>
    full.some((m) => (m.sentence < 0) === (u.index < 0) && m.span.start <= t.start && t.end <= m.span.end);
  for (const u of units) {
    u.toks.forEach((t: Tok, i) => {
      const next = u.toks[i + 1];
      if (next?.cap && twoWord.has(`${t.lower} ${next.lower}`) && !nameWord(u.toks[i - 1]) && !inside(u, t)) {
        const span = { start: t.start, end: next.end };
        out.push({ name: u.source.slice(span.start, span.end), span, titles: titlesFrom(u, i + 2), sentence: u.index, short: true, given: false });
      }
      if (!t.cap) return;
      const courtesy = courtesyBefore(u.toks, i);
      const given = courtesy && !surnames.has(t.lower) && givens.get(t.lower)?.size === 1;
      if (!(surnames.has(t.lower) || given) || nameWord(u.toks[i + 1]) || (nameWord(u.toks[i - 1]) && !courtesy) || inside(u, t)) return;
      // "Voss, who was also minister of state for …", "Reyes, 61, also chairs the board": titles after a surname too.
      out.push({ name: t.text, span: { start: t.start, end: t.end }, titles: titlesFrom(u, i + 1), sentence: u.index, short: true, given });
    });
  }
  return out;
}

/** "Ms Nurul Huda" for Nurul Huda Kamsani: two given names after a courtesy word are a short form (marked so in place). */
function givenPairs(units: readonly Unit[], full: PersonMention[]): void {
  const long = full.filter((m) => !m.short && m.name.split(/\s+/).length >= 3).map((m) => m.name.toLowerCase());
  for (const m of full) {
    const w = m.name.toLowerCase().split(/\s+/);
    if (m.short || w.length !== 2 || new Set(long.filter((l) => l.startsWith(`${w.join(' ')} `))).size !== 1) continue;
    const u = units.find((x) => x.index === m.sentence);
    const i = u ? u.toks.findIndex((t) => t.start === m.span.start) : -1;
    if (u && i > 0 && courtesyBefore(u.toks, i)) Object.assign(m, { short: true, given: true });
  }
}

// The posts written right after a short name at j: an apposition, a ", who …" clause, a predicate.
const titlesFrom = (u: Unit, j: number): string[] => [...appositive(u, j), ...roleClause(u, j), ...predicateTitles(u, j)];

const PARTICLE = /^(san|santa|santo|de|del|dela|delos|della|da|das|dos|di|du|van|von|le|la|st|bin|binti|al|el|abu|ben|mac)$/;

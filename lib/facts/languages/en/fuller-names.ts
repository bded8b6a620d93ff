/**
 * English names written in full before the cue that finds them: "Ciara Ní Bhriain broke the record" …
 * "Ní Bhriain, who finished 11th": the given name is no list's, the article's own later mention is.
 */
import type { PersonMention } from '../../people';
import type { Unit } from '../../units';
import { slice } from '../../words';
import { hasOrgWord, isPlace, nameEnd, nameWord, PROFESSIONS } from './names';
import { portfolioWord } from './portfolios';
import { headAt } from './title-parse';

// "Ciara Ní Bhriain broke the record" … "Ní Bhriain, who finished 11th": a name found by its cue later,
// written earlier with a given name no list holds.
export function fullerNames(units: readonly Unit[], found: readonly PersonMention[]): PersonMention[] {
  const names = new Set(found.filter((m) => !m.short && /\s/.test(m.name)).map((m) => m.name.toLowerCase()));
  const out: PersonMention[] = [];
  if (!names.size) return out;
  // ("Striker Kieran Mowat", "Youth Jonathan Koh": a word the article also writes in lower case is no name.)
  const common = new Set<string>();
  for (const u of units) for (const t of u.toks) if (t.word && !t.cap) common.add(t.lower);
  const heads = new Set([...names].map((n) => n.split(/\s+/)[0]!));
  for (const u of units) {
    const { toks } = u;
    for (let i = 0; i + 2 < toks.length; i++) {
      if (!heads.has(toks[i + 1]!.lower) || !nameWord(toks[i]) || nameWord(toks[i - 1]) || common.has(toks[i]!.lower) || PROFESSIONS.has(toks[i]!.lower) || portfolioWord(toks[i]) || headAt(toks, i) || hasOrgWord(toks, i, i + 1) || isPlace(toks, i, i + 1)) continue;
      const e = nameEnd(toks, i + 1);
      if (e - i < 3 || nameWord(toks[e]) || !names.has(slice(u.source, toks, i + 1, e).toLowerCase())) continue;
      const span = { start: toks[i]!.start, end: toks[e - 1]!.end };
      if (found.some((m) => (m.sentence < 0) === (u.index < 0) && m.span.start < span.end && span.start < m.span.end)) continue;
      out.push({ name: slice(u.source, toks, i, e), span, titles: [], sentence: u.index, short: false });
    }
  }
  return out;
}

/**
 * Which award an English mention names when it is written short: "the Forbes award" (the award the body
 * gave, named before), "last year's fiction prize" (the one named award with that field), "the Urdu
 * award" (the prize given in many languages), and "MBE" spelled out as the order it is.
 */
import type { AwardMention } from '../../awards-merge';
import type { FactContext } from '../../context';
import type { Unit } from '../../units';

// "the Forbes award" after "X was named European Businessman of the Year by … Forbes": the award
// named before, when the body in front of a generic "award" or "prize" gave it.
export function giversAward(ctx: FactContext, u: Unit, named: string, last: { name: string; sentence: number }): string | null {
  const owner = /^(?:the\s+)?((?:\p{Lu}[\p{L}&-]+\s+){0,2}\p{Lu}[\p{L}&-]+)\s+(?:award|prize)$/u.exec(named)?.[1];
  const from = ctx.sentences[last.sentence]?.span.start;
  if (!owner || from === undefined || u.index < 0 || last.name.includes(owner)) return null;
  const between = ctx.text.slice(from, u.toks[0]!.start);
  return new RegExp(`\\bby\\b[^.]{0,40}\\b${owner}\\b`, 'u').test(between) ? last.name : null;
}

// "Last year's fiction prize went to B" after "the Governor General's Literary Award for English-language
// fiction": a described prize whose field only one named award has is that award.
export function categoryAward(named: string, earlier: readonly string[]): string | null {
  // "The Urdu award went to B" in a story of one prize given in 24 languages: that prize, named twice or more.
  // (A language's name, not a field's: "the Manufacturing award", "the Innovation prize" are categories of their own.)
  const lang = /^(?:[Tt]he\s+)?\p{Lu}\p{Ll}+\s+(?:prize|award)$/u.test(named) && !/(ing|tion|ment|ity|ship|ance|ence|ness|ism|ure|ics|ign)\s/.test(named) ? earlier.filter((e) => earlier.filter((x) => x === e).length >= 2) : [];
  if (lang.length && !earlier.some((e) => e.includes(named.replace(/^the\s+/i, '').split(/\s+/)[0]!))) return lang[lang.length - 1]!;
  const m = /^(?:(?:[Ll]ast|[Tt]his|[Nn]ext) year['’]s\s+)?(?:[Tt]he\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:prize|award)$/.exec(named);
  if (!m || /^(the|a|an|top|main|same)\b/i.test(m[1]!)) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  const hits = [...new Set(earlier.filter((e) => words.every((x) => new RegExp(`(^|[\\s-])${x}($|\\s)`, 'i').test(e))))];
  return hits.length ? hits.reduce((x, y) => (y.length > x.length ? y : x)) : null;
}

// "appointed MBE … a Member of the Order of the British Empire (MBE)": the letters are the name written out.
export function spelledOut(text: string, out: AwardMention[]): AwardMention[] {
  const full = new Map<string, string>();
  for (const m of out) {
    const letters = m.sentence >= 0 ? /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(m.span.end, m.span.end + 12))?.[1] : undefined;
    if (letters) full.set(letters, m.name);
  }
  return full.size ? out.map((m) => (full.has(m.name) ? { ...m, name: full.get(m.name)! } : m)) : out;
}

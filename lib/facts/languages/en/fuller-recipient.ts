/**
 * The fuller name of a recipient written by surname alone ("Gill", "Lo", "Amponsah"): the recipient
 * named in full before, the one person of the article with that name part, or the fuller name the
 * article wrote first.
 */
import type { AwardMention } from '../../awards-merge';
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { slice } from '../../words';
import { courtesyBefore, nameEnd, nameWord } from './names';

// "Gill" after "Shubman Gill was named …": a surname alone is the recipient named in full before.
function fullerBefore(out: readonly AwardMention[], text: string): string | null {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(text)) return null;
  return out.findLast((m) => m.recipient?.endsWith(` ${text}`))?.recipient ?? null;
}

// "Lo" for "Agnes Lo Wing-sze": a surname written mid-name, when one person alone has it.
function onlyOneWith(people: readonly Person[], text: string): string | null {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(text)) return null;
  const withIt = people.filter((p) => p.name.split(/\s+/).includes(text));
  return withIt.length === 1 ? withIt[0]!.name : null;
}

// "Amponsah" after "Welterweight: Prince Amponsah drew with …": the fuller name the article wrote first.
export function fullerInText(units: readonly Unit[], text: string): string | null {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(text)) return null;
  for (const u of units) {
    const { toks } = u;
    for (let i = 1; i < toks.length; i++) {
      if (toks[i]!.text !== text || !nameWord(toks[i - 1]) || nameWord(toks[i - 2]) || courtesyBefore(toks, i - 1)) continue;
      if (nameEnd(toks, i - 1) === i + 1) return slice(u.source, toks, i - 1, i + 1);
    }
  }
  return null;
}

/** The fuller name for `text` by the three readings above, first found; null when none. */
export function fullerName(out: readonly AwardMention[], people: readonly Person[], units: readonly Unit[], text: string): string | null {
  return fullerBefore(out, text) ?? onlyOneWith(people, text) ?? fullerInText(units, text);
}

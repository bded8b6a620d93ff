/**
 * One entry per person: merges full and short mentions ("Ngô Thị Thanh Hằng", "bà Thanh Hằng",
 * "Hằng"; "Antony Blinken", "Mr. Blinken") and collects each person's distinct titles.
 * Language packs find the mentions; this file only decides who is who.
 */
import type { FactContext } from './context';
import type { Mention, OfficialFact, Span } from './types';
import { foldKey } from './words';

/** One name found in the text, with the titles written next to it there. */
export interface PersonMention {
  /** The name as written, without title or courtesy word. */
  name: string;
  span: Span;
  titles: string[];
  /** Index into ctx.sentences; -1 for the title (then `span` is into the title). */
  sentence: number;
  /** A courtesy/surname-only mention ("ông Thọ", "Mr Smith"): attaches to a person, never starts one. */
  short?: boolean;
  /** A given name after a courtesy word, as Malay and Arabic names are shortened ("Ms Rosnah" for Rosnah Ismail). */
  given?: boolean;
}

/** A person after merging: every form of the name, every title, every mention. */
export interface Person {
  name: string;
  keys: string[][];
  titles: string[];
  mentions: Mention[];
  sentence: number;
  span: Span;
  titled: boolean;
}

const tokensOf = (name: string): string[] => foldKey(name.replace(/(?<=\S)\s\p{Lu}\.(?=\s\S)/gu, '')).split(' ').filter(Boolean); // ("Marcus A. Greer" is Marcus Greer; not "Séamus Ó Gallchóir")

// `short` is the tail of `long` ("thanh hang" of "ngo thi thanh hang", "blinken" of "antony blinken").
function isTail(short: readonly string[], long: readonly string[]): boolean {
  const off = long.length - short.length;
  return short.length > 0 && off >= 0 && short.every((t, i) => t === long[off + i]);
}

function relation(p: Person, toks: readonly string[], given = false, heads = false): 'same' | 'shorter' | 'longer' | null {
  let rel: 'same' | 'shorter' | 'longer' | null = null;
  for (const k of p.keys) {
    // (Given names, one or two, when no one has them as a surname: "Mr Thomas" is Dylan Thomas before Thomas Pike; "Ms Nurul Huda";
    // … and in English, "Minister Edwin Tay" after "Edwin Tay Kok Leong": an English name and family name before Chinese given names.)
    const head = (given && k.length > toks.length && toks.length <= 2) || (heads && toks.length === 2 && k.length === 4);
    if (head && toks.every((t, i) => k[i] === t)) rel ??= 'shorter';
    if (k.length === toks.length && isTail(toks, k)) return 'same';
    if (isTail(toks, k)) rel = 'shorter';
    // A longer form only absorbs a one-word person ("Trump" then "Donald Trump").
    else if (isTail(k, toks) && p.keys.every((x) => x.length === 1)) rel ??= 'longer';
  }
  return rel;
}

/**
 * Groups mentions into people. An ambiguous short form ("Biden" after "Joe Biden" and "Hunter
 * Biden") goes to the person mentioned most so far, then to the one introduced first: a bare
 * surname usually means the article's main bearer of it.
 */
export function mergePeople(ctx: FactContext, mentions: readonly PersonMention[]): Person[] {
  const people: Person[] = [];
  // The title reads before the body.
  const at = (m: PersonMention): number => (m.sentence < 0 ? m.span.start - 1e9 : m.span.start);
  // Full names first, so a short form written before its full name ("Mr Smith" … "Doug Smith") still attaches.
  const sorted = [...mentions].sort((a, b) => Number(!!a.short) - Number(!!b.short) || at(a) - at(b));
  for (const m of sorted) {
    const toks = tokensOf(m.name);
    if (!toks.length) continue;
    let best: Person | null = null;
    let bestRank = -1;
    for (const p of people) {
      const rel = relation(p, toks, m.given, ctx.lang === 'en');
      if (!rel) continue;
      const rank = (rel === 'same' ? 2e9 : 1e9) + p.mentions.length * 1e4 - people.indexOf(p);
      if (rank > bestRank) [best, bestRank] = [p, rank];
    }
    if (!best) {
      if (m.short) continue;
      best = { name: m.name, keys: [], titles: [], mentions: [], sentence: m.sentence, span: m.span, titled: false };
      people.push(best);
    }
    if (!best.keys.some((k) => k.join(' ') === toks.join(' '))) best.keys.push(toks);
    if (toks.length > tokensOf(best.name).length) best.name = m.name;
    const inTitle = m.sentence < 0;
    if (!best.mentions.some((x) => x.span.start === m.span.start && !x.source === !inTitle)) {
      best.mentions.push(inTitle ? { text: m.name, span: m.span, source: 'title' } : { text: m.name, span: m.span });
    }
    // Where the fact points: the first titled mention in the body, else in the title.
    if (m.titles.length && (!best.titled || (best.sentence < 0 && !inTitle))) {
      [best.titled, best.sentence, best.span] = [true, m.sentence, m.span];
    } else if (best.sentence < 0 && !inTitle && !best.titled) [best.sentence, best.span] = [m.sentence, m.span];
    best.titles.push(...m.titles);
  }
  for (const p of people) {
    p.titles = distinctTitles(p.titles);
    p.mentions.sort((a, b) => Number(!a.source) - Number(!b.source) || a.span.start - b.span.start);
  }
  return people;
}

/** Distinct titles in order; a title that only starts a longer one is dropped. */
export function distinctTitles(titles: readonly string[]): string[] {
  const keys = titles.map((t) => foldKey(t));
  const out: string[] = [];
  const seen = new Set<string>();
  titles.forEach((t, i) => {
    const k = keys[i]!;
    if (!k || seen.has(k)) return;
    if (keys.some((o) => o !== k && o.startsWith(k + ' '))) return;
    // "minister" beside "prime minister": one word that only ends a longer title says nothing more.
    if (!k.includes(' ') && keys.some((o) => o !== k && o.endsWith(' ' + k))) return;
    seen.add(k);
    out.push(t.trim());
  });
  return out;
}

/** The officials among the people: those the article gives a position. */
export function toOfficials(ctx: FactContext, people: readonly Person[]): OfficialFact[] {
  return people
    .filter((p) => p.titled && p.titles.length)
    .map((p) => {
      const body = p.mentions.filter((m) => !m.source).sort((a, b) => a.span.start - b.span.start);
      const fact: OfficialFact = {
        name: p.name,
        titles: p.titles,
        mentions: body.length ? body : p.mentions,
        sentence: p.sentence < 0 ? (ctx.title ?? '') : (ctx.sentences[p.sentence]?.text ?? ''),
        span: p.span,
      };
      if (p.sentence < 0) fact.source = 'title';
      return fact;
    });
}

/** The person a written name refers to (full or short form), or null. */
export function resolvePerson(people: readonly Person[], name: string): Person | null {
  const toks = tokensOf(name);
  if (!toks.length) return null;
  let found: Person | null = null;
  for (const p of people) {
    const rel = relation(p, toks);
    if (rel === 'same') return p;
    if (rel === 'shorter') found ??= p;
  }
  return found;
}

/** The person last mentioned in the body before offset `pos` (what "he", "bà" or "the veteran" refer to). */
export function personBefore(people: readonly Person[], pos: number): Person | null {
  let best: Person | null = null;
  let at = -1;
  for (const p of people) {
    for (const m of p.mentions) if (!m.source && m.span.start < pos && m.span.start > at) [best, at] = [p, m.span.start];
  }
  return best;
}

/**
 * Who a pronoun or a described person in sentence `si` refers to: the first person named in the
 * sentence before it, in the same paragraph (news keeps its topic as the subject: "Olsen … took
 * over in 2018. She was appointed …"), else the person last named. `fits` drops people the
 * pronoun cannot mean (a "bà" is no "Văn").
 */
// True when offset `at` sits inside a quotation opened after `from`.
function quotedAt(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const curly = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  return curly || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

// (Not "Bà Lê Thị Hoa …": a courtesy word before a name opens on the name.)
// (After an opening time: "In 1987 she shared …", "Năm 1997, bà được …".)
const PRONOUN_OPENING = /^(?:(?:In|Năm|By|Later|Then|In late|In early) (?:\d{4},? )?|Later, |Then, )?(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[cC]ô|[hH]e|[sS]he|[hH]is|[hH]er)(?![\p{L}\p{N}])(?!\s+\p{Lu})/u;

export function pronounReferent(
  ctx: FactContext,
  people: readonly Person[],
  si: number,
  fits: (p: Person) => boolean = () => true,
  depth = 0,
): Person | null {
  const here = ctx.sentences[si];
  const prev = ctx.sentences[si - 1];
  const ok = people.filter(fits);
  const nobody = !!prev && !ok.some((p) => p.mentions.some((m) => !m.source && m.span.start >= prev.span.start && m.span.start < prev.span.end));
  if (here && prev && prev.paragraph === here.paragraph) {
    // "Bà là … cùng với A và B. Năm 1997, bà được …": a sentence opening on a pronoun keeps the topic.
    if (depth < 3 && PRONOUN_OPENING.test(prev.text)) return pronounReferent(ctx, people, si - 1, fits, depth + 1);
    // (Not someone named inside a quotation: '"… thơ Nguyễn Du …", bà Oanh chia sẻ.')
    const unquoted = ok.filter((p) => p.mentions.some((m) => !m.source && m.span.start >= prev.span.start && m.span.start < prev.span.end && !quotedAt(ctx.text, prev.span.start, m.span.start)));
    const first = personAfter(unquoted, prev.span.start);
    if (first && first.mentions.some((m) => !m.source && m.span.start < prev.span.end && m.span.start >= prev.span.start)) return first;
    // A sentence naming nobody ('"…", cô kể.') leaves the person named before it in the paragraph the topic.
    if (depth < 3 && nobody) return pronounReferent(ctx, people, si - 1, fits, depth + 1);
  } else if (here && prev) {
    // A new paragraph: the sentence before still gives the topic when it opens with a person.
    const first = personAfter(ok, prev.span.start);
    if (first && first.mentions.some((m) => !m.source && m.span.start === prev.span.start)) return first;
    // (… or, naming nobody and opening on "His …", keeps the person its own paragraph was about.)
    if (depth < 3 && nobody && /^(His|Her|Their)\s/.test(prev.text)) return pronounReferent(ctx, people, si - 1, fits, depth + 1);
  }
  return topicBefore(ok, here?.span.start ?? 0);
}

/**
 * The person a story is about, as far as offset `pos`: the one named most often before it (the
 * subject of a profile or an obituary, counting the headline), the last named on a tie. A pronoun opening a paragraph
 * after someone else was named in passing ("… appointed by President X. ¶ In 1987 she shared …")
 * still means the story's subject.
 */
function topicBefore(people: readonly Person[], pos: number): Person | null {
  let best: Person | null = null;
  let [count, last] = [0, -1];
  for (const p of people) {
    // The headline names the story's subject too.
    let [n, at] = [0, -1];
    for (const m of p.mentions) {
      if (m.source) n++;
      else if (m.span.start < pos) [n, at] = [n + 1, Math.max(at, m.span.start)];
    }
    if (at >= 0 && (n > count || (n === count && at > last))) [best, count, last] = [p, n, at];
  }
  return best;
}

/**
 * The person first mentioned in the body at or after offset `pos`: who a lead's "A soldier …"
 * refers to when nobody is named before it (news names the person in the next sentence).
 */
export function personAfter(people: readonly Person[], pos: number): Person | null {
  let best: Person | null = null;
  let at = Infinity;
  for (const p of people) {
    for (const m of p.mentions) if (!m.source && m.span.start >= pos && m.span.start < at) [best, at] = [p, m.span.start];
  }
  return best;
}

const cache = new WeakMap<FactContext, Person[]>();

/** Memoises the people of a context, so awards reuse what officials found. */
export function peopleOf(ctx: FactContext, find: (ctx: FactContext) => PersonMention[]): Person[] {
  let p = cache.get(ctx);
  if (!p) cache.set(ctx, (p = mergePeople(ctx, find(ctx))));
  return p;
}

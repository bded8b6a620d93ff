/**
 * The language-neutral half of date extraction: runs a language's rules over the article, drops
 * datelines, fixes missing years, resolves relative references and deduplicates by value.
 */
import type { FactContext, PubDate, Sentence } from './context';
import { addDays, addMonths, inferYear, iso, type Parts, resolveWeekday, weekdayInWeek } from './date-math';
import { type DateCandidate, type DateRule, findCandidates, isRelative, type Relative } from './date-rules';
import type { DateFact } from './types';

/** The sentence containing `offset`, by binary search over sentences in text order; -1 if none. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.span.start) hi = mid - 1;
    else if (offset >= s.span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// What may stand next to dates in a dateline: clock times, zones.
const CLOCK = /\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?|(?<![\p{L}])[ap]\.?m\.?(?![\p{L}])|GMT[+-]?\d*|UTC[+-]?\d*/giu;

/**
 * True for a paragraph that is only a dateline ("Feb. 21, 2019", "Updated 3:27 am PST, Wednesday,
 * November 20, 2019"): the page's date widget, not a fact of the article.
 */
function isDateline(paragraph: string, offset: number, dates: readonly DateCandidate[]): boolean {
  if (paragraph.length > 120) return false;
  let rest = '';
  let at = 0;
  for (const c of dates) {
    rest += `${paragraph.slice(at, c.start - offset)} `;
    at = c.end - offset;
  }
  rest += paragraph.slice(at);
  return (rest.replace(CLOCK, ' ').match(/\p{L}+/gu) ?? []).length <= 2;
}

/** Candidates with the sentence they stand in; those outside any sentence or in a dateline are dropped. */
function placeInSentences(ctx: FactContext, cands: DateCandidate[]): Array<[DateCandidate, number]> {
  const placed = cands.map((c) => [c, sentenceAt(ctx.sentences, c.start)] as [DateCandidate, number]).filter(([, i]) => i >= 0);
  const byParagraph = new Map<number, { start: number; end: number; dates: DateCandidate[] }>();
  for (const s of ctx.sentences) {
    const p = byParagraph.get(s.paragraph);
    if (p) p.end = s.span.end;
    else byParagraph.set(s.paragraph, { start: s.span.start, end: s.span.end, dates: [] });
  }
  for (const [c, i] of placed) byParagraph.get(ctx.sentences[i]!.paragraph)!.dates.push(c);
  const datelines = new Set<DateCandidate>();
  for (const p of byParagraph.values()) {
    if (p.dates.length && isDateline(ctx.text.slice(p.start, p.end), p.start, p.dates)) p.dates.forEach((c) => datelines.add(c));
  }
  return placed.filter(([c]) => !datelines.has(c));
}

/**
 * The year an article without a publication date fixes for day-months written without one: the
 * latest year among its ranges of full dates ("(25/11/1996 - 25/11/2016)" → 2016), else the latest year
 * written in the same sentence ("Sáng 20/5, … Lễ trao giải … năm 2017"), else the year of a full date
 * in the lead, else none.
 */
function contextYear(placed: ReadonlyArray<[DateCandidate, number]>): (sentence: number, m?: number, d?: number) => number | null {
  let latestFull: number | null = null;
  let lead: Parts | null = null;
  const bySentence = new Map<number, number>();
  for (const [c, i] of placed) {
    if (isRelative(c.from)) continue;
    for (const p of c.to ? [c.from, c.to] : [c.from]) {
      if (p.y === undefined) continue;
      // Only a range of full dates fixes the year ("(25/11/1996 - 25/11/2016)"): a lone full date
      // may be history ("ngày 20/9/1977") while the day-months are this year's.
      // A season across New Year ("15/12/2026 - 15/2/2027") fixes its first year.
      const season = c.to && c.to.y === (c.from.y ?? 0) + 1 && (c.to.m ?? 0) < (c.from.m ?? 0);
      if (p.d !== undefined && c.to && !(season && p === c.to)) latestFull = Math.max(latestFull ?? p.y, p.y);
      // … except in the lead, which dates the news itself ("đã từ trần … ngày 24/11/2026"), for the
      // days around it ("lễ viếng ngày 28/11"), not a month far off ("jailed on 14 March 2018 … due on 3 July").
      if (p.d !== undefined && i === 0 && (!lead || p.y > lead.y!)) lead = p;
      bySentence.set(i, Math.max(bySentence.get(i) ?? p.y, p.y));
    }
  }
  const near = (m?: number, d?: number): boolean => !!lead && m !== undefined && (m * 31 + (d ?? 15)) - (lead.m! * 31 + lead.d!) >= -7 && (m * 31 + (d ?? 15)) - (lead.m! * 31 + lead.d!) <= 45;
  // (The lead's date comes before a range's: "từ 15/12/2026 đến 15/2/2027" later in a story of 20/11.)
  return (sentence, m, d) => (near(m, d) ? lead!.y! : null) ?? latestFull ?? bySentence.get(sentence) ?? null;
}

/** ISO value of a relative reference seen from the publication date. */
function resolveRelative(f: Relative, pub: PubDate): string {
  switch (f.rel) {
    case 'day': {
      const d = addDays(pub, f.offset);
      return iso(d.year, d.month, d.day);
    }
    case 'month': {
      const { y, m } = addMonths(pub, f.offset);
      return iso(y, m);
    }
    case 'year':
      return iso(pub.year + f.offset);
    case 'month-name':
      return iso(inferYear(pub, f.month, undefined, f.dir), f.month);
    case 'month-of-year':
      return iso(pub.year + f.years, f.month, f.day);
    case 'weekday':
    case 'week-day': {
      const d = f.rel === 'weekday' ? resolveWeekday(pub, f.weekday, f.dir) : weekdayInWeek(pub, f.weekday, f.weeks);
      return iso(d.year, d.month, d.day);
    }
  }
}

/** ISO value and end of one candidate; null when it is relative and nothing fixes it. */
function resolve(c: DateCandidate, pub: PubDate | null, year: number | null): { value: string | null; end?: string } | null {
  const f = c.from;
  if (isRelative(f)) {
    const value = pub ? resolveRelative(f, pub) : null;
    return value === null ? null : { value };
  }
  const from: Parts = { ...f };
  const to: Parts | undefined = c.to && { ...c.to };
  if (from.y === undefined) {
    const y = pub ? inferYear(pub, from.m!, from.d, c.dir) : year;
    if (y === null) return { value: null };
    from.y = y;
  }
  if (to && to.y === undefined) {
    to.y = from.y;
    if ((to.m ?? 0) * 32 + (to.d ?? 0) < (from.m ?? 0) * 32 + (from.d ?? 0)) to.y++;
  }
  const value = iso(from.y, from.m, from.d);
  return to ? { value, end: iso(to.y!, to.m, to.d) } : { value };
}

/** Facts from the candidates of one text (the article or its title); `sentence(i)` gives sentence i's text. */
function toFacts(
  text: string,
  placed: ReadonlyArray<[DateCandidate, number]>,
  pub: PubDate | null,
  year: (sentence: number, m?: number, d?: number) => number | null,
  sentence: (i: number) => string,
): DateFact[] {
  const out: DateFact[] = [];
  for (const [c, i] of placed) {
    const r = resolve(c, pub, isRelative(c.from) ? null : year(i, c.from.m, c.from.d));
    if (!r) continue;
    const fact: DateFact = { text: text.slice(c.start, c.end), value: r.value, sentence: sentence(i), span: { start: c.start, end: c.end } };
    if (r.end !== undefined && r.end !== r.value) fact.end = r.end;
    out.push(fact);
  }
  return out;
}

/** One fact per value (or range); a single date that is an end of a listed range is dropped. */
function dedupe(facts: DateFact[]): DateFact[] {
  const ends = new Set(facts.flatMap((f) => (f.end ? [f.value, f.end] : [])));
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = f.value === null ? `?${f.text.toLowerCase()}` : `${f.value}|${f.end ?? ''}`;
    if (seen.has(key) || (!f.end && f.value !== null && ends.has(f.value))) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every calendar reference of the article, by a language's `rules`, in text order. A title that is
 * not the text's first paragraph is read too; its facts carry `source: 'title'` and spans into it.
 */
export function extractDates(ctx: FactContext, rules: readonly DateRule[]): DateFact[] {
  const placed = placeInSentences(ctx, findCandidates(ctx.text, rules));
  const title = ctx.title?.trim() ?? '';
  // The title counts as sentence -1; it is read only when the text does not start with it.
  const TITLE = -1;
  const titlePlaced: Array<[DateCandidate, number]> =
    title && !ctx.text.trimStart().startsWith(title) ? findCandidates(title, rules).map((c) => [c, TITLE]) : [];
  const year = contextYear([...placed, ...titlePlaced]);
  const body = toFacts(ctx.text, placed, ctx.published, year, (i) => ctx.sentences[i]!.text);
  const fromTitle = toFacts(title, titlePlaced, ctx.published, year, () => title);
  // Spans are into the trimmed title; shift them into the title as given.
  const lead = title ? ctx.title!.length - ctx.title!.trimStart().length : 0;
  const shifted = fromTitle.map((f) => ({
    ...f,
    span: { start: f.span.start + lead, end: f.span.end + lead },
    source: 'title' as const,
  }));
  return dedupe([...body, ...shifted]);
}

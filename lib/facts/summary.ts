/**
 * A short extractive summary: the lead sentence plus the sentences richest in facts, in text
 * order. Deterministic: ties go to the earlier sentence.
 */
import type { FactContext, Sentence } from './context';
import type { Facts, Span } from './types';

const MIN_WORDS = 6;
const MAX_WORDS = 70;
// A paragraph of two sentences or more, or of one this long, is body text rather than a caption
// (news ledes are often one sentence of 20-odd words; captions are shorter).
const BODY_PARAGRAPH_WORDS = 20;
// Photo credits glued into a sentence, and captions: not summary material.
const CREDIT = /(?:^|\s)(?:Ảnh|Nguồn|Photo|Image|Credit|File)\s*:/u;
// Each kind of fact counts, but a sentence listing ten officials is not ten times as informative.
const WEIGHTS = { dates: 1, officials: 1, awards: 1.5, organizations: 0.5, places: 0.5, figures: 1 } as const;
const PER_KIND_CAP = 2;

// Whitespace-separated runs; a run without a letter or digit ("–", "…") is rare enough to count.
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Every span a fact was read from, by kind (body only; title dates have spans into the title). */
function factSpans(facts: Facts): Array<[keyof typeof WEIGHTS, Span[]]> {
  return [
    ['dates', facts.dates.filter((f) => f.source !== 'title').map((f) => f.span)],
    ['officials', facts.officials.flatMap((f) => f.mentions.map((m) => m.span))],
    ['awards', facts.awards.map((f) => f.span)],
    ['organizations', facts.organizations.flatMap((f) => f.mentions.map((m) => m.span))],
    ['places', facts.places.flatMap((f) => f.mentions.map((m) => m.span))],
    ['figures', facts.figures.map((f) => f.span)],
  ];
}

/** How many spans start in each sentence. */
function countIn(sentences: readonly Sentence[], spans: readonly Span[]): number[] {
  const counts = new Array<number>(sentences.length).fill(0);
  const starts = spans.map((s) => s.start).sort((a, b) => a - b);
  let i = 0;
  for (const start of starts) {
    while (i < sentences.length && sentences[i]!.span.end <= start) i++;
    if (i < sentences.length && sentences[i]!.span.start <= start) counts[i]!++;
  }
  return counts;
}

/** A weight per sentence: capped, weighted fact counts. */
function factScores(sentences: readonly Sentence[], facts: Facts): number[] {
  const scores = new Array<number>(sentences.length).fill(0);
  for (const [kind, spans] of factSpans(facts)) {
    countIn(sentences, spans).forEach((n, i) => {
      scores[i]! += Math.min(n, PER_KIND_CAP) * WEIGHTS[kind];
    });
  }
  return scores;
}

/** Paragraph indices that read as body text, not captions or headings. */
function bodyParagraphs(sentences: readonly Sentence[], counts: readonly number[]): Set<number> {
  const stats = new Map<number, { words: number; count: number }>();
  sentences.forEach((s, i) => {
    const p = stats.get(s.paragraph) ?? { words: 0, count: 0 };
    stats.set(s.paragraph, { words: p.words + counts[i]!, count: p.count + 1 });
  });
  return new Set([...stats].filter(([, p]) => p.count >= 2 || p.words >= BODY_PARAGRAPH_WORDS).map(([i]) => i));
}

/**
 * Up to `max` (default 3) sentences: the lead (the first full sentence of body text that is not
 * the title) and the ones with the most facts for their length; the next sentences fill in when
 * facts are few, so there are at least two when the text has them.
 */
export function summarize(ctx: FactContext, facts: Facts, max = 3): string[] {
  const title = ctx.title?.trim();
  const counts = ctx.sentences.map((s) => words(s.text));
  const usable = ctx.sentences
    .map((s, i) => ({ s, i, n: counts[i]! }))
    // (A credit has a colon: the regex, slow at every position of a long sentence, is tried only then.)
    .filter(({ s, n }) => n >= MIN_WORDS && n <= MAX_WORDS && s.text !== title && !(s.text.includes(':') && CREDIT.test(s.text)));
  const body = bodyParagraphs(ctx.sentences, counts);
  const lead = usable.find((u) => body.has(u.s.paragraph)) ?? usable[0];
  if (!lead) return [];
  const scores = factScores(ctx.sentences, facts);
  const ranked = usable
    .filter((u) => u !== lead)
    // Quotations summarise less than reported facts.
    .map((u) => ({ ...u, score: (scores[u.i]! / Math.sqrt(u.n)) * (/^["“‘'«]/u.test(u.s.text) ? 0.5 : 1) }))
    .filter((u) => u.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen = [lead, ...ranked.slice(0, max - 1)];
  for (const u of usable) {
    if (chosen.length >= Math.min(2, max)) break;
    if (u.i > lead.i && !chosen.includes(u)) chosen.push(u);
  }
  return chosen.sort((a, b) => a.i - b.i).map((u) => u.s.text);
}

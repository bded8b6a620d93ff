import type { Span } from '../facts/types';
import { isIsoDate, isObj, type Obj } from './shape';

const LISTS = ['dates', 'officials', 'awards', 'organizations', 'places', 'figures'] as const;

function spanProblems(span: unknown, text: string, path: string): string[] {
  if (!isObj(span)) return [`${path}: expected a span`];
  const { start, end } = span;
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) {
    return [`${path}: start/end must be integers`];
  }
  if (start < 0 || end > text.length || start > end) return [`${path}: [${start}, ${end}) outside text of length ${text.length}`];
  return [];
}

/** The span's text, or null when the span is malformed (spanProblems reports why). */
function sliceOf(span: unknown, text: string): string | null {
  if (!isObj(span) || spanProblems(span, text, '').length) return null;
  const s = span as unknown as Span;
  return text.slice(s.start, s.end);
}

/** Checks that `value` names exactly the span's text, as provenance requires. */
function sameText(value: unknown, span: unknown, text: string, path: string): string[] {
  const got = sliceOf(span, text);
  if (got === null || got === value) return [];
  return [`${path}: text.slice(span) is ${JSON.stringify(got.slice(0, 60))}, fact says ${JSON.stringify(String(value).slice(0, 60))}`];
}

/** Checks the sentence a fact quotes: it occurs in the text and contains the fact's own span. */
function sentenceProblems(f: Obj, text: string, path: string): string[] {
  if (typeof f.sentence !== 'string' || !f.sentence) return [`${path}.sentence: expected a non-empty string`];
  const got = sliceOf(f.span, text);
  if (got !== null && !f.sentence.includes(got) && !got.includes(f.sentence)) {
    return [`${path}.sentence: does not contain the fact's span text ${JSON.stringify(got.slice(0, 60))}`];
  }
  if (!text.includes(f.sentence)) return [`${path}.sentence: not found in the text`];
  return [];
}

function mentionProblems(mentions: unknown, body: string, title: string | undefined, path: string): string[] {
  if (!Array.isArray(mentions)) return [`${path}: expected an array`];
  return mentions.flatMap((m, i) => {
    const p = `${path}[${i}]`;
    if (!isObj(m) || typeof m.text !== 'string') return [`${p}: expected {text, span}`];
    const text = pickText(m, body, title, p);
    if (typeof text !== 'string') return text;
    return [...spanProblems(m.span, text, `${p}.span`), ...sameText(m.text, m.span, text, p)];
  });
}

/** The string a fact's or mention's span points into: the title when `source` says so, else the text. */
function pickText(f: Obj, body: string, title: string | undefined, path: string): string | string[] {
  if (f.source === undefined) return body;
  if (f.source !== 'title') return [`${path}.source: unexpected ${JSON.stringify(f.source)}`];
  return title ?? [`${path}: points into a title that was not given`];
}

// Facts that may stand only in the title (lib/facts/types.ts); entities and figures may not.
const TITLE_KINDS = new Set(['dates', 'officials', 'awards']);

function factProblems(kind: (typeof LISTS)[number], f: unknown, body: string, title: string | undefined, path: string): string[] {
  if (!isObj(f)) return [`${path}: expected an object`];
  if (f.source !== undefined && !TITLE_KINDS.has(kind)) return [`${path}.source: ${kind} cannot come from the title`];
  const text = pickText(f, body, title, path);
  if (typeof text !== 'string') return text;
  const out = [...spanProblems(f.span, text, `${path}.span`), ...sentenceProblems(f, text, path)];
  switch (kind) {
    case 'dates':
      out.push(...sameText(f.text, f.span, text, path));
      if (f.value !== null && (typeof f.value !== 'string' || !isIsoDate(f.value))) out.push(`${path}.value: not ISO: ${JSON.stringify(f.value)}`);
      if (f.end !== undefined && (typeof f.end !== 'string' || !isIsoDate(f.end))) out.push(`${path}.end: not ISO: ${JSON.stringify(f.end)}`);
      if (typeof f.value === 'string' && typeof f.end === 'string' && f.end < f.value) out.push(`${path}.end: before value`);
      break;
    case 'figures':
      out.push(...sameText(f.text, f.span, text, path));
      if (typeof f.value !== 'number' || !Number.isFinite(f.value)) out.push(`${path}.value: expected a finite number`);
      if (f.unit !== null && typeof f.unit !== 'string') out.push(`${path}.unit: expected string or null`);
      if (typeof f.what !== 'string') out.push(`${path}.what: expected a string`);
      break;
    case 'officials':
      if (typeof f.name !== 'string' || !f.name.trim()) out.push(`${path}.name: empty`);
      if (!Array.isArray(f.titles) || f.titles.some((t) => typeof t !== 'string')) out.push(`${path}.titles: expected string[]`);
      out.push(...mentionProblems(f.mentions, body, title, `${path}.mentions`));
      break;
    case 'organizations':
    case 'places':
      if (typeof f.name !== 'string' || !f.name.trim()) out.push(`${path}.name: empty`);
      out.push(...mentionProblems(f.mentions, body, title, `${path}.mentions`));
      break;
    case 'awards':
      if (typeof f.name !== 'string' || !f.name.trim()) out.push(`${path}.name: empty`);
      if (f.recipient !== null && typeof f.recipient !== 'string') out.push(`${path}.recipient: expected string or null`);
      break;
  }
  return out;
}

/** Options of validateFacts. */
export interface FactsCheckOptions {
  /** The title given to computeFacts (NFC): dates with `source: "title"` point into it. */
  title?: string;
  path?: string;
}

/**
 * Checks Facts against the contract in lib/facts/types.ts and against the NFC text they were read
 * from: every span lies inside `text`, dates and figures quote their span exactly, mentions too,
 * each sentence occurs in the text, and so does each summary line. Returns one line per problem.
 */
export function validateFacts(facts: unknown, text: string, opts: FactsCheckOptions = {}): string[] {
  const path = opts.path ?? 'facts';
  if (!isObj(facts)) return [`${path}: expected an object`];
  const out: string[] = [];
  if (typeof facts.lang !== 'string') out.push(`${path}.lang: expected a string`);
  if (typeof facts.supported !== 'boolean') out.push(`${path}.supported: expected boolean`);
  for (const kind of LISTS) {
    const list = facts[kind];
    if (!Array.isArray(list)) out.push(`${path}.${kind}: expected an array`);
    else list.forEach((f, i) => out.push(...factProblems(kind, f, text, opts.title, `${path}.${kind}[${i}]`)));
  }
  if (!Array.isArray(facts.summary) || facts.summary.some((s) => typeof s !== 'string')) out.push(`${path}.summary: expected string[]`);
  else {
    facts.summary.forEach((s: string, i) => {
      if (!text.includes(s)) out.push(`${path}.summary[${i}]: not found in the text`);
    });
  }
  return out;
}

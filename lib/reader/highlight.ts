/**
 * Text-quote highlighting: find a sentence of `article.text` in the rendered article DOM and wrap it.
 * The rendered HTML's text equals article.text only modulo whitespace (paragraph breaks, indentation,
 * NBSP) and Unicode composition, so matching runs on a folded form: NFC, with whitespace and
 * invisible characters dropped, each folded character remembering the text node it came from.
 */

/** A position inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** A match: `start` inclusive, `end` exclusive, possibly in different text nodes. */
export interface TextMatch {
  start: TextPoint;
  end: TextPoint;
}

interface FoldedText {
  chars: string;
  /** For each folded UTF-16 unit: its source node (if any) and the source offsets it covers. */
  from: { node: Text | null; start: number; end: number }[];
}

// A base character with its combining marks (so NFC composes the same on both sides), or a space run.
const CLUSTER = /\s+|[\u00ad\u200b-\u200d\u2060\ufeff]+|[^\s]\p{M}*/gu;
const SKIPPED = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]/u;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT; a literal so this runs on any Window (jsdom, Chromium).
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
// Short quotes can occur anywhere; anchoring on a prefix and a suffix is only meaningful for long ones.
const ANCHOR = 24;

function fold(text: string, node: Text | null, into: FoldedText): void {
  for (const m of text.matchAll(CLUSTER)) {
    if (SKIPPED.test(m[0])) continue;
    const start = m.index;
    for (const char of m[0].normalize('NFC')) {
      // One entry per UTF-16 unit, so indexes into `chars` index `from` too (astral characters are two).
      for (let i = 0; i < char.length; i++) into.from.push({ node, start, end: start + m[0].length });
      into.chars += char;
    }
  }
}

/** `text` folded for matching: NFC, without whitespace or invisible characters. */
export function foldText(text: string): string {
  const out: FoldedText = { chars: '', from: [] };
  fold(text, null, out);
  return out.chars;
}

/** Where `offset` of article.text falls in folded text: a hint that tells repeated quotes apart. */
export function quoteHint(text: string, offset: number): number {
  return foldText(text.slice(0, Math.max(0, offset))).length;
}

/** The visible text nodes under `root`, in document order. */
export function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!UNSEEN.has(n.parentElement?.tagName ?? '')) nodes.push(n as Text);
  }
  return nodes;
}

function foldNodes(nodes: Text[]): FoldedText {
  const out: FoldedText = { chars: '', from: [] };
  for (const node of nodes) fold(node.data, node, out);
  return out;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

const nearest = (candidates: number[], hint: number | undefined): number | undefined =>
  hint === undefined
    ? candidates[0]
    : candidates.reduce<number | undefined>((b, c) => (b === undefined || Math.abs(c - hint) < Math.abs(b - hint) ? c : b), undefined);

/** Folded [start, end) of the quote: exact first; for long quotes, prefix…suffix when the middle differs. */
function locate(chars: string, quote: string, hint?: number): [number, number] | null {
  const exact = nearest(occurrences(chars, quote), hint);
  if (exact !== undefined) return [exact, exact + quote.length];
  if (quote.length < ANCHOR * 3) return null;
  const head = quote.slice(0, ANCHOR);
  const tail = quote.slice(-ANCHOR);
  const spans: [number, number][] = [];
  for (const p of occurrences(chars, head)) {
    const s = chars.indexOf(tail, p + Math.floor(quote.length / 2));
    if (s !== -1 && s + ANCHOR - p <= quote.length * 1.5) spans.push([p, s + ANCHOR]);
  }
  const best = nearest(spans.map((s) => s[0]), hint);
  return spans.find((s) => s[0] === best) ?? null;
}

/** Finds `quote` in the text under `root`, whitespace-insensitively; `hint` (see quoteHint) picks among repeats. */
export function findTextQuote(root: Node, quote: string, hint?: number): TextMatch | null {
  const needle = foldText(quote);
  if (!needle) return null;
  const folded = foldNodes(textNodes(root));
  const at = locate(folded.chars, needle, hint);
  if (!at) return null;
  const first = folded.from[at[0]];
  const last = folded.from[at[1] - 1];
  if (!first?.node || !last?.node) return null;
  return { start: { node: first.node, offset: first.start }, end: { node: last.node, offset: last.end } };
}

/** Wraps the matched text under `root` in elements made by `make`, one per text node it crosses; returns them. */
export function wrapMatch(root: Node, match: TextMatch, make: () => HTMLElement): HTMLElement[] {
  const nodes = textNodes(root);
  const from = nodes.indexOf(match.start.node);
  const to = nodes.indexOf(match.end.node);
  if (from === -1 || to < from) return [];
  // Offsets first, splitting after: each split only touches its own node.
  const segments = nodes.slice(from, to + 1).map((node) => ({
    node,
    start: node === match.start.node ? match.start.offset : 0,
    end: node === match.end.node ? match.end.offset : node.length,
  }));
  const wrappers: HTMLElement[] = [];
  for (const { node, start, end } of segments) {
    // Whitespace between block elements (table rows, list items) must stay bare to keep the markup valid.
    if (!node.data.slice(start, end).trim() || !node.parentNode) continue;
    const target = start > 0 ? node.splitText(start) : node;
    if (end - start < target.length) target.splitText(end - start);
    const wrapper = make();
    target.parentNode?.insertBefore(wrapper, target);
    wrapper.appendChild(target);
    wrappers.push(wrapper);
  }
  return wrappers;
}

/** Removes every wrapper matching `selector` under `root`, merging the split text back. */
export function clearHighlights(root: HTMLElement, selector = '[data-highlighted]'): void {
  for (const el of Array.from(root.querySelectorAll(selector))) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    parent.normalize();
  }
}

export interface HighlightOptions {
  /** See quoteHint. */
  hint?: number;
  /** Tooltip on the highlighted text: which facts came from it. */
  title?: string;
}

/** Clears earlier highlights under `root`, then marks `quote` with `<mark data-highlighted="true">`; [] when not found. */
export function highlightQuote(root: HTMLElement, quote: string, options: HighlightOptions = {}): HTMLElement[] {
  clearHighlights(root);
  const match = findTextQuote(root, quote, options.hint);
  if (!match) return [];
  const doc = root.ownerDocument;
  return wrapMatch(root, match, () => {
    const mark = doc.createElement('mark');
    mark.className = 'lede-highlight';
    mark.dataset.highlighted = 'true';
    if (options.title) mark.title = options.title;
    return mark;
  });
}

/**
 * The hint (see quoteHint) for a fact's sentence: where that sentence starts in `text`, taking the
 * occurrence that contains the fact's own span when the sentence is repeated.
 */
export function sentenceHint(text: string, sentence: string, span: { start: number; end: number } | null): number | undefined {
  if (!span) return undefined;
  const at = text.lastIndexOf(sentence, span.start);
  return quoteHint(text, at !== -1 && at + sentence.length >= span.end ? at : span.start);
}

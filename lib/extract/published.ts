import { inChromeNear } from './chrome';
import { parseDateText, parseIsoDate, type DateParseOptions } from './dates';

// Meta keys (property, name or itemprop, lower-cased) that carry the publication date, best first.
const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'article:published',
  'published_time',
  'article:publicationdate',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'pdate',
];
const MAX_TEXT_NODES_AFTER = 80;
const MAX_TEXT_NODES_BEFORE = 20;
// The article body starts in earnest after this much running text; a date line comes before.
const BODY_CHARS = 600;
const LINE_MAX = 120;

function fromMeta(doc: Document): string[] {
  const found = new Map<string, string[]>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (META_KEYS.includes(key)) found.set(key, [...(found.get(key) ?? []), meta.getAttribute('content') ?? '']);
  }
  return META_KEYS.flatMap((key) => found.get(key) ?? []);
}

function fromItemprop(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[itemprop="datePublished" i]')).map((el) =>
    (el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '').trim(),
  );
}

/** Text nodes around the headline, nearest first after it, then the ones just before it. */
function nearHeadline(doc: Document, headline: Element): Text[] {
  const after: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = headline;
  let bodyChars = 0;
  for (let n = walker.nextNode(); n && after.length < MAX_TEXT_NODES_AFTER && bodyChars < BODY_CHARS; n = walker.nextNode()) {
    const text = n.nodeValue?.trim() ?? '';
    if (!text || headline.contains(n)) continue;
    if (text.length > LINE_MAX) bodyChars += text.length;
    after.push(n as Text);
  }
  const before: Text[] = [];
  walker.currentNode = headline;
  for (let n = walker.previousNode(); n && before.length < MAX_TEXT_NODES_BEFORE; n = walker.previousNode()) {
    if (!n.nodeValue?.trim()) continue;
    // Everything before the site header or menu is page chrome (date widgets, tool bars), whatever its
    // class names say: a menu is a row of links.
    if (inChromeNear(n, headline) || inLinkRow(n)) break;
    before.push(n as Text);
  }
  return [...after, ...before];
}

// A block of four or more links holding little else: a menu bar.
function inLinkRow(node: Node): boolean {
  const block = node.parentElement?.closest('div, ul, ol, p, section');
  const links = block ? Array.from(block.querySelectorAll('a')) : [];
  if (!block || links.length < 4) return false;
  const all = block.textContent?.replace(/\s+/g, '').length ?? 0;
  const linked = links.reduce((n, a) => n + (a.textContent?.replace(/\s+/g, '').length ?? 0), 0);
  return linked >= all * 0.8;
}

// The second paragraph of running text in an <article> (the first may be the standfirst): what follows it is under the story.
function secondParagraph(article: Element | null): Element | undefined {
  return Array.from(article?.querySelectorAll('p') ?? []).filter((p) => (p.textContent?.length ?? 0) > LINE_MAX)[1];
}

const follows = (el: Element, p: Element | undefined): boolean => !!p && !!(p.compareDocumentPosition(el) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) && !p.contains(el);

function lineOf(node: Text): string {
  const whole = node.parentElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return whole.length <= LINE_MAX ? whole : (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
}

function fromNearHeadline(doc: Document, headline: Element): string[] {
  const nodes = nearHeadline(doc, headline).filter((n) => !inChromeNear(n, headline));
  // A <time datetime> in that stretch or in the headline's <article> is the page's own date;
  // then the visible lines.
  const times = nodes.map((n) => n.parentElement?.closest('time[datetime]')).filter((t): t is Element => !!t);
  // (Not one under the story, in a comment thread whatever its class names: only before the body's running text.)
  const article = headline.closest('article');
  const second = secondParagraph(article);
  const articleTimes = Array.from(article?.querySelectorAll('time[datetime]') ?? []).filter((t) => !inChromeNear(t, headline) && !follows(t, second));
  const lines = nodes.map(lineOf).filter((l) => l.length <= LINE_MAX);
  return [...[...times, ...articleTimes].map((t) => t.getAttribute('datetime') ?? ''), ...lines];
}

// "Hôm nay: 27.11.2026", "Today is Friday, 27 November": a widget stating the reader's day, not the page's.
const TODAY = /(?:^|[\s|•·(])(?:hôm nay|today(?: is)?)\s*[:,]?\s*(?:\p{L}+\s*,?\s*){0,3}\d/iu;
const SPAN = /(?:19|20)\d{2}\D{0,3}\s[–—-]\s[^–—:|]{0,20}?(?:19|20)\d{2}/;

function fromUrl(url: string): string[] {
  const m = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url);
  return m ? [`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`] : [];
}

/**
 * Every place the page may state its publication date, best first: meta tags, JSON-LD,
 * itemprop, a <time> or a visible line next to the headline (never a site-wide date widget),
 * then a /YYYY/MM/DD/ URL. Read before Readability changes the page; parsed by pickPublished.
 */
export function publishedCandidates(doc: Document, headline: Element | null, jsonLdDates: string[], url: string): string[] {
  return [...fromMeta(doc), ...jsonLdDates, ...fromItemprop(doc), ...(headline ? fromNearHeadline(doc, headline) : []), ...fromUrl(url)];
}

/** The first candidate that holds a full date, as ISO; null when none does. */
export function pickPublished(candidates: string[], dates: DateParseOptions): string | null {
  for (const candidate of candidates) {
    // "3/5/1940 – 30/10/2026", "May 3, 1940 – October 30, 2026": a lifespan or a run of dates, not when
    // the page was published.
    if (SPAN.test(candidate) || TODAY.test(candidate)) continue;
    const value = parseIsoDate(candidate) ?? parseDateText(candidate, dates);
    if (value) return value;
  }
  return null;
}

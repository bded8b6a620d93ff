import type { Clipping, SavedArticle } from '../db';
import { fnv1a64, fold } from '../db/fold';

/** A person (family, given) or an organisation/desk written as is. */
export type Author = { family: string; given: string } | { literal: string };

/** Year, then month and day when known. */
export type DateParts = [number] | [number, number] | [number, number, number];

/** What every citation format needs about one newspaper article. */
export interface Source {
  key: string;
  title: string;
  /** The newspaper or site. */
  container: string;
  authors: Author[];
  issued: DateParts | null;
  url: string;
  accessed: DateParts;
  lang: string;
  abstract: string;
}

const LEAD = /^(by|bởi|theo|tác giả|reporting by)\s*:?\s+/i;
const SEPARATORS = /\s*(?:,|;|&|\/|\band\b|\bvà\b|\s[-–—]\s)\s*/iu;

/** Authors from a byline: "By Jane Doe and John Smith" → Doe, Jane; Smith, John. Vietnamese names put the family name first. */
export function parseByline(byline: string | null, lang: string): Author[] {
  if (!byline) return [];
  return byline
    .replace(LEAD, '')
    .split(SEPARATORS)
    .map((p) => p.trim().replace(/[.]+$/, ''))
    .filter(Boolean)
    .map((part): Author => {
      const words = part.split(/\s+/);
      // One word ("PV", "Reuters"), a number or too many words: a desk or an agency, not a person.
      if (words.length < 2 || words.length > 5 || /[\d@()]/.test(part)) return { literal: part };
      return lang === 'vi'
        ? { family: words[0]!, given: words.slice(1).join(' ') }
        : { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
    });
}

/** The date parts of an ISO date as the publisher wrote it (no time-zone shift), or null. */
export function isoParts(iso: string | null): DateParts | null {
  const m = iso && /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [m[1], m[2], m[3]].map((x) => (x ? Number(x) : 0)) as [number, number, number];
  return d ? [y, mo, d] : mo ? [y, mo] : [y];
}

/** The reader's local calendar day of an epoch-ms time. */
export function localParts(ms: number): DateParts {
  const d = new Date(ms);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '');

/** name + year + first title word ("tran2024huan"); the one stable part of a key. */
function baseKey(s: Omit<Source, 'key'>): string {
  const first = s.authors[0];
  const who = first ? ('family' in first ? first.family : first.literal.split(/\s+/)[0]!) : s.container.split(/\s+/)[0] ?? '';
  const word = fold(s.title).split(/[^a-z0-9]+/).find((w) => w.length >= 3) ?? '';
  return (slug(who) || 'anon') + (s.issued ? s.issued[0] : 'nd') + word;
}

/**
 * Sources to cite: the articles, then clipped pages not saved as articles (deduplicated by URL).
 * Keys are stable: a key only gains a suffix (from a hash of the URL) when two sources share it.
 */
export function citationSources(articles: SavedArticle[], clippings: Clipping[] = []): Source[] {
  const seen = new Set<string>();
  const raw: Array<Omit<Source, 'key'>> = [];
  for (const a of articles) {
    if (seen.has(a.url)) continue;
    seen.add(a.url);
    raw.push({
      title: a.title, container: a.siteName ?? a.site, authors: parseByline(a.byline, a.lang),
      issued: isoParts(a.publishedTime), url: a.url, accessed: localParts(a.savedAt), lang: a.lang, abstract: a.excerpt,
    });
  }
  for (const c of clippings) {
    if (c.articleId || seen.has(c.url)) continue;
    seen.add(c.url);
    raw.push({
      title: c.title, container: c.siteName ?? c.site, authors: [], issued: isoParts(c.publishedTime), url: c.url,
      accessed: localParts(c.savedAt), lang: '', abstract: '',
    });
  }
  const bases = raw.map(baseKey);
  const count = new Map<string, number>();
  for (const b of bases) count.set(b, (count.get(b) ?? 0) + 1);
  return raw.map((s, i) => {
    const base = bases[i]!;
    return { ...s, key: count.get(base)! > 1 ? `${base}-${fnv1a64(s.url).slice(-4)}` : base };
  });
}

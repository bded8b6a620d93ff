import { inChrome } from './chrome';
import { isRtlLang, primaryTag } from './lang';

const SEPARATORS = /\s+[|\-–—:»·•]\s+/;

/** NFC, one space between words. */
export const clean = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i][content], meta[name="${key}" i][content]`);
    const value = clean(el?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** The article's headline: the <h1> outside site chrome (the one the titles agree with when several); null if none. */
export function findHeadline(doc: Document): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => clean(h.textContent).length > 0);
  const content = h1s.filter((h) => !inChrome(h));
  if (content.length > 1) {
    const titles = `${doc.title} ${meta(doc, 'og:title') ?? ''}`.normalize('NFC');
    const agreed = content.find((h) => titles.includes(clean(h.textContent)));
    if (agreed) return agreed;
  }
  if (content[0]) return content[0];
  // (A page with no <h1>, as older CMSs write it: "<h2 class="contentheading">", the <h2> the title repeats.)
  const titles = `${doc.title} ${meta(doc, 'og:title') ?? ''}`.normalize('NFC');
  return Array.from(doc.querySelectorAll('h2')).find((h) => !inChrome(h) && clean(h.textContent).split(' ').length >= 4 && titles.includes(clean(h.textContent))) ?? null;
}

/** Drops a trailing " | Site" / " - Site" from a document title. */
function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATORS);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const rest = title.slice(0, title.length - last.length).replace(/\s+[|\-–—:»·•]\s+$/, '');
  const isSite = (siteName && last.toLowerCase() === siteName.toLowerCase()) || last.split(' ').length <= 3;
  return isSite && rest.split(' ').length >= 3 ? rest : title;
}

/** A headline worth trusting: several words, not a section name or a logo. */
const plausibleHeadline = (s: string): boolean => s.length >= 15 && s.length <= 300 && s.split(' ').length >= 3;

/**
 * The headline as the page shows it (its <h1>, when plausible), else og:title, else <title>
 * without its site suffix. og:title is often a shorter social-media variant of the headline.
 */
export function findTitle(doc: Document, headline: Element | null, siteName: string | null): string {
  const h1 = clean(headline?.textContent);
  if (plausibleHeadline(h1)) return h1;
  const og = meta(doc, 'og:title', 'twitter:title');
  if (og) return siteName && og.endsWith(siteName) ? stripSiteSuffix(og, siteName) : og;
  return stripSiteSuffix(clean(doc.title), siteName) || h1;
}

/** og:site_name, application-name, the JSON-LD publisher, else the host name without "www.". */
export function findSiteName(doc: Document, publisher: string | null, url: string): string | null {
  const named = meta(doc, 'og:site_name', 'application-name') ?? (publisher ? clean(publisher) : null);
  if (named) return named;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/** The canonical URL when absolute (http/https), else the given URL, else the document's own. */
export function findUrl(doc: Document, given?: string): string {
  const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')?.trim();
  if (href) {
    try {
      const abs = new URL(href, given || doc.baseURI);
      if (abs.protocol === 'http:' || abs.protocol === 'https:') return abs.href;
    } catch {
      // A malformed canonical is ignored.
    }
  }
  if (given) return given;
  return doc.URL && doc.URL !== 'about:blank' ? doc.URL : '';
}

/** The page's own language tag: <html lang>, xml:lang, content-language, og:locale. */
export function findLangHint(doc: Document): string {
  const root = doc.documentElement;
  const tag =
    root.getAttribute('lang') ||
    root.getAttribute('xml:lang') ||
    doc.body?.getAttribute('lang') ||
    meta(doc, 'content-language', 'og:locale', 'language') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    '';
  return primaryTag(tag.replace('_', '-')) ? tag.replace('_', '-') : '';
}

/** ltr/rtl: an explicit dir (on the article, the body or the page), else the language's direction. */
export function findDir(explicit: string | null | undefined, lang: string): 'ltr' | 'rtl' {
  if (explicit && /^(ltr|rtl)$/i.test(explicit)) return explicit.toLowerCase() as 'ltr' | 'rtl';
  return isRtlLang(lang) ? 'rtl' : 'ltr';
}

/** The byline without a leading "By", null when missing or implausibly long. */
export function cleanByline(byline: string | null | undefined): string | null {
  const value = clean(byline).replace(/^(by|bởi|theo)(\s+|$)/i, '');
  return value && value.length <= 120 ? value : null;
}

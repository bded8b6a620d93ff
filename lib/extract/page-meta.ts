import { readJsonLd } from './jsonld';
import { clean, findHeadline, findLangHint, findSiteName, findTitle, findUrl } from './metadata';
import { publishedCandidates } from './published';

/** What the page says about itself, read before Readability rearranges it. */
export interface PageMeta {
  url: string;
  siteName: string | null;
  /** The headline, og:title or <title>; "" when the page has none of them. */
  title: string;
  headlineFromJsonLd: string;
  langHint: string;
  description: string;
  /** Publication date candidates, best first (see publishedCandidates). */
  dates: string[];
}

/** Reads the page's metadata: URL, site, title, language hint, description and date candidates. */
export function readPageMeta(page: Document, givenUrl?: string): PageMeta {
  const headline = findHeadline(page);
  const jsonLd = readJsonLd(page);
  const url = findUrl(page, givenUrl);
  const siteName = findSiteName(page, jsonLd.publisherName, url);
  const description = page.querySelector('meta[property="og:description" i], meta[name="description" i]')?.getAttribute('content');
  return {
    url,
    siteName,
    title: findTitle(page, headline, siteName),
    headlineFromJsonLd: clean(jsonLd.headline),
    langHint: findLangHint(page),
    description: clean(description),
    dates: publishedCandidates(page, headline, jsonLd.datesPublished, url),
  };
}

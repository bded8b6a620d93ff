/** One heading of the article, for the table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  /** 2–4: the article title is the page's h1, so body headings start at h2 (an h1 in the body counts as 2). */
  level: number;
}

// h5/h6 in news articles are styling, not structure.
const HEADINGS = 'h1, h2, h3, h4';
/** Fewer headings than this and a table of contents only repeats what the eye already sees. */
export const TOC_MIN_ENTRIES = 2;

/** Gives each non-empty heading under `root` the id `lede-h-N` and lists them in document order. */
export function collectHeadings(root: ParentNode): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const h of Array.from(root.querySelectorAll<HTMLElement>(HEADINGS))) {
    const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    // Our own prefixed ids: a site's ids are not unique across articles and could clash with the page's.
    const id = `lede-h-${toc.length + 1}`;
    h.id = id;
    toc.push({ id, text, level: Math.max(2, Number(h.tagName.slice(1))) });
  }
  return toc;
}

/** Whether the table of contents is worth showing: at least TOC_MIN_ENTRIES headings. */
export const showToc = (toc: readonly TocEntry[]): boolean => toc.length >= TOC_MIN_ENTRIES;

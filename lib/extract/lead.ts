/**
 * The standfirst ("sapo") that many news sites, Vietnamese portals above all, put in its own
 * element above the article body, where Readability's top candidate often leaves it out.
 */

// Class names sites give the lead paragraph; "lead" alone is left out (lead-image, leaderboard…).
const LEAD_SELECTOR = [
  '[class*="sapo" i]',
  '[data-role="sapo" i]',
  '[class*="standfirst" i]',
  '[class~="description" i]',
  '[class*="article-description" i]',
  '[class*="detail-description" i]',
  '[class*="article__summary" i]',
  '[class*="detail__summary" i]',
].join(',');
const OUTSIDE = 'header, nav, aside, footer, a, li, [class*="related" i], [class*="relate" i]';
const MIN_CHARS = 60;
const MAX_CHARS = 800;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().normalize('NFC');

/** The page's lead paragraph when it stands in a marked element of its own, else null. Read before Readability runs. */
export function findLead(page: Document): string | null {
  for (const el of Array.from(page.querySelectorAll(LEAD_SELECTOR))) {
    if (el.closest(OUTSIDE) || el.querySelector('p, li, img, figure')) continue;
    const text = squash(el.textContent ?? '');
    if (text.length >= MIN_CHARS && text.length <= MAX_CHARS) return text;
  }
  return null;
}

/** Puts the lead first in Readability's content when the content does not already hold it. */
export function restoreLead(root: Element, lead: string | null): void {
  if (!lead || squash(root.textContent ?? '').includes(lead)) return;
  const doc = root.ownerDocument;
  const p = doc.createElement('p');
  p.textContent = lead;
  // Readability wraps the body in one page div; the lead goes inside it, before the first paragraph.
  const page = root.firstElementChild?.id === 'readability-page-1' ? root.firstElementChild : root;
  page.insertBefore(p, page.firstChild);
}

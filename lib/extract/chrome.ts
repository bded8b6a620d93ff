/** Recognises site chrome in the live page: the parts around an article that are not it. */

const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']);
const CHROME_ROLES = /^(banner|navigation|contentinfo|complementary|search)$/i;
// Class/id words of site-wide bars; inside an <article> the same words name the article's own parts.
const SITE_NAMES = /(^|[\s_-])(top-?bar|site-?header|masthead|header|navbar|nav|menu|footer|banner|weather|logo|brand|site-?title|site-?name)($|[\s_-])/i;
// Class/id words of widgets wherever they are: sidebars, promos, comment threads, share bars.
const WIDGET_NAMES =
  /(^|[\s_-])(sidebar|side-?bar|widget|promo|advert|ads|comments?|binh-?luan|related|most-?read|popular|trending|newsletter|subscribe|social|share|cookie)($|[\s_-])/i;

function inArticle(el: Element): boolean {
  return el.closest('article, main, [role="main"], [itemprop="articleBody"]') !== null;
}

/** True when the element itself is chrome: nav, footer, aside, a site header, or named like a widget. */
export function isChromeElement(el: Element): boolean {
  // (An ASP.NET page wraps everything in one <form id="aspnetForm">: a form holding the story is no search box.)
  if (CHROME_TAGS.has(el.tagName)) return !(el.tagName === 'FORM' && holdsHeadline(el));
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  const widget = WIDGET_NAMES.test(names);
  if (!widget && el.tagName !== 'HEADER' && !SITE_NAMES.test(names)) return false;
  // VnExpress puts the whole story in "sidebar-1": a box holding the headline is the page's column.
  if (holdsHeadline(el)) return false;
  // Thanh Niên's "detail__header" holds the headline and its date line: the article's own header
  // (a <header> too, when the page has no <article> around it).
  if (!widget && holdsTitleHeadline(el)) return false;
  return widget || !inArticle(el);
}

// An <h1> of five words or more that the document title repeats: the story's headline, not a logo.
function holdsTitleHeadline(el: Element): boolean {
  const h1 = el.querySelector('h1');
  const text = h1?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (text.split(' ').length < 5) return false;
  const title = el.ownerDocument.title.replace(/\s+/g, ' ');
  return title.includes(text.slice(0, 24)) || text.includes(title.split(/\s+[|\-–—]\s+/)[0]!.slice(0, 24));
}

// A block with the page's <h1> and paragraphs of running text under it.
function holdsHeadline(el: Element): boolean {
  if (!el.querySelector('h1')) return false;
  let chars = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) if ((chars += p.textContent?.length ?? 0) > 400) return true;
  return false;
}

/** True when the node sits inside chrome (checked up to `<body>`). */
export function inChrome(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') return false;
    if (isChromeElement(el)) return true;
  }
  return false;
}

/**
 * Like inChrome, for the lines around the headline: a box named like a header that sits beside the
 * headline ("header-content" holding the breadcrumb and the date line) is the article's own header.
 */
export function inChromeNear(node: Node, headline: Element): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') return false;
    if (!isChromeElement(el)) continue;
    const beside = el.parentElement === headline.parentElement && el.tagName === 'DIV';
    if (!beside || WIDGET_NAMES.test(`${el.id} ${el.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

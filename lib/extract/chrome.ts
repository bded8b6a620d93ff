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
  if (CHROME_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  if (WIDGET_NAMES.test(names)) return true;
  if (el.tagName !== 'HEADER' && !SITE_NAMES.test(names)) return false;
  return !inArticle(el);
}

/** True when the node sits inside chrome (checked up to `<body>`). */
export function inChrome(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') return false;
    if (isChromeElement(el)) return true;
  }
  return false;
}

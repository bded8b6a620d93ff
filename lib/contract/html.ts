/**
 * What "sanitized" means for article HTML that an extension page renders. The checks run on a
 * DOM (any Document: jsdom's in tests, the browser's in e2e) so that they see what a browser sees
 * after parsing, not what a regex guesses from the string.
 */

// Elements that run code, load other documents, submit data, change the base or leave the article.
const FORBIDDEN = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe',
  'form', 'base', 'meta', 'link', 'style', 'noscript', 'template', 'slot',
  // Form controls in a privileged page are phishing (a fake password box), never article text.
  'input', 'button', 'select', 'textarea', 'isindex', 'keygen',
  // SVG that loads or animates attributes, or embeds HTML.
  'foreignobject', 'use', 'animate', 'set', 'animatemotion', 'animatetransform', 'handler', 'listener',
]);

// Attributes whose value the browser fetches or navigates to.
const URL_ATTRS = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data',
  'codebase', 'lowsrc', 'dynsrc', 'longdesc', 'manifest', 'icon', 'itemtype', 'profile',
]);
const XHTML = 'http://www.w3.org/1999/xhtml';
const LINKING = new Set(['a', 'area', 'link', 'base']);
// Where an HTML element follows or loads a URL attribute (SVG and MathML follow any href).
const FOLLOWED: Record<string, ReadonlySet<string>> = {
  href: LINKING,
  src: new Set(['img', 'source', 'video', 'audio', 'track', 'iframe', 'frame', 'embed', 'script', 'input']),
  poster: new Set(['video']),
  background: new Set(['body', 'table', 'td', 'th']),
};
// Attributes that are never needed in article text and each make a request or a navigation.
const BANNED_ATTRS = new Set(['ping', 'srcdoc', 'formaction', 'http-equiv', 'attributename']);

const SAFE_SCHEME = /^(https?|mailto|tel):/;
// Media elements never render a data: URL as a document, whatever its type.
const MEDIA = new Set(['img', 'source', 'video', 'audio', 'track']);
// A data: image in CSS fetches nothing.
const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/;

// Names an article may not take besides document/form properties (DOM clobbering): named access
// on window only shadows globals that do not exist yet, and `browser` does not exist in Chrome.
const CLOBBER_NAMES = new Set(['browser', '__proto__', 'constructor', 'prototype']);

/** Lowercases and strips what browsers ignore in a URL: whitespace, C0 controls and tab/newline anywhere. */
export function normalizeUrl(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g, '').toLowerCase();
}

/**
 * True when a URL may appear in article HTML: absolute http(s), mailto, tel or a fragment.
 * `mediaSrc`: the URL is the src of an image or media element, which never runs a data: URL.
 */
export function isSafeUrl(value: string, mediaSrc = false, extraSchemes: readonly string[] = []): boolean {
  const v = normalizeUrl(value);
  // Only fragments may stay relative: an extension page resolves anything else against its own
  // origin, so "library.html?…" or "//x" would open the extension's pages, not the site's.
  if (!/^[a-z][a-z0-9+.-]*:/.test(v)) return v.startsWith('#');
  if (mediaSrc && v.startsWith('data:')) return true;
  return SAFE_SCHEME.test(v) || extraSchemes.some((s) => v.startsWith(`${s}:`));
}

/** Decodes CSS escapes and drops comments so `u\72l(` and `ur/**\/l(` are seen as `url(`. */
function cssPlain(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd))
    .replace(/\\(.)/g, '$1')
    .toLowerCase();
}

/** Problems of a CSS text: anything that fetches (url(), image-set(), @import) or runs (expression()). */
export function cssProblems(css: string): string[] {
  const plain = cssPlain(css);
  const out: string[] = [];
  for (const m of plain.matchAll(/url\s*\(\s*(['"]?)([^'")]*)/g)) {
    if (!DATA_IMAGE.test(normalizeUrl(m[2] ?? ''))) out.push(`url(${(m[2] ?? '').slice(0, 60)})`);
  }
  if (/image-set\s*\(|@import|expression\s*\(|-moz-binding|behavior\s*:/.test(plain)) out.push('fetching or scripting CSS');
  if (/position\s*:\s*(fixed|sticky)/.test(plain)) out.push('position:fixed can overlay the extension UI');
  return out;
}

/** "relative URL" (resolves against the extension's origin) or "unsafe URL" (a scheme not allowed). */
export function urlKind(value: string): 'relative URL' | 'unsafe URL' {
  return /^[a-z][a-z0-9+.-]*:/.test(normalizeUrl(value)) ? 'unsafe URL' : 'relative URL';
}

function srcsetUrls(value: string): string[] {
  // Candidates are "URL [descriptor]" separated by commas; a data: URL may itself hold commas, so
  // treat anything that does not look like a URL start as part of the previous candidate.
  return value
    .split(/,(?=\s*(?:[a-z][a-z0-9+.-]*:|\/|\.|[^\s,]))/i)
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function describe(el: Element): string {
  const id = el.getAttribute('id');
  return `<${el.localName}${id ? `#${id.slice(0, 30)}` : ''}>`;
}

/** Options of validateSafeHtml. */
export interface SafeHtmlOptions {
  /** More URL schemes to accept, e.g. ["file"] for the CLI, whose pages live on disk. */
  extraSchemes?: readonly string[];
}

interface Probe {
  doc: Document;
  form: Element;
  extraSchemes: readonly string[];
}

function elementProblems(el: Element, probe: Probe): string[] {
  const out: string[] = [];
  const tag = el.localName.toLowerCase();
  const where = describe(el);
  if (FORBIDDEN.has(tag)) out.push(`${where}: forbidden element`);
  if (tag === 'style') out.push(...cssProblems(el.textContent ?? '').map((p) => `${where}: ${p}`));
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    const value = attr.value;
    if (name.startsWith('on')) out.push(`${where}: event handler attribute ${name}`);
    if (BANNED_ATTRS.has(name)) out.push(`${where}: attribute ${name}`);
    // An href on an HTML element that does not link (img, p, …) does nothing at all.
    const inertHref = name === 'href' && el.namespaceURI === XHTML && !LINKING.has(tag);
    if ((URL_ATTRS.has(name) || name.endsWith(':href')) && !inertHref) {
      const mediaSrc = MEDIA.has(tag) && name === 'src';
      const kind = isSafeUrl(value, mediaSrc, probe.extraSchemes) ? null : urlKind(value);
      // A relative URL matters only where the page follows or loads it; on cite, action or
      // longdesc of a non-form element it is inert text.
      const followed = el.namespaceURI !== XHTML || FOLLOWED[name]?.has(tag) === true;
      if (kind === 'unsafe URL' || (kind === 'relative URL' && followed)) out.push(`${where}: ${kind} in ${name}: ${value.slice(0, 80)}`);
    }
    // srcset means something on <img> and <source> only.
    if (name === 'srcset' && (tag === 'img' || tag === 'source')) {
      for (const u of srcsetUrls(value)) if (!isSafeUrl(u, true, probe.extraSchemes)) out.push(`${where}: ${urlKind(u)} in srcset: ${u.slice(0, 80)}`);
    }
    if (name === 'style') out.push(...cssProblems(value).map((p) => `${where}: style ${p}`));
    if (name === 'id' || name === 'name') {
      if (CLOBBER_NAMES.has(value) || value in probe.doc || value in probe.form) {
        out.push(`${where}: ${name}=${JSON.stringify(value)} clobbers a DOM property`);
      }
    }
  }
  if (tag === 'a' || tag === 'area') {
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (href !== null && !href.trim().startsWith('#')) {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (el.namespaceURI === XHTML && !(rel.includes('noopener') && rel.includes('noreferrer'))) {
        out.push(`${where}: link without rel="noopener noreferrer"`);
      }
    }
  }
  return out;
}

/** Parses `html` into an inert document made from `doc`, as an extension page's innerHTML would. */
export function parseInert(html: string, doc: Document): HTMLElement {
  const inert = doc.implementation.createHTMLDocument('');
  const host = inert.createElement('div');
  host.innerHTML = html;
  return host;
}

/**
 * Problems that would make `html` unsafe to render in an extension page; [] means safe.
 * `doc` is any Document; parsing happens in an inert document created from it.
 */
export function validateSafeHtml(html: string, doc: Document, opts: SafeHtmlOptions = {}): string[] {
  const out: string[] = [];
  if (/<script/i.test(html)) out.push('html contains "<script"');
  const host = parseInert(html, doc);
  const probe: Probe = { doc: host.ownerDocument, form: host.ownerDocument.createElement('form'), extraSchemes: opts.extraSchemes ?? [] };
  const walk = (root: ParentNode): void => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      out.push(...elementProblems(el, probe));
      // <template> contents live in their own fragment that querySelectorAll does not enter.
      if (el.localName === 'template') walk((el as HTMLTemplateElement).content);
    }
  };
  walk(host);
  return out;
}

import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'script', 'noscript', 'template'],
  // No inline style at all: the reader sets its own typography, and CSS escapes (`u\\72l(`),
  // image-set() and friends make a filter of fetching CSS a losing game.
  FORBID_ATTR: ['srcdoc', 'formaction', 'ping', 'style'],
  ALLOW_DATA_ATTR: false,
};

// DOMPurify drops ids and names that shadow document and form properties; named access on window
// also shadows globals an extension page expects (`browser` is undefined in Chrome) and prototypes.
const CLOBBER_NAMES = new Set(['browser', 'chrome', '__proto__', 'constructor', 'prototype']);

const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = DOMPurify(win as unknown as WindowLike);
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if ((data.attrName === 'id' || data.attrName === 'name') && CLOBBER_NAMES.has(data.attrValue.trim().toLowerCase())) data.keepAttr = false;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // Reader links open outside the reader and give the target page no handle back.
    if (node.nodeName === 'A' && (node as Element).hasAttribute('href')) {
      (node as Element).setAttribute('rel', 'noopener noreferrer');
      (node as Element).setAttribute('target', '_blank');
    }
  });
  purifiers.set(win, purifier);
  return purifier;
}

/**
 * Sanitizes article HTML for display and storage with DOMPurify bound to `win` (a browser window
 * or a jsdom one): keeps text, figures, tables, links and images; drops scripts, handlers, forms,
 * frames, `javascript:`/`data:` links, `<base>`, meta refresh and inline style.
 */
export function sanitizeHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}

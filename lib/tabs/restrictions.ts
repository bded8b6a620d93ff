import type { TabErrorCode } from '../messaging/types';

/** Schemes no extension may script. */
const BROWSER_SCHEMES = [
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:',
  'edge:', 'extension:', 'moz-extension:', 'opera:', 'brave:', 'vivaldi:', 'view-source:',
  'resource:', 'javascript:', 'data:', 'blob:',
];

/** Extension stores: the browsers refuse to script them whatever the permissions. */
const STORES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.opera.com' },
];

/** Chrome's and Edge's built-in PDF viewers are extensions of their own. */
const PDF_VIEWERS = ['mhjfbmdgcfjbbpaeojofohoefgiehjai'];

/**
 * What stops Lede reading a page at `url`, judged from the address alone, or null when
 * nothing does. An unknown address (no activeTab grant yet) is never judged here.
 */
export function classifyUrl(url: string | undefined): TabErrorCode | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'restricted-page';
  }
  if (parsed.protocol === 'chrome-extension:' && PDF_VIEWERS.includes(parsed.hostname)) return 'pdf';
  if (BROWSER_SCHEMES.includes(parsed.protocol)) return 'restricted-page';
  const host = parsed.hostname.toLowerCase();
  const store = STORES.some((s) => host === s.host && (!s.path || parsed.pathname.startsWith(s.path)));
  if (store) return 'restricted-page';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/**
 * Maps what `scripting.executeScript` threw to a stable code. The messages are Chrome's and
 * Firefox's own wording; anything unknown is "internal".
 */
export function classifyScriptingError(message: string, url?: string): TabErrorCode | 'internal' {
  const m = message.toLowerCase();
  if (/no tab with id|invalid tab id|tab .*(closed|not found)/.test(m)) return 'tab-closed';
  if (/frame .*(removed|showing error page)|document .*(unloaded|navigated)|page .*(navigated|unloaded)/.test(m)) {
    return 'navigated';
  }
  if (m.includes('extensions gallery') || m.includes('cannot be scripted') || /cannot access an? [a-z-]+:\/\/ url/.test(m)) {
    return 'restricted-page';
  }
  if (url?.startsWith('file:') || m.includes('file://')) return 'no-access';
  if (m.includes('missing host permission') || m.includes('cannot access contents of') || m.includes('permission')) {
    return 'no-access';
  }
  return 'internal';
}

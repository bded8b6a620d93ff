import { describe, expect, it } from 'vitest';
import { classifyScriptingError, classifyUrl } from '@/lib/tabs';

describe('classifyUrl', () => {
  it.each([
    ['chrome://settings/', 'restricted-page'],
    ['chrome://newtab/', 'restricted-page'],
    ['edge://extensions', 'restricted-page'],
    ['about:blank', 'restricted-page'],
    ['about:debugging#/runtime/this-firefox', 'restricted-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'restricted-page'],
    ['moz-extension://0000-1111/reader.html', 'restricted-page'],
    ['view-source:https://example.com/', 'restricted-page'],
    ['devtools://devtools/bundled/inspector.html', 'restricted-page'],
    ['https://chromewebstore.google.com/detail/lede/abc', 'restricted-page'],
    ['https://chrome.google.com/webstore/category/extensions', 'restricted-page'],
    ['https://addons.mozilla.org/en-US/firefox/addon/lede/', 'restricted-page'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'restricted-page'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['https://example.org/report.PDF', 'pdf'],
    ['https://example.org/files/a.pdf?download=1', 'pdf'],
  ] as const)('%s is %s', (url, code) => {
    expect(classifyUrl(url)).toBe(code);
  });

  it.each([
    'https://dangcongsan.vn/thoi-su/bai-viet-413560.html',
    'http://127.0.0.1:8080/page.html',
    'file:///home/me/saved.html',
    'https://chrome.google.com/search?q=webstore',
    'https://example.org/pdf-guide.html',
  ])('lets %s through', (url) => {
    expect(classifyUrl(url)).toBeNull();
  });

  it('does not judge an address it cannot see (no grant yet)', () => {
    expect(classifyUrl(undefined)).toBeNull();
    expect(classifyUrl('')).toBeNull();
  });
});

describe('classifyScriptingError', () => {
  it.each([
    ['No tab with id: 42.', 'tab-closed'],
    ['Invalid tab ID: 42', 'tab-closed'],
    ['Frame with ID 0 was removed.', 'navigated'],
    ['Frame with ID 0 is showing error page', 'navigated'],
    ['Cannot access a chrome:// URL', 'restricted-page'],
    ['Cannot access a chrome-extension:// URL of different extension', 'restricted-page'],
    ['The extensions gallery cannot be scripted.', 'restricted-page'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-access'],
    ['Missing host permission for the tab', 'no-access'],
    ['Something unexpected', 'internal'],
  ] as const)('"%s" is %s', (message, code) => {
    expect(classifyScriptingError(message)).toBe(code);
  });

  it('reads a refusal on a file:// page as missing file access', () => {
    const message = 'Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.';
    expect(classifyScriptingError(message, 'file:///tmp/a.html')).toBe('no-access');
  });
});

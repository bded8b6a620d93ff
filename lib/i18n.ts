import { browser } from 'wxt/browser';

/** A key of public/_locales/en/messages.json (WXT generates the union from that file). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * The one way to read a user-facing string: the browser's locale (English or Vietnamese),
 * with `value` filling the message's placeholder. Falls back to the key, never to "".
 */
export function t(key: MessageKey, value?: string | number): string {
  const text = browser.i18n.getMessage(key, value === undefined ? undefined : String(value));
  return text || key;
}

/**
 * The language of the strings the browser picked ("en", "vi"), so that dates and numbers are
 * written in the same language as the words around them.
 */
export function uiLanguage(): string {
  return t('uiLocale');
}

/**
 * A reader of one page's strings: the locale file's message when it has the key, else the page's
 * English text with `$VALUE$` filled (unit tests run without an i18n API).
 */
export function withFallback<K extends string>(fallback: Readonly<Record<K, string>>) {
  // WXT types getMessage with the keys it saw in messages.json; a page passes its own key list.
  const getMessage = (key: string, sub?: string) =>
    (browser.i18n.getMessage as unknown as (key: string, substitutions?: string) => string)(key, sub);
  return (key: K, value?: string | number): string => {
    const sub = value === undefined ? undefined : String(value);
    try {
      const text = getMessage(key, sub);
      if (text) return text;
    } catch {
      // No i18n API: fall through to English.
    }
    return fallback[key].replace('$VALUE$', sub ?? '');
  };
}

/** The browser's UI language for dates and numbers ("en-US", "vi", …); "en" when it does not say. */
export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

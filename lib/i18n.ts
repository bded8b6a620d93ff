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

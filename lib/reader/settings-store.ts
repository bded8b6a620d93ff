import { browser } from 'wxt/browser';
import { normalizeSettings, type ReaderSettings } from './settings';

/** The one storage key; settings are global, so every article (and every open reader tab) shares them. */
export const SETTINGS_KEY = 'readerSettings';

/** Reads the stored settings from `browser.storage.local`; defaults when none or when unreadable. */
export async function loadSettings(): Promise<ReaderSettings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return normalizeSettings(stored[SETTINGS_KEY]);
  } catch {
    // Storage can fail (quota, a profile being torn down): reading still works with defaults.
    return normalizeSettings(undefined);
  }
}

/** Writes the settings to `browser.storage.local`. */
export async function saveSettings(settings: ReaderSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `onChange` when another reader tab changes the settings; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(normalizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  atFontLimit,
  DEFAULT_SETTINGS,
  FONT_SIZES,
  nextTheme,
  normalizeSettings,
  settingsStyle,
  stepFontSize,
} from '@/lib/reader/settings';
import { loadSettings, saveSettings, SETTINGS_KEY, watchSettings } from '@/lib/reader/settings-store';

describe('settings model', () => {
  it('defaults to 18px serif, medium measure, system theme', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });

  it('keeps valid values and replaces invalid ones with defaults', () => {
    const s = normalizeSettings({ fontSize: 22, family: 'sans', width: 'gigantic', lineHeight: 'loose', theme: 'neon' });
    expect(s).toEqual({ fontSize: 22, family: 'sans', width: 'medium', lineHeight: 'loose', theme: 'system' });
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ fontSize: Number.NaN }).fontSize).toBe(18);
  });

  it('snaps an off-scale font size to the nearest step', () => {
    expect(normalizeSettings({ fontSize: 19.4 }).fontSize).toBe(20);
    expect(normalizeSettings({ fontSize: 400 }).fontSize).toBe(32);
    expect(normalizeSettings({ fontSize: 2 }).fontSize).toBe(14);
  });

  it('steps the font size up and down and stops at both ends', () => {
    const up = stepFontSize(DEFAULT_SETTINGS, 1);
    expect(up.fontSize).toBe(20);
    expect(stepFontSize(up, -1).fontSize).toBe(18);
    const top = { ...DEFAULT_SETTINGS, fontSize: FONT_SIZES[FONT_SIZES.length - 1]! };
    expect(stepFontSize(top, 1).fontSize).toBe(top.fontSize);
    expect(atFontLimit(top, 1)).toBe(true);
    expect(atFontLimit({ ...DEFAULT_SETTINGS, fontSize: 14 }, -1)).toBe(true);
    expect(atFontLimit(DEFAULT_SETTINGS, -1)).toBe(false);
  });

  it('cycles themes system → light → sepia → dark → system', () => {
    expect(['system', 'light', 'sepia', 'dark'].map((t) => nextTheme(t as never))).toEqual(['light', 'sepia', 'dark', 'system']);
  });

  it('turns settings into CSS properties, the measure scaling with the font size', () => {
    const style = settingsStyle(DEFAULT_SETTINGS);
    expect(style['--lede-font-size']).toBe('18px');
    expect(style['--lede-line-height']).toBe('1.65');
    const wider = settingsStyle({ ...DEFAULT_SETTINGS, fontSize: 24 });
    expect(parseInt(wider['--lede-measure']!, 10)).toBeGreaterThan(parseInt(style['--lede-measure']!, 10));
  });
});

describe('settings persistence', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads defaults when nothing is stored, and what was saved afterwards', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 24 });
    expect(await loadSettings()).toMatchObject({ theme: 'dark', fontSize: 24 });
  });

  it('repairs a corrupt stored value', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { theme: 42, fontSize: 'big' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells other reader tabs about changes, until unsubscribed', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.theme));
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    stop();
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(seen).toEqual(['sepia']);
  });
});

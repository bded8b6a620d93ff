/** Reader typography settings: a plain value, validated on the way in, changed by pure steps. */

export type ReaderTheme = 'system' | 'light' | 'sepia' | 'dark';
export type ReaderFamily = 'serif' | 'sans';
export type ReaderWidth = 'narrow' | 'medium' | 'wide';
export type ReaderSpacing = 'compact' | 'normal' | 'loose';

export interface ReaderSettings {
  /** Body text size in CSS pixels; always one of FONT_SIZES. */
  fontSize: number;
  family: ReaderFamily;
  width: ReaderWidth;
  lineHeight: ReaderSpacing;
  theme: ReaderTheme;
}

/** The sizes the +/- buttons step through: small steps where eyes notice them, larger ones above. */
export const FONT_SIZES: readonly number[] = [14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 32];
export const THEMES: readonly ReaderTheme[] = ['system', 'light', 'sepia', 'dark'];
export const FAMILIES: readonly ReaderFamily[] = ['serif', 'sans'];
export const WIDTHS: readonly ReaderWidth[] = ['narrow', 'medium', 'wide'];
export const SPACINGS: readonly ReaderSpacing[] = ['compact', 'normal', 'loose'];

/** Measure (characters per line) for each width: 60–80 is the comfortable range for body text. */
export const WIDTH_CH: Readonly<Record<ReaderWidth, number>> = { narrow: 60, medium: 70, wide: 82 };
/** Unitless line heights; Vietnamese stacked diacritics need more than Latin's usual 1.4. */
export const LINE_HEIGHTS: Readonly<Record<ReaderSpacing, number>> = { compact: 1.45, normal: 1.65, loose: 1.9 };

/** Defaults: 18px serif, medium measure, normal spacing, following the system's colour scheme. */
export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  fontSize: 18,
  family: 'serif',
  width: 'medium',
  lineHeight: 'normal',
  theme: 'system',
});

const pick = <T>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Nearest allowed font size to `px`, so a stored odd value (or an old scale) still lands on a step. */
export function snapFontSize(px: number): number {
  let best = FONT_SIZES[0] ?? DEFAULT_SETTINGS.fontSize;
  for (const size of FONT_SIZES) if (Math.abs(size - px) < Math.abs(best - px)) best = size;
  return best;
}

/** Any stored value (possibly from an older version, possibly garbage) -> valid settings, defaults filling the gaps. */
export function normalizeSettings(raw: unknown): ReaderSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    fontSize: typeof r.fontSize === 'number' && Number.isFinite(r.fontSize) ? snapFontSize(r.fontSize) : d.fontSize,
    family: pick(FAMILIES, r.family, d.family),
    width: pick(WIDTHS, r.width, d.width),
    lineHeight: pick(SPACINGS, r.lineHeight, d.lineHeight),
    theme: pick(THEMES, r.theme, d.theme),
  };
}

/** One step up (+1) or down (-1) the font scale; stays put at either end. */
export function stepFontSize(settings: ReaderSettings, direction: 1 | -1): ReaderSettings {
  const i = FONT_SIZES.indexOf(snapFontSize(settings.fontSize));
  const next = FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, i + direction))];
  return { ...settings, fontSize: next ?? settings.fontSize };
}

/** True when the font size cannot go further in `direction` (the button is then disabled). */
export function atFontLimit(settings: ReaderSettings, direction: 1 | -1): boolean {
  const last = direction === 1 ? FONT_SIZES[FONT_SIZES.length - 1] : FONT_SIZES[0];
  return settings.fontSize === last;
}

/** The theme after `theme` in THEMES order, wrapping round: what the `t` key does. */
export function nextTheme(theme: ReaderTheme): ReaderTheme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system';
}

/** Average character width in em for Latin and Vietnamese running text (≈0.5 in Literata and Noto Sans). */
const CHAR_EM = 0.5;

/**
 * CSS custom properties that the reader stylesheet reads; set on the root element. The measure is
 * in px, not `ch`, because the layout grid (at UI font size) sizes the article's column with it.
 */
export function settingsStyle(settings: ReaderSettings): Record<string, string> {
  return {
    '--lede-font-size': `${settings.fontSize}px`,
    '--lede-measure': `${Math.round(WIDTH_CH[settings.width] * settings.fontSize * CHAR_EM)}px`,
    '--lede-line-height': String(LINE_HEIGHTS[settings.lineHeight]),
  };
}

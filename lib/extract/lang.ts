/**
 * Language detection, checked against the text: page `lang` attributes are often wrong
 * (templates ship `lang="en"` on Vietnamese sites, `lang="de"` on an English edition).
 */

// Letters that, in Latin script, almost only Vietnamese uses: ă đ ơ ư and the tone-marked
// vowels of the Latin Extended Additional block (ạ ả ấ … ỹ).
const VI_ONLY = /[ăđơưĂĐƠƯ\u1EA0-\u1EF9]/gu;
// Letters Vietnamese shares with French/Portuguese (â ê ô and the plain acute/grave/tilde vowels).
const VI_SHARED = /[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/gu;
const LETTER = /\p{L}/gu;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/gu;
const HEBREW = /[\u0590-\u05FF]/gu;
const EN_WORDS = new Set(
  'the of and to a in is that for it was on with as he she they at by from his her said this be are have has not but an will were which who'.split(
    ' ',
  ),
);
const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** Primary subtag, lower-case ("vi-VN" → "vi"); "" when the tag is empty or malformed. */
export function primaryTag(tag: string | null | undefined): string {
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_]|\s*$)/.exec(tag ?? '');
  return m?.[1]?.toLowerCase() ?? '';
}

/** True for languages written right to left. */
export function isRtlLang(lang: string): boolean {
  return RTL_LANGS.has(primaryTag(lang));
}

/**
 * Decides the text's language: Vietnamese letters or English function words in the text win
 * over the page's hint; otherwise the hint's primary subtag; "und" when nothing is known.
 * Reads at most the first 20,000 characters.
 */
export function detectLang(text: string, hint?: string | null): string {
  const sample = text.slice(0, 20_000);
  const hinted = primaryTag(hint);
  const letters = count(sample, LETTER);
  if (letters < 20) return hinted || 'und';

  // Vietnamese: about one letter in ten is a Vietnamese-only one; French/Portuguese have none
  // of those and far fewer of the shared ones.
  const viOnly = count(sample, VI_ONLY) / letters;
  const viShared = count(sample, VI_SHARED) / letters;
  if (viOnly >= 0.03 || (viOnly >= 0.01 && viOnly + viShared >= 0.06)) return 'vi';

  const arabic = count(sample, ARABIC) / letters;
  if (arabic > 0.5) return ['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb'].includes(hinted) ? hinted : 'ar';
  const hebrew = count(sample, HEBREW) / letters;
  if (hebrew > 0.5) return hinted === 'yi' ? 'yi' : 'he';

  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => EN_WORDS.has(w)).length / Math.max(words.length, 1);
  // Running English prose has 25–40 % of these words; other languages well under 5 %.
  if (words.length >= 15 && english >= 0.15) return 'en';
  // Written Vietnamese without its letters is not Vietnamese (text in another language on a vi page).
  if (hinted === 'vi' && viOnly < 0.005 && letters >= 60) return 'und';
  return hinted || 'und';
}

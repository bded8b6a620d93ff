import type { Article, ExtractErrorCode } from '../extract/types';
import { expectCount, expectNullableString, expectString, isIsoDate, isObj } from './shape';

/** The error codes the core and the CLI may report. */
export const ERROR_CODES: readonly ExtractErrorCode[] = ['not-article', 'empty', 'too-large', 'parse-failed', 'read-failed', 'internal'];

const LANG = /^(und|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/;
const IMAGE_URL = /^(https?:|data:image\/)/i;

/**
 * Checks an Article-shaped value (from the core, the CLI or a message) against the contract in
 * lib/extract/types.ts; `omit` names fields a producer leaves out on purpose (the CLI drops images). Returns one line per problem; [] means valid. Extra keys are allowed.
 * It does not judge the HTML's safety: that is validateSafeHtml, which needs a DOM.
 */
export function validateArticle(a: unknown, path = 'article', omit: readonly (keyof Article)[] = []): string[] {
  const out: string[] = [];
  if (!isObj(a)) return [`${path}: expected an object`];
  const has = (k: keyof Article): boolean => !omit.includes(k);
  expectString(a, 'url', path, out);
  expectString(a, 'title', path, out);
  expectNullableString(a, 'byline', path, out);
  expectNullableString(a, 'siteName', path, out);
  expectString(a, 'excerpt', path, out);
  expectString(a, 'html', path, out);
  const lang = expectString(a, 'lang', path, out);
  if (lang !== null && !LANG.test(lang)) out.push(`${path}.lang: not a BCP 47 primary tag or "und": ${JSON.stringify(lang)}`);
  if (a.dir !== 'ltr' && a.dir !== 'rtl') out.push(`${path}.dir: expected "ltr" or "rtl", got ${JSON.stringify(a.dir)}`);
  const pub = a.publishedTime;
  if (pub !== null && (typeof pub !== 'string' || !isIsoDate(pub))) {
    out.push(`${path}.publishedTime: expected ISO 8601 or null, got ${JSON.stringify(pub)}`);
  }
  const text = expectString(a, 'text', path, out);
  // Text is NFC by contract; the other strings too, as the house style says ("NFC on the way in"),
  // or a search and a dedupe by title or byline miss what looks equal.
  for (const k of ['text', 'title', 'byline', 'siteName', 'excerpt'] as const) {
    const v = a[k];
    if (typeof v === 'string' && v !== v.normalize('NFC')) out.push(`${path}.${k}: not NFC`);
  }
  if (text !== null && /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) {
    out.push(`${path}.text: contains a lone surrogate`);
  }
  expectCount(a.wordCount, `${path}.wordCount`, out);
  if (typeof a.wordCount === 'number' && !Number.isInteger(a.wordCount)) out.push(`${path}.wordCount: not an integer`);
  expectCount(a.readingMinutes, `${path}.readingMinutes`, out);
  if (has('readerable') && typeof a.readerable !== 'boolean') out.push(`${path}.readerable: expected boolean`);
  if (!has('images')) return out;
  if (!Array.isArray(a.images)) out.push(`${path}.images: expected an array`);
  else a.images.forEach((img, i) => out.push(...validateImage(img, `${path}.images[${i}]`)));
  return out;
}

function validateImage(img: unknown, path: string): string[] {
  const out: string[] = [];
  if (!isObj(img)) return [`${path}: expected an object`];
  const src = expectString(img, 'src', path, out);
  if (src !== null && !IMAGE_URL.test(src.trim())) out.push(`${path}.src: not http(s) or data:image: ${src.slice(0, 80)}`);
  expectString(img, 'alt', path, out);
  if (img.caption !== undefined) expectString(img, 'caption', path, out);
  for (const k of ['width', 'height'] as const) if (img[k] !== undefined) expectCount(img[k], `${path}.${k}`, out);
  return out;
}

/** Checks a coded error: `{code, message}` with a known code and a non-empty message. */
export function validateError(e: unknown, path = 'error'): string[] {
  if (!isObj(e)) return [`${path}: expected an object`];
  const out: string[] = [];
  if (!ERROR_CODES.includes(e.code as ExtractErrorCode)) out.push(`${path}.code: unknown code ${JSON.stringify(e.code)}`);
  const msg = expectString(e, 'message', path, out);
  if (msg !== null && !msg.trim()) out.push(`${path}.message: empty`);
  return out;
}

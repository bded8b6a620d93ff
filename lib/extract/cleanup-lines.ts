/** Line-level clean-up rules: one element whose whole text is chrome. */
import {
  CREDIT_LINE,
  LINE_MAX,
  LINE_PATTERNS,
  LINK_LINE,
  PRINT_NOTE,
  WIDGET_LINE,
  isDateLine,
  isToolStrip,
} from './chrome-text';
import { parseDateText } from './dates';

export const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + textOf(a).length, 0);
  return linked / total;
}

export interface LineContext {
  title: string;
  /** Lower-case byline without "By", or "" when unknown. */
  byline: string;
}

const hasDate = (s: string): boolean => parseDateText(s, { dayFirst: true }) !== null;
const PRINT_NOTE_MAX = 500;

/** True when the element's whole text is chrome: a share bar, credit, dateline, tag list, footer… */
export function isChromeLine(el: Element, ctx: LineContext): boolean {
  if (el.tagName === 'FIGCAPTION') return false;
  const text = textOf(el);
  const printNote = PRINT_NOTE.test(text);
  // Length first: the selector check below is the costly one on big pages.
  if (printNote ? text.length > PRINT_NOTE_MAX : text.length > LINE_MAX) return false;
  if (el.querySelector('img, picture, video, figure, table')) return false;
  if (printNote) return true;
  if (!/[\p{L}\p{N}]/u.test(text) || isToolStrip(text)) return true;
  if (/^https?:\/\/\S+$/.test(text)) return true;
  const lower = text.toLowerCase();
  if (lower === ctx.title.toLowerCase()) return true;
  if (ctx.byline && lower.replace(/^(by|bởi|theo)\s+/, '') === ctx.byline) return true;
  if ((LINK_LINE.test(text) || /^\[.*\]$/.test(text)) && linkDensity(el) >= 0.5) return true;
  if (/^\[(read|watch|see|related|more|listen)\b.*\]$/i.test(text)) return true;
  if (WIDGET_LINE.test(text) || CREDIT_LINE.test(text)) return true;
  if (isDateLine(text, hasDate)) return true;
  return LINE_PATTERNS.some((re) => re.test(text));
}

/** A closing author bio: "Corey Kilgannon is a Metro reporter…", "Steven Mufson covers the White House." */
// "Katherine Lum is a Toronto-based reporter covering city hall", "Rachel Szabo covers agribusiness from
// Regina", "… writes on science for the Observer": a closing note about whoever wrote the story.
const BIO_JOB = /\b(reporter|correspondent|journalist|writer|editor|columnist|photographer|photojournalist|contributor|producer|critic|desk|bureau chief|news)\b|(^|\s)(phóng viên|nhà báo|biên tập viên|cộng tác viên)(\s|$)/;
// "Thanh Hà — phóng viên thường trú tại Phan Rang …", "Ama Mensah - health reporter …": a name, a dash, the job.
const DASH_BIO = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*[—–-]\s*([^.]{0,80})/u;
const NAMED_BIO = /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:is|was)\s+(?:[Aa]n?|[Tt]he|[Oo]ur)\s+([^.]{0,80})/u;
const NAMED_BEAT = /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:covers|writes about|writes on|reports on|reports from|has covered|has reported)\s/u;
const BEAT = /^(?:covers|writes about|writes on|reports on|reports from|has covered|has reported on|has written)\s/;

export function isAuthorBio(el: Element, byline: string): boolean {
  const whole = textOf(el);
  if (whole.length < 400) {
    const job = NAMED_BIO.exec(whole)?.[1];
    // "is the Cape Courant's transport reporter. She won …": the name was taken out as the byline.
    // ("is arts editor of The Lagoon Review", "is Coastline News' health correspondent": no article either.)
    const nameless = /^(?:is|was)\s+(?:(?:an?|the|our)\s+)?([^.]{0,80})/.exec(whole)?.[1];
    const dashed = DASH_BIO.exec(whole)?.[1];
    if ((job && BIO_JOB.test(job)) || (nameless && BIO_JOB.test(nameless)) || (dashed && BIO_JOB.test(dashed.split(/[,;]/)[0]!)) || NAMED_BEAT.test(whole) || BEAT.test(whole)) return true;
  }
  // "Renée Castillo November 19, 2026 at 6:12 p.m. EST": the name before any date in the byline.
  const first = byline.split(/\s*(?:,|\band\b|&|\||—|–|\s(?=(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d)|\s(?=\d))\s*/)[0]?.trim();
  if (!first || first.split(' ').length < 2) return false;
  const text = textOf(el).toLowerCase();
  // "… covers health care and …" once the name was taken out as the byline.
  if (/^(covers|writes about|reports on)\s/.test(text) && text.length < 400) return true;
  return text.startsWith(first) && /^\s+(is|was|covers|writes|reports|has been|joined)\b/.test(text.slice(first.length));
}

/**
 * Generic wording of news-site chrome that Readability keeps inside an article (English and
 * Vietnamese). Patterns match the whole, normalised text of one element, never a sentence.
 */

/** Headings of boxes to drop with their contents: related news, most-read lists, comments. */
export const BOX_LABEL = new RegExp(
  '^(' +
    [
      'tin liên quan', 'tin cùng chuyên mục', 'tin cùng chủ đề', 'tin khác', 'các tin khác', 'tin mới( nhất| hơn)?',
      'tin nổi bật', 'tin (đọc|xem) nhiều( nhất)?', '(đọc|xem) nhiều( nhất)?', 'xem thêm', 'đọc thêm',
      'bài (viết )?liên quan', 'có thể bạn quan tâm', 'bạn có thể quan tâm', 'tin tức liên quan',
      'other news', 'related', 'related (articles?|stories|story|news|content|coverage|links|topics|reading)',
      'read more', 'more on this (story|topic)', 'more (stories|news)', 'more from .{1,40}', 'you may also like',
      'you might also like', 'recommended( for you)?', 'most (read|popular|viewed|shared)', 'popular( now)?',
      'trending( now)?', 'latest( news| stories)?', 'top stories', 'see also', 'further reading',
      'also read', 'read next', 'up next', 'what to read next', "editors?'? picks?",
      'more', 'ý kiến bạn đọc', 'ý kiến', '(gửi |viết )?bình luận', 'comments?', 'reader comments',
      'leave a (comment|reply)', 'join the (conversation|discussion)', 'discussion',
    ].join('|') +
    ')$',
  'iu',
);

/** Box labels whose box holds readers' text rather than links: drop what follows even if long. */
export const COMMENTS_LABEL = /^(ý kiến|bình luận|gửi bình luận|viết bình luận|comments?|reader comments|leave a|join the|discussion)/iu;

const SOCIAL =
  '(facebook|twitter|x|email|e-mail|mail|zalo|linkedin|whatsapp|pinterest|reddit|telegram|messenger|print|in bài|copy link|sao chép( liên kết)?|bình luận|lưu|save|comments?|chia sẻ|share)';

/** Lines to drop on their own. */
export const LINE_PATTERNS: RegExp[] = [
  // Share bars: the word "share" then nothing but network names.
  new RegExp(`^((chia sẻ|share( this( page| article| story)?)?|share on)\\s*:?\\s*)?(${SOCIAL}[\\s·•|,/-]*){0,12}$`, 'iu'),
  // Tag lists.
  /^(từ khóa|từ khoá|tags?|chủ đề|keywords?|topics?)\s*:/iu,
  // Photo credits standing alone.
  /^[([]?\s*(ảnh|nguồn ảnh|ảnh minh (họa|hoạ)|đồ (họa|hoạ)|photo|photos|photograph|image|picture|illustration|credit|photo credit)\s*:\s*[^.!?]{1,80}[)\]]?\.?$/iu,
  /^[([]?\s*(photo|image|picture)s? (by|courtesy of) [^.!?]{1,80}[)\]]?\.?$/iu,
  // Footers.
  /(giấy phép (số|xuất bản)|cơ quan chủ quản|chịu trách nhiệm xuất bản|tổng biên tập:|©|copyright|all rights reserved|bản quyền thuộc)/iu,
  // Back-to-top links.
  /^(top|back to top|lên đầu trang|về đầu trang|đầu trang|scroll to top|[↑▲⇧^])$/iu,
  // Advertising labels.
  /^(advertisement|quảng cáo|sponsored( content)?|story continues below( advertisement)?|continue reading( the main story)?|skip advertisement)$/iu,
];

/** Longest element text a line pattern may remove (the footer test would otherwise hit paragraphs). */
export const LINE_MAX = 220;

/** "Read more: <a>headline</a>" style lines, dropped when most of their text is a link. */
export const LINK_LINE = /^(read more|xem thêm|đọc thêm|see also|related|tin liên quan|also read|more|watch)\s*[:>»]/iu;

// Font-size and close buttons ("x + aa -"): every token is a tool glyph.
const TOOL_TOKENS = new Set(['x', '×', '✕', '+', '-', '−', '–', 'a', 'aa', 'a+', 'a-', 'a−', 'print', 'in']);

/** True for a short run of tool glyphs such as "x + aa -". */
export function isToolStrip(text: string): boolean {
  const tokens = text.toLowerCase().split(/\s+/).filter(Boolean);
  return tokens.length >= 2 && tokens.every((t) => TOOL_TOKENS.has(t));
}

/** Trailing "(Ảnh: HH)" / "(Photo: Reuters)" credit at the end of a caption. */
export const CAPTION_CREDIT = /\s*[([]\s*(ảnh|nguồn ảnh|photo|image|picture|credit)\s*:[^)\]]{1,60}[)\]]\s*$/iu;

/** Normalised label text: lower case, no counts "(2)", trailing colons or arrows. */
export function labelText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\s:›»>→]+$/u, '')
    .replace(/\s*[([]\d+[)\]]$/, '')
    .trim()
    .toLowerCase();
}

// Words that accompany a date in a dateline: weekdays, months, "Published", "Updated", zones.
const DATELINE_WORDS = new RegExp(
  '(?<!\\p{L})(' +
  [
    '(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?', '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*',
    'thứ (hai|ba|tư|năm|sáu|bảy|bẩy)', 'chủ nhật', 'ngày', 'tháng', 'năm', 'lúc', 'cập nhật', 'đăng', 'published',
    'updated', 'posted', 'last updated', 'modified', 'on', 'at', 'am', 'pm', 'a\\.m\\.', 'p\\.m\\.', 'gmt', 'utc',
    'e[sd]t', 'p[sd]t', 'c[sd]t', 'm[sd]t', 'bst', 'cet', 'cest', 'ict', 'aest', 'aedt', 'ist', 'h',
  ].join('|') +
  ')(?!\\p{L})',
  'giu',
);

/** A line that is only a date and time ("Nov. 20, 2019 5:52 AM EST", "Thứ Hai, 24/11/2016 14:05"). */
export function isDateLine(text: string, hasDate: (s: string) => boolean): boolean {
  if (text.length > 100 || !hasDate(text)) return false;
  const rest = text.toLowerCase().replace(DATELINE_WORDS, ' ');
  return !/\p{L}{2,}/u.test(rest.replace(/(?<!\p{L})\p{L}(?!\p{L})/gu, ''));
}

/** Calls to action, media placeholders and author-box links that stand on their own. */
export const WIDGET_LINE =
  /^(subscribe( now| today)?|sign in|log in|sign up|register|breaking news|learn more|photo|image|video|audio|enlarge( image| this image)?|image \d+ of \d+|\d+ photos?|view (gallery|slideshow|photos?)|play video|watch( video)?|expand|close|view author archive|email the author|follow (on|us on) \w+|more articles by .{1,40}|contact the author|order reprints.*|today['’]s paper.*|advertisement)$/iu;

/** "Credit Harry Campbell" style credits with no sentence punctuation. */
export const CREDIT_LINE = /^(credit|photo credit|photograph|ảnh|photo)\s*:?\s+[^.!?]{1,60}$/iu;

/** Newspaper print-edition notes at the end of an article. */
export const PRINT_NOTE = /^(a version of this article appears in print|this article appeared in print)/iu;

/** Class or id words of boxes inside an article that are not the article (kept by Readability's keepClasses). */
export const WIDGET_CLASS =
  /(^|[\s_-])(related|promo|cta|newsletter|subscribe|subscription|social|share|sharing|comments?|author-?bio|recirc|read-?more|more-?stories|most-?read|trending|tags|breadcrumbs?|advert|advertisement|ads|sponsor(ed)?|paywall|signup|sign-?up|outbrain|taboola)($|[\s_-])/i;

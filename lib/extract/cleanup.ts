import { BOX_LABEL, CAPTION_CREDIT, COMMENTS_LABEL, WIDGET_CLASS, labelText } from './chrome-text';
import { isAuthorBio, isChromeLine, linkDensity, textOf, type LineContext } from './cleanup-lines';

const ALWAYS_DROP = 'form, button, input, select, textarea, nav, footer, script, style, noscript, template';
const LINE_TAGS = 'p, div, span, li, a, ul, ol, section, aside, h2, h3, h4, h5, h6, small, strong, b, em, i, time, header';
const LABEL_MAX = 60;
// A widget box is a minor part of the article; anything larger is the article itself.
const BOX_SHARE = 0.35;
const MEDIA = 'img, picture, video, audio, iframe, svg, table, hr';

function isFirstChild(el: Element): boolean {
  for (let n = el.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 1 || (n.nodeType === 3 && n.nodeValue?.trim())) return false;
  }
  return true;
}

/** A sibling that belongs to a related/most-read box: links and link lists, not prose. */
function isBoxPart(el: Element, comments: boolean): boolean {
  if (/^H[1-6]$/i.test(el.tagName)) return false;
  if (comments || linkDensity(el) >= 0.5) return true;
  const items = /^(UL|OL)$/i.test(el.tagName) ? Array.from(el.children) : [];
  return items.length > 0 && items.every((li) => li.querySelector('a'));
}

/** Removes the box a label heads: its wrapper when the label opens one, else the label and what follows. */
function dropBox(label: Element, root: Element, rootChars: number): void {
  let box = label;
  while (box.parentElement && box.parentElement !== root && isFirstChild(box)) {
    const parent = box.parentElement;
    if (rootChars > 400 && textOf(parent).length > rootChars * 0.6) break;
    box = parent;
  }
  const comments = COMMENTS_LABEL.test(labelText(textOf(label)));
  if (box === label) {
    for (let next = label.nextElementSibling; next && isBoxPart(next, comments); ) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
  }
  box.remove();
}

function dropLabelledBoxes(root: Element): void {
  const rootChars = textOf(root).length;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(el)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > LABEL_MAX * 3) continue;
    const label = labelText(raw);
    if (label.length <= LABEL_MAX && BOX_LABEL.test(label)) dropBox(el, root, rootChars);
  }
}

/** Boxes the site itself names as widgets (class/id), when they are a minor part of the text. */
function dropWidgetsByName(root: Element): void {
  const rootChars = textOf(root).length;
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!root.contains(el)) continue;
    const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
    if (WIDGET_CLASS.test(names) && textOf(el).length < rootChars * BOX_SHARE) el.remove();
  }
}

function dropChromeLines(root: Element, ctx: LineContext): void {
  for (const el of Array.from(root.querySelectorAll(LINE_TAGS))) {
    if (root.contains(el) && isChromeLine(el, ctx)) el.remove();
  }
  const paragraphs = Array.from(root.querySelectorAll('p, div')).filter((p) => !p.querySelector('p, div') && textOf(p));
  for (const p of paragraphs.slice(-3)) if (isAuthorBio(p, ctx.byline)) p.remove();
}

/** Lists whose items are all links with headline-length text: related-news lists without a label. */
function dropLinkLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (!root.contains(list)) continue;
    const items = Array.from(list.children).filter((li) => textOf(li));
    if (items.length < 2 || linkDensity(list) < 0.8) continue;
    if (items.every((li) => li.querySelector('a') && textOf(li).split(' ').length >= 4)) list.remove();
  }
}

const CREDIT_START = /^(credit|photo credit|photo\s*:|ảnh\s*:|image\s*:)/i;

/** Strips a trailing credit from captions: a closing "Credit …" element, or "(Ảnh: HH)" in the text. */
function stripCaptionCredits(root: Element): void {
  for (const caption of Array.from(root.querySelectorAll('figcaption'))) {
    const leaf = Array.from(caption.querySelectorAll('*')).reverse().find((el) => textOf(el) && !el.firstElementChild);
    let credit: Element | null = null;
    for (let el = leaf ?? null; el && el !== caption; el = el.parentElement) {
      if (CREDIT_START.test(textOf(el)) || el.getAttribute('itemprop') === 'copyrightHolder') credit = el;
    }
    if (credit && textOf(credit) !== textOf(caption)) credit.remove();
    const walker = caption.ownerDocument.createTreeWalker(caption, 4 /* SHOW_TEXT */);
    let text: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.trim()) text = n as Text;
    if (text && CAPTION_CREDIT.test(text.data) && textOf(caption).replace(CAPTION_CREDIT, '').trim()) {
      text.data = text.data.replace(CAPTION_CREDIT, '');
    }
  }
}

const BLOCK_TAGS = /^(P|DIV|SECTION|ARTICLE|ASIDE|HEADER|LI|UL|OL|DL|DT|DD|H[1-6]|BLOCKQUOTE|FIGURE|FIGCAPTION|SPAN|A|STRONG|B|EM|I)$/i;

function dropEmpty(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*')).reverse()) {
    if (el.tagName === 'BR') continue;
    const text = el.textContent ?? '';
    // Inline punctuation ("]", "—") stays; a block or link of nothing but punctuation is a separator.
    const empty = /^\s*$/.test(text) || (BLOCK_TAGS.test(el.tagName) && !/[\p{L}\p{N}]/u.test(text) && text.trim().length > 2);
    // Text first (cheap), then the selector checks, only for the few candidates.
    if (!empty || el.matches(MEDIA) || el.closest('table') || el.querySelector(MEDIA)) continue;
    // A space keeps the words on either side of a removed inline element apart.
    el.replaceWith(' ');
  }
}

function normalizeText(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    const nfc = text.normalize('NFC');
    if (nfc !== text) n.nodeValue = nfc;
  }
}

/**
 * Removes what Readability keeps but is not the article, by generic rules: related-news and
 * most-read boxes, comment threads, share bars, tag lists, lone photo credits, datelines,
 * footer lines, back-to-top links, font-size tools, author bios. NFC-normalises the text and
 * drops the site's class names. Mutates `root`.
 */
export function cleanArticle(root: Element, ctx: { title: string; byline: string | null }): void {
  const lineCtx: LineContext = { title: ctx.title, byline: (ctx.byline ?? '').toLowerCase() };
  normalizeText(root);
  for (const el of Array.from(root.querySelectorAll(ALWAYS_DROP))) el.remove();
  dropWidgetsByName(root);
  dropLabelledBoxes(root);
  dropChromeLines(root, lineCtx);
  dropLinkLists(root);
  stripCaptionCredits(root);
  dropEmpty(root);
  for (const el of Array.from(root.querySelectorAll('[class]'))) el.removeAttribute('class');
}

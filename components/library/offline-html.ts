import { sanitizeHtml } from '../../lib/extract/sanitize';

// Media would be fetched from the publisher: the library makes no network requests, and a
// request would tell the site what the reader is rereading.
const FETCHING_ATTRS = ['src', 'srcset', 'poster', 'background', 'data'];

/**
 * The stored article HTML made safe to show offline: sanitized again (the html may come from an
 * imported backup) and every image replaced by its alt text through `imageLabel`.
 */
export function offlineHtml(html: string, win: Window, imageLabel: (alt: string) => string): string {
  const doc = win.document;
  const template = doc.createElement('template');
  // A template's content is inert: nothing in it loads while it is rewritten.
  template.innerHTML = sanitizeHtml(html, win);
  const root = template.content;
  for (const el of [...root.querySelectorAll('picture, video, audio')]) el.replaceWith(...el.querySelectorAll('img'));
  for (const el of [...root.querySelectorAll('source, track')]) el.remove();
  for (const img of [...root.querySelectorAll('img')]) {
    const note = doc.createElement('span');
    note.className = 'offline-image';
    note.textContent = imageLabel((img.getAttribute('alt') ?? '').trim() || '…');
    img.replaceWith(note);
  }
  for (const name of FETCHING_ATTRS) for (const el of [...root.querySelectorAll(`[${name}]`)]) el.removeAttribute(name);
  return template.innerHTML;
}

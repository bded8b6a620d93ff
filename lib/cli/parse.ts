/** Node side of the core: bytes of a saved page → a jsdom Document (no scripts, no resources). */
import { JSDOM, VirtualConsole } from 'jsdom';

const SNIFF_BYTES = 4096;

/** The page's declared encoding: BOM, then <meta charset> / http-equiv in the first bytes; UTF-8 by default. */
export function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (!label) return 'utf-8';
  try {
    // An unknown label falls back to UTF-8, as browsers do; UTF-16 in a meta means UTF-8.
    const encoding = new TextDecoder(label).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return 'utf-8';
  }
}

/** Decodes a saved page by its BOM or declared charset (windows-1258 and other legacy encodings). */
export function decodeHtml(bytes: Uint8Array): string {
  return new TextDecoder(sniffEncoding(bytes)).decode(bytes);
}

// jsdom parses every stylesheet with css-tree, which throws on some real-world CSS; the reader
// never needs page styles, so they are dropped before parsing. Raw-text rules: a <style> ends at
// the first "</style", exactly what this pattern matches.
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;
const STYLESHEET_LINK = /<link\b(?=[^>]*\brel\s*=\s*["']?[^"'>]*stylesheet)[^>]*>/gi;

/** Removes <style> blocks and stylesheet links from raw HTML. */
export function stripStyles(html: string): string {
  return html.replace(STYLE_BLOCK, '').replace(STYLESHEET_LINK, '');
}

/** Parses page HTML with jsdom, silently (nothing reaches stdout), without running scripts. */
export function parseHtml(html: string, url?: string): Document {
  const virtualConsole = new VirtualConsole();
  // jsdom reports CSS and other page errors here; they are the page's problem, not ours.
  virtualConsole.on('jsdomError', () => {});
  const dom = new JSDOM(stripStyles(html), { url, virtualConsole, pretendToBeVisual: false });
  return dom.window.document;
}

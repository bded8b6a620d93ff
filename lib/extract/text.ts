/** Article DOM → plain text: one paragraph per block, paragraphs separated by one blank line. */

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA']);
const CELLS = new Set(['TD', 'TH']);

class Paragraphs {
  readonly out: string[] = [];
  private buffer = '';

  add(text: string): void {
    this.buffer += text;
  }

  flush(): void {
    const para = this.buffer.replace(/\s+/g, ' ').trim();
    if (para) this.out.push(para);
    this.buffer = '';
  }
}

function walk(node: Node, paras: Paragraphs): void {
  if (node.nodeType === 3) {
    paras.add(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) || el.hasAttribute('hidden')) return;
  if (tag === 'BR') {
    paras.flush();
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) paras.flush();
  // Table cells of one row stay on one line, separated so their values do not run together.
  if (CELLS.has(tag) && el.previousElementSibling) paras.add(' | ');
  for (let child = el.firstChild; child; child = child.nextSibling) walk(child, paras);
  if (block) paras.flush();
  else if (CELLS.has(tag)) paras.add(' ');
}

/** NFC plain text of an element: blocks become paragraphs separated by a blank line, spaces collapsed. */
export function htmlToText(root: Element): string {
  const paras = new Paragraphs();
  walk(root, paras);
  paras.flush();
  // A page's script can leave a lone surrogate in the DOM; UTF-8 cannot carry it.
  return (paras.out.join('\n\n') as string & { toWellFormed(): string }).toWellFormed().normalize('NFC');
}

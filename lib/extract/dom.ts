/**
 * Defences against DOM clobbering: in browsers, `<img name="cloneNode">` or `<form name="body">`
 * shadow document members, and `<input name="tagName">` shadows a form's. The core reads the
 * live page only through prototype lookups, then works on a clone with those names removed.
 */

// Elements whose name (and, for some, id) the Document exposes as its own properties.
const DOC_NAMED = 'img[name], img[id], form[name], embed[name], embed[id], object[name], object[id], iframe[name], frame[name], applet[name]';
// Form-associated elements whose name or id a <form> exposes as its own properties.
const FORM_NAMED = 'form [name], form [id], [form]';

/** A member found on the prototype chain (never the object's own, clobberable, properties). */
function protoMember(obj: object, name: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const desc = Object.getOwnPropertyDescriptor(p, name);
    if (desc) return desc;
  }
  return undefined;
}

/** Calls a DOM method as the prototype defines it. */
function call<T>(obj: object, name: string, ...args: unknown[]): T {
  const fn = protoMember(obj, name)?.value as ((...a: unknown[]) => T) | undefined;
  if (typeof fn !== 'function') throw new TypeError(`No ${name} on this object`);
  return fn.apply(obj, args);
}

/** Reads a DOM getter as the prototype defines it. */
function get<T>(obj: object, name: string): T | undefined {
  return protoMember(obj, name)?.get?.call(obj) as T | undefined;
}

const inProto = (obj: object, name: string): boolean => name in (Object.getPrototypeOf(obj) as object);

function unclobber(doc: Document): void {
  const all = call<NodeListOf<Element>>(doc, 'querySelectorAll', `${DOC_NAMED}, ${FORM_NAMED}`);
  for (const el of Array.from(all)) {
    // The element may itself be a clobbered form: every call goes through its prototype.
    const form = get<string>(el, 'tagName') === 'FORM' ? null : call<Element | null>(el, 'closest', 'form');
    for (const attr of ['name', 'id']) {
      const value = call<string | null>(el, 'getAttribute', attr);
      if (value && (inProto(doc, value) || (form && inProto(form, value)))) call(el, 'removeAttribute', attr);
    }
  }
}

/**
 * A deep copy of the page that is safe to read and ours to change; the live page is never touched.
 * A doctype whose name jsdom refuses to clone (`<!DOCTYPE>`, `<!doctype html!>`) is left out of
 * the copy: browsers read such pages, and the reader never needs the doctype.
 */
export function cloneDocument(doc: Document): Document {
  let clone: Document;
  try {
    clone = call<Document>(doc, 'cloneNode', true);
  } catch (err) {
    if ((err as { name?: unknown } | null)?.name !== 'InvalidCharacterError') throw err;
    clone = call<Document>(doc, 'cloneNode', false);
    for (let n = get<Node | null>(doc, 'firstChild') ?? null; n; n = get<Node | null>(n, 'nextSibling') ?? null) {
      if (get<number>(n, 'nodeType') === 10 /* DOCUMENT_TYPE_NODE */) continue;
      call(clone, 'appendChild', call<Node>(clone, 'importNode', n, true));
    }
  }
  unclobber(clone);
  return clone;
}

/** The depth of the deepest element under `root`, walked iteratively; stops counting at `limit`. */
export function elementDepth(root: Node, limit: number): number {
  let depth = 0;
  let max = 0;
  let node: Node | null = get<Node | null>(root, 'firstChild') ?? null;
  while (node) {
    const first = get<number>(node, 'nodeType') === 1 ? (get<Node | null>(node, 'firstChild') ?? null) : null;
    if (first) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
      node = first;
      continue;
    }
    let next: Node | null = get<Node | null>(node, 'nextSibling') ?? null;
    while (!next && depth > 0) {
      node = get<Node | null>(node!, 'parentNode') ?? null;
      depth--;
      if (!node || node === root) return max;
      next = get<Node | null>(node, 'nextSibling') ?? null;
    }
    node = next;
  }
  return max;
}

/** The page's window (for DOMPurify), read past any clobbering; null for windowless documents. */
export function windowOf(doc: Document): Window | null {
  return get<Window | null>(doc, 'defaultView') ?? null;
}

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

/** A deep copy of the page that is safe to read and ours to change; the live page is never touched. */
export function cloneDocument(doc: Document): Document {
  const clone = call<Document>(doc, 'cloneNode', true);
  unclobber(clone);
  return clone;
}

/** The page's window (for DOMPurify), read past any clobbering; null for windowless documents. */
export function windowOf(doc: Document): Window | null {
  return get<Window | null>(doc, 'defaultView') ?? null;
}

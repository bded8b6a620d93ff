/**
 * Tiny validators that copy what they accept into fresh objects, key by key: nothing from an
 * untrusted file reaches the library unless a validator named it.
 */

/** A validation failure with the path of the offending value ("articles[3].facts.dates[0].span"). */
export class Invalid extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path || 'the file'} ${problem}`);
    this.name = 'Invalid';
  }
}

export type V<T> = (x: unknown, path: string) => T;

const MAX_TEXT = 20_000_000;

/** A string of at most `max` characters. */
export const str =
  (max = MAX_TEXT): V<string> =>
  (x, p) => {
    if (typeof x !== 'string') throw new Invalid(p, 'should be text');
    if (x.length > max) throw new Invalid(p, `is longer than ${max} characters`);
    return x;
  };

/** A finite number within [min, max]. */
export const num =
  (min = -Number.MAX_VALUE, max = Number.MAX_VALUE): V<number> =>
  (x, p) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new Invalid(p, 'should be a number');
    if (x < min || x > max) throw new Invalid(p, `should be between ${min} and ${max}`);
    return x;
  };

/** An integer within [min, max]. */
export const int =
  (min = 0, max = Number.MAX_SAFE_INTEGER): V<number> =>
  (x, p) => {
    const n = num(min, max)(x, p);
    if (!Number.isInteger(n)) throw new Invalid(p, 'should be a whole number');
    return n;
  };

export const bool: V<boolean> = (x, p) => {
  if (typeof x !== 'boolean') throw new Invalid(p, 'should be true or false');
  return x;
};

/** One of the given literal values. */
export const oneOf =
  <T extends string | number>(...values: T[]): V<T> =>
  (x, p) => {
    if (!values.includes(x as T)) throw new Invalid(p, `should be one of ${values.join(', ')}`);
    return x as T;
  };

/** A string matching `re`; `what` names it in the message. */
export const matching =
  (re: RegExp, what: string, max = 2000): V<string> =>
  (x, p) => {
    const s = str(max)(x, p);
    if (!re.test(s)) throw new Invalid(p, `is not ${what}`);
    return s;
  };

export const nullable =
  <T>(v: V<T>): V<T | null> =>
  (x, p) =>
    x === null ? null : v(x, p);

/** A field that may be absent (undefined); null is not absence. */
export const optional =
  <T>(v: V<T>): V<T | undefined> =>
  (x, p) =>
    x === undefined ? undefined : v(x, p);

/** An array of at most `max` items. */
export const arr =
  <T>(v: V<T>, max = 1_000_000): V<T[]> =>
  (x, p) => {
    if (!Array.isArray(x)) throw new Invalid(p, 'should be a list');
    if (x.length > max) throw new Invalid(p, `has more than ${max} items`);
    return x.map((item, i) => v(item, `${p}[${i}]`));
  };

type Shape = Record<string, V<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** A plain object: each key of `shape` validated, other keys dropped, absent optional keys left out. */
export const obj =
  <S extends Shape>(shape: S): V<Out<S>> =>
  (x, p) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new Invalid(p, 'should be an object');
    const src = x as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const value = shape[key]!(Object.hasOwn(src, key) ? src[key] : undefined, p ? `${p}.${key}` : key);
      if (value !== undefined) out[key] = value;
    }
    return out as Out<S>;
  };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that refuses keys used for prototype pollution anywhere in the document. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN.has(key)) throw new Invalid('', `contains the forbidden key "${key}"`);
    return value;
  });
}

/** Small shape checks shared by the contract validators; each returns a problem or null. */

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function expectString(o: Obj, key: string, path: string, out: string[]): string | null {
  const v = o[key];
  if (typeof v !== 'string') {
    out.push(`${path}.${key}: expected string, got ${typeof v}`);
    return null;
  }
  return v;
}

export function expectNullableString(o: Obj, key: string, path: string, out: string[]): void {
  const v = o[key];
  if (v !== null && typeof v !== 'string') out.push(`${path}.${key}: expected string or null, got ${typeof v}`);
}

export function expectCount(v: unknown, path: string, out: string[]): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) out.push(`${path}: expected a finite number >= 0, got ${String(v)}`);
}

// ISO 8601 as the contract allows it: a year, a month, a date, or a date-time with optional offset.
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** True when `s` is ISO 8601-shaped and names a real calendar date and time. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [, y, mo, d, h, mi, sec] = m.map((x) => (x === undefined ? undefined : Number(x)));
  if (mo !== undefined && (mo < 1 || mo > 12)) return false;
  if (d !== undefined && mo !== undefined && y !== undefined) {
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > days) return false;
  }
  if (h !== undefined && h > 23) return false;
  if (mi !== undefined && mi > 59) return false;
  if (sec !== undefined && sec > 60) return false;
  return true;
}

/**
 * What a short form of a body ("bệnh viện", "nhà trường", "công ty") refers to: the body of that
 * kind last written in full before it ("Bệnh viện Đa khoa tỉnh Thanh Hóa").
 */
import type { FactContext } from '../../context';
import { unitsOf } from '../../units';
import { foldKey, slice } from '../../words';
import { orgEnd } from './title-parse';

const NONE: ReadonlySet<number> = new Set();
const FIRMS = ['cong ty', 'tong cong ty', 'tap doan', 'ngan hang', 'doanh nghiep'].map((k) => k.split(' '));

/** The full name of the last body before sentence `si` whose name starts with `short`, or null. */
export function bodyBefore(ctx: FactContext, si: number, short: string): string | null {
  // "doanh nghiệp" (a business) stands for whichever kind of company was named.
  const key = foldKey(short);
  const kinds = key === 'doanh nghiep' ? FIRMS : [key.split(' ')];
  let found: string | null = null;
  for (const u of unitsOf(ctx)) {
    // (The sentence itself too: "Bà X, Chủ tịch Hiệp hội Y, cho biết hiệp hội được tặng …".)
    if (u.index > si) break;
    const { toks } = u;
    for (let k = 0; k < toks.length; k++) {
      const want = toks[k]!.cap ? kinds.find((kind) => k + kind.length < toks.length && kind.every((w, i) => foldKey(toks[k + i]!.lower) === w)) : undefined;
      if (!want) continue;
      let end = orgEnd(toks, k, NONE);
      if (/^\d+$/.test(toks[end]?.text ?? '')) end++; // "Trung đoàn 764", "Lữ đoàn Công binh 229"
      if (end > k + want.length) found = slice(u.source, toks, k, end);
    }
  }
  return found;
}

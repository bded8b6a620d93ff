/**
 * Vietnamese figures: a number and what it counts ("gần 11,5 nghìn đảng viên" = 11500 đảng
 * viên, "trên 130 tổ chức cơ sở đảng", "1 tỷ đồng", "89,8%"). Dates, document numbers
 * ("Nghị quyết 29", "601/QĐ-TTg"), ages and durations are not figures.
 */
import type { FactContext } from '../../context';
import { figureFact, numberAt, parseNumber } from '../../figures';
import type { FigureFact } from '../../types';
import { unitsOf } from '../../units';

const SCALES = new Map([
  ['trăm', 1e2], ['nghìn', 1e3], ['ngàn', 1e3], ['vạn', 1e4], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9],
]);
const UNITS = new Map([
  ['%', '%'], ['đồng', 'đồng'], ['usd', 'USD'], ['đô', 'USD'], ['km', 'km'], ['ha', 'ha'], ['tấn', 'tấn'],
  ['m2', 'm2'], ['kg', 'kg'],
]);
const QUALIFIERS = new Set([
  'gần', 'hơn', 'trên', 'khoảng', 'chừng', 'tới', 'đến', 'hàng', 'dưới', 'ngót', 'gồm', 'có',
]);
// Nouns of time and order: "20 năm", "47 tuổi", "lần 3" are not counts of things.
const NOT_COUNTED = new Set([
  'năm', 'tháng', 'ngày', 'giờ', 'phút', 'giây', 'tuổi', 'tuần', 'quý', 'h', 'lần', 'thế', 'kỷ',
]);
// Words before a number that make it a name or a document number ("Nghị quyết 29", "số 100").
const NOT_AFTER = new Set([
  'số', 'quyết', 'thị', 'định', 'khóa', 'lần', 'thứ', 'ương', 'năm', 'ngày', 'tháng', 'sáng', 'chiều', 'tối',
  'trưa', 'điều', 'khoản', 'chương', 'luật', 'hiệu', 'đường', 'phòng',
]);
const STOP = new Set([
  'và', 'của', 'với', 'cho', 'tại', 'trong', 'là', 'đã', 'được', 'có', 'từ', 'đến', 'năm', 'so', 'theo',
  'để', 'ở', 'vào',
]);

/** Figures of a Vietnamese article, in text order. */
export function figures(ctx: FactContext): FigureFact[] {
  const out: FigureFact[] = [];
  // FigureFact has no `source`: its span must be into the text, so the title is not read.
  for (const u of unitsOf(ctx)) {
    if (u.index < 0) continue;
    const { toks } = u;
    for (let i = 0; i < toks.length; i++) {
      const n = numberAt(u, i);
      if (!n) continue;
      const prev = toks[i - 1];
      // "25/11/1996", "601/QĐ", "45/63": dates, document numbers and ratios.
      if (/^[/\-:]$/.test(toks[n.end]?.text ?? '') || prev?.text === '/' || NOT_AFTER.has(prev?.lower ?? '') || prev?.cap) {
        i = n.end - 1;
        continue;
      }
      let value = parseNumber(n.text, true);
      let j = n.end;
      const scale = SCALES.get(toks[j]?.lower ?? '');
      if (scale) [value, j] = [value * scale, j + 1];
      const unit = UNITS.get(toks[j]?.lower ?? '') ?? null;
      if (unit) j += toks[j + 1]?.lower === 'la' ? 2 : 1; // "đô la"
      let k = j;
      while (k < toks.length && k - j < 5 && toks[k]!.word && !toks[k]!.cap && !STOP.has(toks[k]!.lower) && !NOT_COUNTED.has(toks[k]!.lower)) k++;
      if (Number.isNaN(value) || NOT_COUNTED.has(toks[j]?.lower ?? '') || (!unit && k === j)) {
        i = n.end - 1;
        continue;
      }
      const from = QUALIFIERS.has(prev?.lower ?? '') ? i - 1 : i;
      const what = k > j ? toks.slice(j, k).map((t) => t.text).join(' ') : (unit ?? '');
      out.push(figureFact(ctx, u, [from, Math.max(j, k)], value, unit, what));
      i = Math.max(j, k) - 1;
    }
  }
  return out;
}

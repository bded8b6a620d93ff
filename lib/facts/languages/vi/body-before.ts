/**
 * What a short form of a body ("bệnh viện", "nhà trường", "công ty") refers to: the body of that
 * kind last written in full before it ("Bệnh viện Đa khoa tỉnh Thanh Hóa").
 */
import type { FactContext } from '../../context';
import { unitsOf } from '../../units';
import { foldKey, PhraseTrie, slice } from '../../words';
import { orgEnd, pastNumber } from './title-parse';

const NONE: ReadonlySet<number> = new Set();
const ANY: ReadonlySet<string> = new Set(['don vi', 'tap the']);
const PLACE_UNITS: ReadonlySet<string> = new Set(['thon', 'ban', 'lang', 'ap', 'khu pho', 'to dan pho']);
// Bodies a story calls "đơn vị" (not the party committees and councils named in officials' titles).
const UNITS = new PhraseTrie<true>();
for (const w of ['hợp tác xã', 'công ty', 'tổng công ty', 'tập đoàn', 'trường', 'bệnh viện', 'trung tâm', 'viện', 'nhà máy', 'trung đoàn', 'sư đoàn', 'lữ đoàn', 'tiểu đoàn', 'đại đội', 'hải đội', 'đồn', 'nhà hát', 'ngân hàng', 'thư viện', 'bảo tàng']) UNITS.add(w, true);
const FIRMS = ['cong ty', 'tong cong ty', 'tap doan', 'ngan hang', 'doanh nghiep'].map((k) => k.split(' '));

/** The full name of the last body before sentence `si` whose name starts with `short`, or null. */
export function bodyBefore(ctx: FactContext, si: number, short: string, before = Infinity): string | null {
  // ("tổ" alone: a residents' group, "Tổ dân phố số 7", before any other "Tổ …".)
  if (foldKey(short) === 'to') return bodyBefore(ctx, si, 'tổ dân phố', before) ?? known(ctx, si, short, before);
  return known(ctx, si, short, before);
}

function known(ctx: FactContext, si: number, short: string, before: number): string | null {
  // "doanh nghiệp" (a business) stands for whichever kind of company was named.
  const key = foldKey(short);
  const kinds = key === 'doanh nghiep' ? FIRMS : [key.split(' ')];
  let found: string | null = null;
  for (const u of unitsOf(ctx)) {
    // (The sentence itself too: "Bà X, Chủ tịch Hiệp hội Y, cho biết hiệp hội được tặng …".)
    if (u.index > si) break;
    // (Not the headline: "Tổ bay hạ cánh an toàn … được tặng Bằng khen" reads as one long body.)
    if (u.index < 0) continue;
    const { toks } = u;
    for (let k = 0; k < toks.length; k++) {
      // ("đơn vị", "tập thể": whichever body was named last, "Hợp tác xã Chè Shan tuyết Tà Xùa".)
      const any = ANY.has(key) && toks[k]!.cap ? UNITS.match(toks, k) : null;
      // (A village or quarter is written in lower case before its name: "thôn Tân Lệ", "bản Nậm Cang".)
      // (… and a side: "đội tuyển Đua thuyền truyền thống Hải Phòng".)
      const opens = toks[k]!.cap || (PLACE_UNITS.has(key) && !!toks[k + 1]?.cap) || (/^(doi tuyen|doi bong|cau lac bo)$/.test(key) && !!toks[k + key.split(' ').length]?.cap);
      const want = any ? Array(any.end - k).fill('') : opens ? kinds.find((kind) => k + kind.length < toks.length && kind.every((w, i) => foldKey(toks[k + i]!.lower) === w)) : undefined;
      // (In its own sentence, only before the award: "… nhận Cờ thi đua của Liên minh Hợp tác xã Việt Nam" names the giver.)
      if (!want || (u.index === si && toks[k]!.start >= before)) continue;
      let end = Math.max(orgEnd(toks, k, NONE), k + want.length);
      // ("đội tuyển Đua thuyền truyền thống Hải Phòng": a side's name after a lower-case head, to its verb.)
      if (!toks[k]!.cap) while (end < toks.length && end - k < 9 && toks[end]!.word && !TEAM_END.test(toks[end]!.lower)) end++;
      if (/^\d+$/.test(toks[end]?.text ?? '')) end++; // "Trung đoàn 764", "Lữ đoàn Công binh 229"
      else end = pastNumber(toks, end); // "Bệnh viện Đa khoa số 2"
      if (end > k + want.length) found = slice(u.source, toks, k, end);
    }
  }
  return found ?? (key === 'doi' ? teamBefore(ctx, si) : null);
}

// Where a team described in lower case ends: "đội tuyển cầu mây nữ quốc gia được đón …".
const TEAM_END = /^(được|đã|vừa|đang|sẽ|nhận|giành|đạt|có|về|tới|đến|ra|lên|thi|tham|gặp|tại|ở|với|và|trong|khi|sau|vào|cùng|là)$/;

/** "đội tuyển cầu mây nữ quốc gia", a team the story describes, for a later "toàn đội"; else null. */
function teamBefore(ctx: FactContext, si: number): string | null {
  let found: string | null = null;
  for (const u of unitsOf(ctx)) {
    if (u.index > si) break;
    const { toks } = u;
    for (let k = 0; k + 1 < toks.length; k++) {
      if (toks[k]!.lower !== 'đội' || toks[k + 1]!.lower !== 'tuyển') continue;
      let e = k + 2;
      while (e < toks.length && e - k < 8 && toks[e]!.word && !TEAM_END.test(toks[e]!.lower)) e++;
      if (e > k + 2) found = slice(u.source, toks, k, e);
    }
  }
  return found;
}

/**
 * Subjects of a Vietnamese award clause that are not names: roles that stand for a person named with
 * them ("bị cáo"), relatives left unnamed ("mẹ"), and works named in quotes ('phim "Mưa đỏ"').
 */
import { PhraseTrie, slice, type Tok } from '../../words';

// Roles in a story that stand for the person last named with them ("bị cáo", "bệnh nhân").
export const ROLE_WORD = new PhraseTrie<true>();
for (const w of ['bị cáo', 'bị can', 'bệnh nhân', 'nạn nhân', 'thủ môn', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'tác giả']) ROLE_WORD.add(w, true);
/** The words a story names a work's author with: "tác giả" stands for the person last named so. */
export const AUTHOR_ROLES = ['tác giả', 'nhà văn', 'nhà thơ', 'nhạc sĩ', 'đạo diễn', 'họa sĩ', 'nhà báo', 'nhà nghiên cứu'];
// Relatives, who are named when the text names them ("mẹ Nguyễn Thị A").
export const KIN = new PhraseTrie<true>();
for (const w of `bố|mẹ|cha|vợ|chồng|con|con trai|con gái|bố mẹ|cha mẹ|ông nội|bà nội|ông ngoại|bà ngoại|anh trai|chị gái
|em trai|em gái|bố đẻ|mẹ đẻ|bố vợ|mẹ vợ|bố chồng|mẹ chồng|cha ruột|mẹ ruột|ông bà`.split(/[|\n]/)) KIN.add(w.trim(), true);

// 'Phim "Mưa đỏ" giành …': a work named in quotes after what it is, when no author is written.
export function quotedWork(toks: readonly Tok[], cs: number, e: number, source: string): string | null {
  if (!/^(phim|vở|tác|ca|cuốn|tiểu|album|bộ|tập|bài)$/i.test(toks[cs]?.text ?? '')) return null;
  const k = toks.findIndex((t, n) => n > cs && n - cs <= 3 && /^["“]$/.test(t.text));
  if (k < 0 || toks.slice(cs + 1, k).some((t) => !t.word || t.cap)) return null;
  const close = toks.findIndex((t, n) => n > k + 1 && n < e && /^["”]$/.test(t.text));
  return close > 0 ? slice(source, toks, k + 1, close) : null;
}

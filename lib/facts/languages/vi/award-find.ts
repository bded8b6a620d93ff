/**
 * Finds Vietnamese award names in a sentence's tokens: a head ("Huân chương", "danh hiệu",
 * "Giải thưởng") and the name after it, up to where the name ends ("… hạng Nhất", "… năm 2017").
 */
import { withTranslations } from '../../awards-merge';
import { foldKey, type Tok } from '../../words';
import {
  nameEnd, run, suffix, superlativeEnd,
} from './award-extent';
import { type AwardHead, conferredAt, givenAfter, QUOTE_CLOSE, QUOTE_OPEN, received, SPORT_TITLES, VI_AWARD_HEADS, VI_HONOUR_TITLES, VI_NOT_CONFERRED, VI_TIERS } from './award-lexicon';
import { fieldComma, isAcronym } from './title-parse';
import { fieldEnd, namedTier, tierEnd, tierField } from './award-tiers';

/** An award name as token indices [from, to). */
export interface AwardSpan {
  from: number;
  to: number;
  kind: AwardHead;
  /** Token ranges [from, to) whose words, joined, name the award when the span itself does not say it all. */
  named?: readonly (readonly [number, number])[];
}

const ENGLISH_AWARD = new Set(['prize', 'award', 'awards', 'medal', 'trophy']);
const BARE_AFTER = /^(này|năm|được|đã|cũng|vừa|lần)$/;

// "được đề cử … tại Giải thưởng X nhưng không thắng", "đề nghị Chủ tịch nước tặng Huân chương X",
// "lọt vào danh sách đề cử của giải X": proposed or nominated in the same clause, not given.
// ("theo đề nghị của Bộ trưởng, Chủ tịch nước tặng …" was given.)
// ("đề nghị Bộ Văn hóa, Thể thao và Du lịch tặng …": a comma inside a body's name is no clause's end.)
function proposed(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 20 && (!/^[,;:.]$/.test(toks[k]!.text) || fieldComma(toks, k)); k--) {
    const two = `${toks[k]!.lower} ${toks[k + 1]?.lower}`;
    if (two === 'đề cử' || two === 'ứng cử' || two === 'lọt vào' || (two === 'đề nghị' && toks[k - 1]?.lower !== 'theo')) return true;
  }
  return false;
}

// What a category is for: a role in a film, a song, a match ('cho Nam diễn viên chính xuất sắc').
const CATEGORY = /^(nam|nữ|phim|đạo|diễn|biên|quay|kịch|ca|nhạc|tác|cầu|thủ|hậu|tiền|trung|vận|huấn|bài|vở|màn|bàn|pha)$/;
const BEST = /^(xuất sắc|hay nhất|tiêu biểu|triển vọng|ấn tượng|được yêu thích)$/;

// The end of "cho <category>" after an award at j: a few words ending in a superlative, no name; else j.
function categoryAfter(toks: readonly Tok[], j: number): number {
  if (toks[j]?.lower !== 'cho' || !CATEGORY.test(toks[j + 1]?.lower ?? '')) return j;
  for (let e = j + 2; e < toks.length && e - j <= 9 && toks[e - 1]!.word; e++) {
    const two = `${toks[e - 2]!.lower} ${toks[e - 1]!.lower}`;
    if (!BEST.test(two)) continue;
    const end = toks[e]?.lower === 'nhất' ? e + 1 : e;
    // (Only lower-case words after the first: "cho Nguyễn Văn An xuất sắc" names a person.)
    return toks.slice(j + 2, end).every((t) => !t.cap) ? end : j;
  }
  return j;
}

/** Award name spans of a sentence, left to right. "giải Nhất - Giải thưởng X" is one award. */
export function viAwardSpans(toks: readonly Tok[]): AwardSpan[] {
  const out: AwardSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Each reading below needs a capital, a head, an honour's first word or an opening quote here:
    // the loop passes any other word (most of a sentence) at once.
    if (!t.cap && !VI_AWARD_HEADS.opens(t.lower) && !VI_HONOUR_TITLES.opens(t.lower) && !QUOTE_OPEN.test(t.text)) continue;
    // ("lọt vào vòng chung khảo ASEAN Digital Awards nhưng không giành giải": not won.)
    if (ENGLISH_AWARD.has(t.lower) && t.cap && toks[i - 1]?.cap && !toks.slice(Math.max(0, i - 8), i).some((b) => VI_NOT_CONFERRED.has(b.lower)) && !proposed(toks, i)) {
      let s = i - 1;
      while (s > 0 && toks[s - 1]!.cap && i - s < 4) s--;
      // "Superior Taste Award 2026": the year belongs to the name.
      const to = /^(19|20)\d\d$/.test(toks[i + 1]?.text ?? '') ? i + 2 : i + 1;
      if (!out.length || out[out.length - 1]!.to <= s) out.push({ from: s, to, kind: 'prize' });
      i = to - 1;
      continue;
    }
    // "ban tổ chức trao Cúp Phong cách thi đấu đẹp cho Đoàn Thái Nguyên": a cup conferred is an honour;
    // "giành Cúp vô địch" is a result and "Cúp Sao Phương Nam" a tournament's name.
    // ('được trao Cúp “Doanh nhân vì cộng đồng”': a quoted name, whole.)
    const quoted = t.lower === 'cúp' && t.cap && QUOTE_OPEN.test(toks[i + 1]?.text ?? '') ? toks.findIndex((x, k) => k > i + 2 && k - i <= 14 && QUOTE_CLOSE.test(x.text)) : -1;
    if (quoted > 0 && (conferredAt(toks, i) || received(toks, i))) {
      out.push({ from: i, to: quoted + 1, kind: 'prize' });
      i = quoted;
      continue;
    }
    if (t.lower === 'cúp' && t.cap && toks[i + 1]?.cap && toks[i + 1]!.lower !== 'vô' && conferredAt(toks, i)) {
      let end = i + 1;
      while (end < toks.length && end - i < 10 && toks[end]!.word && !/^(cho|tại|vì|năm|của|và|với|do|trong|được|đã|ở|hạng|hồi|lần|vào|sau|khi|từ|gồm|theo|trước|bên)$/.test(toks[end]!.lower)) end++;
      out.push({ from: i, to: end, kind: 'prize' });
      i = end - 1;
      continue;
    }
    // ("tổ hòa giải", "hòa giải viên": "giải" of "hòa giải", mediation, is no prize.)
    const h = /^(hòa|hoà)$/.test(toks[i - 1]?.lower ?? '') && t.lower === 'giải' ? null : VI_AWARD_HEADS.match(toks, i);
    // "đơn vị vừa được vinh danh “Khu nghỉ dưỡng xanh hàng đầu Việt Nam năm 2026”": a quoted honour.
    if (!h && QUOTE_OPEN.test(t.text) && toks[i + 1]?.cap && /^(danh|là)$/.test(toks[i - 1]?.lower ?? '') && /^(vinh|chọn|nhận)$/.test(toks[i - 2]?.lower ?? '')) {
      const close = toks.findIndex((x, k) => k > i + 1 && k - i <= 16 && QUOTE_CLOSE.test(x.text));
      if (close > i + 2 && !VI_HONOUR_TITLES.match(toks, i + 1)) {
        out.push({ from: i + 1, to: close, kind: 'title' });
        i = close;
        continue;
      }
    }
    // "tiếp tục được vinh danh Thương hiệu Vàng nông nghiệp Việt Nam", "tôn vinh Nông dân Việt Nam xuất sắc năm 2022":
    // an honour named right after the verb, without "danh hiệu".
    if (!h && t.cap && !VI_HONOUR_TITLES.match(toks, i) && /^(danh|vinh)$/.test(toks[i - 1]?.lower ?? '') && /^(vinh|tôn)$/.test(toks[i - 2]?.lower ?? '')) {
      let e = i + 1;
      while (e < toks.length && e - i < 9 && toks[e]!.word && !/^(năm|và|vì|cho|tại|do|với|từ|trong|khi|là|của)$/.test(toks[e]!.lower)) e++;
      if (e - i >= 3 && toks.slice(i, e).filter((x) => x.cap).length >= 2) {
        out.push({ from: i, to: e, kind: 'title' });
        i = e - 1;
        continue;
      }
    }
    // "…: Chủ công xuất sắc nhất - A (CLB), Đối chuyền xuất sắc nhất - B", "Libero xuất sắc nhất: C",
    // "Hoa khôi của giải là D": a tournament's honour opening a list item, then who holds it.
    // (Not a remark: "Bất ngờ lớn nhất thuộc về ca sĩ A", "Điểm nhấn đáng nhớ nhất là …".)
    const remark = /^(bất|điểm|khoảnh|niềm|sự|tiết|phần|câu)$/.test(t.lower);
    const item = !h && !remark && (i === 0 || /^[,:;]$/.test(toks[i - 1]!.text) || toks[i - 1]!.lower === 'gồm') ? superlativeEnd(toks, i) : -1;
    if (item > 0) {
      const of = toks[item]?.lower === 'của' && toks[item + 1]?.lower === 'giải' ? item + 2 : item;
      // "là" only for a tournament's honour: "Khoảnh khắc xúc động nhất là …" is no award.
      const honour = of > item || !!SPORT_TITLES.match(toks, i);
      if (/^[-–:]$/.test(toks[of]?.text ?? '') || toks[of]?.lower === 'thuộc' || (toks[of]?.lower === 'là' && honour)) {
        out.push({ from: i, to: item, kind: 'title' });
        i = item - 1;
        continue;
      }
    }
    // "được bầu là Vận động viên xuất sắc nhất giải", "được bình chọn là Cầu thủ hay nhất": a title won by vote.
    const voted = !h && t.cap && toks[i - 1]?.lower === 'là' && /^(bầu|chọn|bình chọn|vinh danh)$/.test(`${toks[i - 3]?.lower} ${toks[i - 2]?.lower}`.replace(/^\S+ (bầu|chọn|vinh danh)$/, '$1'))
      ? superlativeEnd(toks, i) : -1;
    if (voted > 0) {
      out.push({ from: i, to: voted, kind: 'title' });
      i = voted - 1;
      continue;
    }
    if (!h) {
      // An honorary title without "danh hiệu": conferred ("được phong Anh hùng Lao động") or listed
      // after another award ("danh hiệu X, dũng sỹ diệt Mỹ").
      const lex = t.cap || out.length ? VI_HONOUR_TITLES.match(toks, i) : null;
      const listed = out[out.length - 1]?.to === i - 1 && /^(,|và)$/.test(toks[i - 1]!.lower);
      // "Trong số 11 Nhà giáo Ưu tú có …", "trong đó có 19 Nghệ sĩ Nhân dân": honourees counted.
      const listing = lex && toks.slice(lex.end, lex.end + 3).some((x) => /^(có|là|gồm)$/.test(x.lower));
      const counted = t.cap && (/^\d+$/.test(toks[i - 1]?.text ?? '') || (/^(các|những)$/.test(toks[i - 1]?.lower ?? '') && !!listing));
      // "ông Khải, Thầy thuốc Nhân dân từ năm 2024, nói": a title held, in apposition after a name.
      const held = t.cap && toks[i - 1]?.text === ',' && !!toks[i - 2]?.cap && !!lex && /^(,|từ|năm|\()$/.test(toks[suffix(toks, lex.end)]?.lower ?? '');
      // "bà Oanh … là Chiến sĩ thi đua cấp tỉnh các năm 2024 và 2025": a title held, as what someone is.
      const is = t.cap && toks[i - 1]?.lower === 'là' && !listing;
      // ("hồ sơ đề nghị phong tặng Nghệ nhân Ưu tú của cụ A": proposed, not conferred.)
      if (lex && (listed || counted || held || is || (t.cap && conferredAt(toks, i) && !proposed(toks, i)))) {
        const end = suffix(toks, lex.end);
        out.push({ from: i, to: end, kind: 'title' });
        i = end - 1;
      }
      continue;
    }
    // "giải Nhất - Giải thưởng …": the tier and the prize are one name ("Giải Vàng" alone: see namedTier).
    if (h.value === 'giai' && (VI_TIERS.has(toks[h.end]?.lower ?? '') || tierField(toks, h.end))) {
      const dash = toks[h.end + 1];
      if (dash && /^[-–]$/.test(dash.text) && VI_AWARD_HEADS.match(toks, h.end + 2)?.value === 'prize') {
        const p = VI_AWARD_HEADS.match(toks, h.end + 2)!;
        const end = nameEnd(toks, h.end + 2, p.end, 'prize');
        if (end > 0) out.push({ from: i, to: end, kind: 'prize' });
        i = Math.max(i, end - 1);
      } else {
        let end = namedTier(toks, i, h.end);
        // ("Ở chuyên ngành Nhiếp ảnh, giải B thuộc về A": the tier of the field fronted, "giải B chuyên ngành Nhiếp ảnh".)
        const field = end < 0 && /^(ở|tại)$/.test(toks[0]?.lower ?? '') && fieldEnd(toks, 1) === i - 1 && toks[i - 1]?.text === ',' ? tierEnd(toks, h.end) : -1;
        if (field > 0 && givenAfter(toks, field)) {
          out.push({ from: i, to: field, kind: 'giai', named: [[i, field], [1, i - 1]] });
          i = field - 1;
          continue;
        }
        // ("không trao giải Nhất lĩnh vực Y dược", "để trống giải Nhất", "Giải B báo điện tử vì thế được để trống": a tier not given.)
        const none = toks.slice(Math.max(0, i - 3), i).some((b) => b.lower === 'không' || b.lower === 'trống') ||
          (end > 0 && toks.slice(end, end + 6).some((b, d) => b.lower === 'trống' && /^(để|bỏ)$/.test(toks[end + d - 1]?.lower ?? '')));
        if (end > 0 && !none) out.push({ from: i, to: end, kind: 'giai' });
        i = Math.max(i, end - 1);
      }
      continue;
    }
    let end = nameEnd(toks, i, h.end, h.value);
    // "Giải thưởng năm nay được trao cho …", "Huân chương này": a bare head standing for the award
    // named before (awards.ts gives it that name).
    if (end < 0 && t.cap && h.value !== 'giai' && BARE_AFTER.test(toks[h.end]?.lower ?? '')) end = h.end;
    // "Ở thể loại thơ, giải thưởng thuộc về …", "Giải ở thể loại lý luận phê bình được trao cho …",
    // "Giải văn học dịch thuộc về …": a category of the prize the story is about, given to someone.
    if (end < 0 && (h.value === 'prize' || h.value === 'giai') && givenAfter(toks, h.end)) end = h.end;
    // ("Ở hạng mục Nam diễn viên chính xuất sắc, giải thưởng thuộc về A": the capitalised category fronted is the award's name.)
    const fronted = end === h.end && /^(ở|tại)$/.test(toks[0]?.lower ?? '') && fieldEnd(toks, 1) === i - 1 && toks[i - 1]?.text === ',' && toks[3]?.cap;
    if (fronted) {
      out.push({ from: i, to: end, kind: h.value, named: [[3, i - 1]] });
      continue;
    }
    if (end < 0) continue;
    // A badge or certificate in lower case is an award only where it is conferred ("tặng bằng khen");
    // elsewhere it describes someone ("…, huy hiệu 70 năm tuổi Đảng, ở …").
    if (!t.cap && (h.value === 'badge' || h.value === 'cert') && !conferredAt(toks, i)) continue;
    const before = toks.slice(Math.max(0, i - 3), i);
    // "sẽ xét tặng Giải thưởng …", "dự kiến trao …": planned, not given.
    const planned = toks.slice(Math.max(0, i - 6), i).some((b, k, all) => b.lower === 'sẽ' || (b.lower === 'dự' && all[k + 1]?.lower === 'kiến'));
    // ("gồm 1 Huy hiệu 75 năm, 2 Huy hiệu 70 năm và …": a tally of awards, none of them given to anyone named here.)
    const tally = /^\d+$/.test(toks[i - 1]?.text ?? '') && /^(gồm|,|và)$/.test(toks[i - 2]?.lower ?? '');
    if (!planned && !tally && !proposed(toks, i) && !before.some((b) => VI_NOT_CONFERRED.has(b.lower)) && toks[i - 1]?.lower !== 'các') {
      out.push({ from: i, to: end, kind: h.value });
      // "nhận hai giải thưởng A và B": B is a second prize of the same kind.
      // "danh hiệu Nghệ sĩ Ưu tú năm 1988 và Nghệ sĩ Nhân dân năm 2001": a second title after the first.
      const y = toks[end]?.lower === 'năm' && /^\d{4}$/.test(toks[end + 1]?.text ?? '') ? end + 2 : end;
      const again = toks[y]?.lower === 'và' && toks[y + 1]?.cap ? VI_HONOUR_TITLES.match(toks, y + 1) : null;
      if (again) {
        out.push({ from: y + 1, to: again.end, kind: h.value });
        i = again.end - 1;
        continue;
      }
      const nx = toks[end + 1];
      if (h.value === 'prize' && received(toks, i) && toks[end]?.lower === 'và' && nx && (nx.cap || isAcronym(nx))) {
        const second = run(toks, end + 1, 16);
        out.push({ from: end + 1, to: second, kind: 'prize' });
        i = second - 1;
        continue;
      }
    }
    i = end - 1;
  }
  // "Cánh Diều Vàng cho Nam diễn viên chính xuất sắc": the category it was for belongs to the name.
  // ("Cánh diều Vàng hạng mục Phim truyện điện ảnh": the field after the prize.)
  for (const a of out) if (a.kind === 'prize' || a.kind === 'giai') a.to = Math.max(categoryAfter(toks, a.to), fieldEnd(toks, a.to));
  return withTranslations(toks, out, (a, b) => ({ ...a, to: b.to + 1 }));
}

/** Comparison tokens of an award name: without "danh hiệu" and a trailing "năm 2017". */
// "VĐV xuất sắc nhất" is the "Vận động viên xuất sắc nhất" named before.
const SHORT: Record<string, string[]> = { vdv: ['van', 'dong', 'vien'], hlv: ['huan', 'luyen', 'vien'], nsnd: ['nghe', 'si', 'nhan', 'dan'], nsut: ['nghe', 'si', 'uu', 'tu'] };

export function awardKey(name: string): string[] {
  const t = foldKey(name).split(' ').filter(Boolean).flatMap((w) => SHORT[w] ?? [w]);
  if (t[0] === 'danh' && t[1] === 'hieu') t.splice(0, 2);
  if (t.length > 2 && t[t.length - 2] === 'nam' && /^\d{4}$/.test(t[t.length - 1]!)) t.splice(-2);
  return t;
}

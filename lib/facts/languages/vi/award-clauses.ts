/**
 * Words that shape a Vietnamese award clause: short forms for a body ("bệnh viện", "đơn vị"), reporting
 * verbs ("cho biết"), time openers, and counted groups ("3 tập thể và 5 cá nhân") that name no one.
 */
import type { Unit } from '../../units';
import { PhraseTrie, slice, type Tok } from '../../words';
import type { AwardSpan } from './award-find';
import type { NameSpan } from './names';
import { isAcronym } from './title-parse';
import { VI_PLACES } from './gazetteer';

/** A sentence being read: its unit, the names starting at each token, its award spans. */
export interface Sent {
  u: Unit;
  starts: Map<number, NameSpan>;
  awards: AwardSpan[];
}

/** Who a clause's subject is: a written name or body, a pronoun, or a short word for a body named before. */
export interface Subject {
  text: string | null;
  pronoun: boolean;
  /** "bệnh viện", "đơn vị", "nhà trường": the body this short form stands for is named earlier. */
  body?: string;
  /** "chân sút", "nữ nghệ sĩ": a person described, not a pronoun; the person last named. */
  described?: boolean;
  /** "bị cáo" without a name: the person last named with that word. */
  role?: string;
  /** The clause has no subject of its own ("…, từng nhận Y"): the sentence's subject. */
  elided?: boolean;
  /** Every recipient of a coordinated subject ("A và B được tặng …"), when more than one. */
  more?: string[];
  /** Others honoured with a pronoun subject: "Cùng các cộng sự là A và B, ông nhận …". */
  also?: string[];
}


// "Trường đã 3 lần", "Đơn vị này": past a demonstrative or a count of times after a body word.
export function pastCount(toks: readonly Tok[], k: number): number {
  if (/^(này|đó|ấy)$/.test(toks[k]?.lower ?? '')) k++;
  // ("Đơn vị này năm 2010 từng được …": a year between the body and its verb.)
  if (toks[k]?.lower === 'năm' && /^\d{4}$/.test(toks[k + 1]?.text ?? '')) k += 2;
  if (/^(đã|từng|cũng)$/.test(toks[k]?.lower ?? '')) k++;
  if (toks[k]?.lower === 'có' && /^(năm|lần)$/.test(toks[k + 2]?.lower ?? '')) k++; // "Lữ đoàn có 4 năm đạt …"
  if (/^(\d+|hai|ba|bốn|nhiều)$/.test(toks[k]?.lower ?? '') && /^(lần|năm)$/.test(toks[k + 1]?.lower ?? '')) k += 2;
  return k;
}

// A courtesy word standing alone for a person named elsewhere ("… cho ông.", "truy tặng thầy Bằng khen", "cá nhân ông").
export const HONORIFIC_PRONOUN = /^(ông|bà|anh|chị|cô|thầy|em)$/;

// Short forms a story uses for the body it is about ("Bệnh viện … đón nhận …; bệnh viện từng được tặng …").
export const BODY_WORDS = new PhraseTrie<true>();
for (const w of `bệnh viện|đơn vị|nhà trường|trường|công ty|cục|tổng cục|học viện|quỹ|liên đoàn|nhà xuất bản|ủy ban|tổng công ty|doanh nghiệp|tập đoàn|ngân hàng|nhà máy|viện|trung tâm
|bộ chỉ huy|trung đoàn|sư đoàn|lữ đoàn|tiểu đoàn|hợp tác xã|cơ quan|địa phương|tỉnh|huyện|xã|phường|thành phố
|câu lạc bộ|đội|đội tuyển|đội bóng|đoàn|hội|hiệp hội|tổ chức|sở|ban|tòa soạn|báo|nhà hát|đảng bộ|công an tỉnh|công an|hãng phim|hãng|phòng|phân xưởng|chi cục|tập thể|hải đội|đồn|trạm|công đoàn|nghiệp đoàn|khoa|bộ môn|chi nhánh|vườn quốc gia|khu bảo tồn
|bảo tàng|thư viện|nhà văn hóa|võ đường|thôn|bản|làng|ấp|khu phố|tổ dân phố
|tổ công tác|tổ tự quản|tổ hòa giải|tổ trinh sát|tổ cứu hộ|tổ tuần tra|tổ an ninh|tổ hợp tác|tổ sản xuất|tổ chuyên môn|tiểu đội|trung đội|kíp trực`.split(/[|\n]/)) {
  BODY_WORDS.add(w.trim(), true);
}
export const REPORTED = new PhraseTrie<true>();
for (const w of ['cho biết', 'nói', 'chia sẻ', 'khẳng định', 'thông tin', 'cho hay', 'ghi nhận', 'xác định', 'nhận định', 'cho rằng', 'nêu rõ', 'kể rằng', 'kể lại', 'nhớ lại', 'tâm sự']) REPORTED.add(w, true);
// "Năm 2025, X được …": a time before the subject, not a body it belongs to.
export const TIME_OPENER = /^(năm|ngày|tháng|sáng|chiều|tối|hôm|trước|sau|đầu|cuối|dịp|nhân|hồi|từ)$/;
/** Where a sentence's opening phrase ends ("Dịp này, …", "Năm 2024, …"): past its comma in the first words; else 0. */
export const pastOpener = (toks: Unit['toks'], opener = TIME_OPENER): number => (opener.test(toks[0]?.lower ?? '') ? toks.findIndex((t, k) => k < 6 && t.text === ',') + 1 : 0);
/** A plain count, two to ten or in digits: "Ba cá nhân", "5 tập thể". */
export const VI_NUMBER = /^(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)$/;
const QUANTITY = /^(\d[\d.,]*|các|những|nhiều|hai|ba|bốn|sáu|bảy|tám|chín|mười|hàng|hơn|gần|trên)$/;

// "3 tập thể và 5 cá nhân", "Hà Nội có 1 nhà giáo", "91 DN": a counted group, not one recipient.
// A number closing the subject is part of a name ("Trung đoàn 764", "Quân khu 4").
export function counted(toks: readonly Tok[], cs: number, e: number): boolean {
  for (let k = cs; k < e - 1; k++) {
    const t = toks[k]!;
    const n = toks[k + 1]!;
    if (!QUANTITY.test(t.lower) || !n.word || (n.cap && !isAcronym(n)) || /^(\d|và$|cùng$|lần$|năm$|tháng$|tuổi$|phút$|giờ$|ngày$|tuần$|triệu$|tỷ$|tỉ$|nghìn$|ngàn$|đồng$|usd$|km$|ha$|tấn$|kg$|%$)/.test(n.lower)) continue;
    // Only where it opens the subject: "kỷ niệm 20 năm thành lập và đón nhận" counts years, not recipients.
    if (k === cs || /^(có|gồm|sách|số)$/.test(toks[k - 1]!.lower) || (/^\d/.test(t.text) && e - k <= 3)) return true;
  }
  return false;
}

// What a product or work is, written before its name: "ứng dụng giao dịch HDS Smart", "mẫu xe Sao Mai".
const PRODUCT = new PhraseTrie<true>();
for (const w of ['ứng dụng', 'sản phẩm', 'phần mềm', 'nền tảng', 'mẫu xe', 'dòng xe', 'thương hiệu', 'công trình', 'dự án', 'giải pháp', 'thiết bị']) PRODUCT.add(w, true);

/** "sau khi ứng dụng giao dịch HDS Smart của công ty được trao …": the name of the product the clause is about. */
export function productIn(toks: readonly Tok[], source: string, cs: number, e: number): string | null {
  // (Lower case inside a clause, or opening it: "Sản phẩm Trà móc câu Xuân Hòa được …"; not "Công ty Phần mềm X".)
  const at = toks.findLastIndex((t, k) => k >= cs && k < e && (!t.cap || k === cs) && !!PRODUCT.match(toks, k));
  if (at < 0) return null;
  const c = toks.findIndex((t, k) => k > at && k < e && k - at <= 5 && t.cap);
  if (c < 0 || toks.slice(at, c).some((t) => !t.word)) return null;
  // ("Trà móc câu Xuân Hòa": lower-case words inside the name, up to its last capital.)
  let end = c;
  for (let k = c; k < e && k - c < 10 && toks[k]!.word && !/^(được|đã|từng|là|của|vừa|cũng|đang|và)$/.test(toks[k]!.lower); k++) {
    if (toks[k]!.cap || /^\d/.test(toks[k]!.text)) end = k + 1;
  }
  return slice(source, toks, c, end);
}

/** Pronouns standing for a person named before. */
export const PRONOUNS = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'họ', 'cụ']);
/** Words between a subject and its verb ("đã", "từng", "vinh dự"). */
export const FILLERS = new Set([
  'đã', 'vinh', 'dự', 'cũng', 'chính', 'thức', 'vừa', 'mới', 'từng', 'quyết', 'định', 'đều', 'sẽ', 'được',
  'và', 'còn', 'lại', 'tiếp', 'tục', 'vẫn', 'cùng',
]);

const CLAUSE = /^[,;:()“”"]$/;

// The start of the clause that ends at e; "X, Hà Nội" keeps its place apposition and a bracketed
// aside "(25/11/1996 - 25/11/2016)" does not end a clause.
export function clauseStart(s: Sent, e: number): number {
  const { toks } = s.u;
  let k = e;
  for (; k > 0; k--) {
    if (toks[k - 1]!.text === ')') {
      let d = k - 1;
      while (d > 0 && toks[d]!.text !== '(') d--;
      if (d > 0) k = d + 1;
      continue;
    }
    if (CLAUSE.test(toks[k - 1]!.text)) break;
  }
  // A capitalised place only: "anh" after a comma is the pronoun, not England.
  if (k > 1 && toks[k - 1]!.text === ',' && toks[k]?.cap && VI_PLACES.match(toks, k)?.end === e) return clauseStart(s, k - 1);
  return k;
}

const SUB_UNIT = /^(Khoa|Phòng|Trạm|Tổ|Đội|Ban)$/;
const PARENT = new PhraseTrie<true>();
for (const w of ['bệnh viện', 'trường', 'công an', 'viện', 'sở', 'trung tâm', 'bộ chỉ huy', 'công ty', 'tổng công ty', 'học viện', 'ngân hàng']) PARENT.add(w, true);

/** "Khoa Sản, Bệnh viện Đa khoa Bạc Liêu": the comma at k between a department opening at j and the body it belongs to. */
export const parentComma = (s: { u: Unit; starts: ReadonlyMap<number, unknown> }, j: number, k: number): boolean =>
  s.u.toks[k]?.text === ',' && SUB_UNIT.test(s.u.toks[j]!.text) && !!PARENT.match(s.u.toks, k + 1) && !!s.u.toks[k + 1]!.cap && !s.starts.has(k + 1);

/**
 * The recipient phrase of a Vietnamese award written from a token: a person named in it, a
 * capitalised body ("Đảng bộ …"), the author of a work, or every part of "A, B và C".
 */
import { slice } from '../../words';
import type { Sent } from './award-parties';
import { BODY_WORDS, parentComma } from './award-clauses';
import { hamletAt } from './award-held';
import { VI_PLACES } from './gazetteer';
import { afterGivenName, isVietSyllable } from './names';
import { fieldComma, fieldsEnd, isAcronym, WHOLE_WORDS } from './title-parse';
import { VI_HEADS, VI_HONORIFICS, VI_ORG_STOP } from './titles';

export const NP_STOP = new Set([
  'vì', 'tại', 'với', 'về', 'trong', 'khi', 'sau', 'trước', 'để', 'nhằm', 'do', 'và', 'ghi', 'lên', 'ở',
]);
const PLURAL = new Set(['các', 'những', 'nhiều', 'hai', 'ba', 'một', 'mọi']);
const LEADS = new Set(['đại diện', 'gia đình', 'tập thể', 'lực lượng', 'bản thân']);

// Works whose author a prize goes to ("tiểu thuyết "X" của nhà văn A").
// (… and a press prize's: "phóng sự "X" của phóng viên A", "ký sự", "chương trình".)
const WORK_WORDS = 'tiểu thuyết|tập thơ|tập truyện|truyện ngắn|tác phẩm|cuốn sách|cuốn|bộ phim|phim|ca khúc|bài hát|công trình|loạt bài|bài báo|trường ca|vở|bản giao hưởng|tập|bức tranh|bộ sách|phóng sự|ký sự|bài viết|bài|chương trình|bộ ảnh|chuyên đề|đề tài|sáng kiến|giải pháp';
const WORKS = new RegExp(`^(${WORK_WORDS})$`);
/** A recipient that is a work ("tiểu thuyết X", "bản dịch …"), whose prize is its author's. */
export const WORK_OPEN = new RegExp(`^(bản dịch|${WORK_WORDS})(\\s|$)`, 'i');

/** "tiểu thuyết "X" của nhà văn A", "công trình của PGS.TS B": the author of a work written from j, or null. */
export function authorOf(s: Sent, j: number, end: number): string | null {
  return authorsOf(s, j, end)[0] ?? null;
}

/** The authors of a work written from j: "công trình "X" của vợ chồng nhà nghiên cứu A và bà B" gives A and B; else none. */
export function authorsOf(s: Sent, j: number, end: number): string[] {
  const { toks } = s.u;
  const w2 = `${toks[j]?.lower} ${toks[j + 1]?.lower}`;
  // (… or a quoted title alone: 'thuộc về "Phố nhỏ không đèn" của ban nhạc A'.)
  if (!WORKS.test(w2) && !WORKS.test(toks[j]?.lower ?? '') && !/^["“]$/.test(toks[j]?.text ?? '')) return [];
  for (let k = j + 1; k < end && k - j < 24; k++) {
    if (/^[.;]$/.test(toks[k]!.text)) return [];
    if (toks[k]!.lower !== 'của') continue;
    const names = [...s.starts.values()].filter((x) => x.from > k && x.to <= end).sort((x, y) => x.from - y.from);
    const n = names[0] && names[0].from - k <= 7 ? names[0] : undefined;
    // ("Đề tài … của nhóm sinh viên Trường X nhận giải": a group as its author.)
    const stop = toks.findIndex((t, m) => m > k && !t.word && t.text !== '.');
    const upTo = stop > 0 ? Math.min(stop, end) : end;
    const crew = !n && /^(nhóm|tập thể|đội|ê-kíp|khoa|lớp|ban nhạc)$/.test(toks[k + 1]?.lower === 'ban' ? `ban ${toks[k + 2]?.lower}` : toks[k + 1]?.lower ?? '') && upTo - k <= 14;
    const group = crew ? slice(s.u.source, toks, k + 1, upTo) : null;
    if (!n) return group ? [group] : [];
    // ("… của A và bà B": a second author right after "và" and a courtesy word.)
    const m = toks[n.to]?.lower === 'và' ? names.find((x) => x.from > n.to && x.from - n.to <= 3) : undefined;
    return [n, ...(m ? [m] : [])].map((x) => slice(s.u.source, toks, x.from, x.to));
  }
  return [];
}

/** A recipient written from token j: a person named in it, else a capitalised body ("Đảng bộ …"). */
/**
 * True when "và" at k joins two fields inside the name of a body opening at j ("Trung tâm Huấn luyện và
 * Thi đấu thể dục thể thao Đà Nẵng"), not a second body or person; a name that has reached its place
 * ("Công an phường Hòa Xuân và …") is whole.
 */
export function fieldAnd(s: Sent, j: number, k: number): boolean {
  const { toks } = s.u;
  // ("Đội Phòng chống ma túy và tội phạm": lower-case fields on both sides of "và" inside a body's name.)
  const lower = (n: number): boolean => !!toks[n]?.word && !toks[n]!.cap && !/^\d/.test(toks[n]!.text);
  const person = [1, 2, 3, 4, 5].some((d) => s.starts.has(k + d)) || !!BODY_WORDS.match(toks, k + 1); // (not "… và kỹ sư A", "… và phòng X")
  if (lower(k - 1) && lower(k + 1) && !person && !/^(các|những|nhiều|hai|ba|một|tập|cá|hộ|người|gia|học|giáo|cán|ban|đội|tổ|đoàn|hội|nhân|bà|ông|anh|chị|cô|em)$/.test(toks[k + 1]!.lower) && !!toks[j]?.cap && !!BODY_WORDS.match(toks, j) && k - j <= 8) return true;
  if (!toks[k + 1]?.cap || BODY_WORDS.match(toks, k + 1) || s.starts.has(k + 1) || VI_HONORIFICS.match(toks, k + 1) || VI_HEADS.match(toks, k + 1) || !toks[j]?.cap || !BODY_WORDS.match(toks, j)) return false;
  return toks.slice(j, k).every((t, n) => t.word && !/^\d/.test(t.text) && !VI_PLACES.match(toks, j + n) && !/^(phường|xã|tỉnh|thành|huyện|quận)$/.test(t.lower));
}

export function np(s: Sent, j: number, end: number): string | null {
  const { toks, source } = s.u;
  const start = j;
  for (let g = 0; g < 4 && j < end; g++) {
    const lead = LEADS.has(`${toks[j]!.lower} ${toks[j + 1]?.lower}`) ? 2 : 0;
    const hon = VI_HONORIFICS.match(toks, j)?.end ?? (/^[,.]$/.test(toks[j]!.text) && g ? j + 1 : j);
    const next = Math.max(j + lead, hon);
    if (next === j) break;
    j = next;
  }
  if (j >= end || !toks[j] || PLURAL.has(toks[j]!.lower) || /^\d/.test(toks[j]!.text)) return null;
  // ("thuộc về đoàn Lạng Sơn": a delegation or team in lower case, named by its province.)
  const team = /^(đoàn|đội)$/.test(toks[j]!.text) ? VI_PLACES.match(toks, j + 1) : null;
  if (team && team.end <= end) return slice(source, toks, j, team.end);
  // ("cho đội tuyển Karate Đà Nẵng", "câu lạc bộ Bóng chuyền Sanest": a side in lower case, named by the capitals after it.)
  const side = /^(đội|đội tuyển|đội bóng|câu lạc bộ)$/.test(toks.slice(j, BODY_WORDS.match(toks, j)?.end ?? j).map((t) => t.text).join(' ')) ? BODY_WORDS.match(toks, j)!.end : -1;
  if (side > 0 && toks[side]?.cap) {
    let e = side;
    while (e < end && toks[e]!.cap && toks[e]!.word) e++;
    return slice(source, toks, start, e);
  }
  // After "cô", "ông", "bản thân": a short name, capitalised words only ("cô Lan", "ông Văn Kiên").
  if (j > start && toks[j]!.cap && !s.starts.has(j) && VI_HONORIFICS.match(toks, start)) {
    let e = j;
    while (e < end && toks[e]!.cap && toks[e]!.word) e++;
    return slice(source, toks, j, e);
  }
  let k = j;
  let last = j;
  // ("Hợp tác xã Cao su Lộc Ninh Xanh": a body's name may read like a person's inside it.)
  const isBody = toks[j]!.cap && !!BODY_WORDS.match(toks, j);
  // "Trường Đại học Mỏ - Địa chất", "Khoa Điện tử - Viễn thông": a dash between capitals inside a name.
  // (Only in a body's name: not "TTO - Sáng nay", nor a caption's "… - Ảnh: HÀ ĐỒNG".)
  const dashed = /^(trường|khoa|viện|hội|đại|công|tổng|liên|hiệp|tỉnh|bộ|sở|ban|trung|phân|phòng|xí)$/.test(toks[j]!.lower); // (… "Phân xưởng Ống - Máy")
  let long = 0;
  while (k < end && k - j < 14 + long && !s.awards.some((a) => a.from === k)) {
    const t = toks[k]!;
    const n = isBody && k > j ? undefined : s.starts.get(k);
    if (n) return slice(source, toks, n.from, n.to);
    if (t.text === '(') {
      while (k < end && toks[k]!.text !== ')') k++;
      k++;
      continue;
    }
    // "Hội Người Việt Nam tại Cộng hòa Séc": "tại" and a capital stay in a body's name.
    const abroad = t.lower === 'tại' && !!toks[k + 1]?.cap && toks[j]!.cap;
    const project = t.lower === 'dự' && toks[k + 1]?.lower === 'án' && toks[j]!.cap;
    if (/^[-–]$/.test(t.text) && dashed && toks[k + 1]?.cap && toks[k + 2]?.word && toks[k - 1]?.word && !s.starts.has(k + 1) && toks[k + 1]!.lower !== 'ảnh') {
      k++;
      continue;
    }
    // ("Tổ hòa giải tổ dân phố số 12": a neighbourhood unit inside a body's name.)
    const ham = toks[j]!.cap && k > j ? hamletAt(toks, k) : 0;
    if (ham > k) {
      k = last = ham;
      continue;
    }
    if (fieldComma(toks, k)) { // "cho Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng"
      k = last = fieldsEnd(toks, k);
      continue;
    }
    // ("Công đoàn các Khu kinh tế Hải Phòng": "các" and a capital inside a body's name.)
    // (… "Trung tâm Dự báo khí tượng …": "báo" of "dự báo" is no verb; "Trung đội dân quân cơ động": a word's second syllable.)
    const inName = (t.lower === 'các' && isBody && !!toks[k + 1]?.cap) || (t.lower === 'và' && fieldAnd(s, j, k)) || (t.lower === 'báo' && toks[k - 1]?.lower === 'dự') || (t.lower === 'dự' && toks[k + 1]?.lower === 'báo') || (toks[j]!.cap && WHOLE_WORDS.has(`${toks[k - 1]?.lower} ${t.lower}`));
    // ("Khoa Sản, Bệnh viện Đa khoa Bạc Liêu": a department, then the body it belongs to.)
    if (parentComma(s, j, k)) {
      [k, long] = [k + 1, 8];
      continue;
    }
    if (!t.word || (!abroad && !project && !inName && !t.cap && (NP_STOP.has(t.lower) || VI_ORG_STOP.has(t.lower)))) break;
    if (t.lower === 'lần' && /^(thứ|đầu|\d+)$/.test(toks[k + 1]?.lower ?? '')) break; // "Công ty X lần thứ ba nhận …"
    if (toks[k + 1]?.lower === 'lần' && /^(hai|ba|bốn|năm|nhiều|\d+)$/.test(t.lower)) break; // "Trung tâm X hai lần được tặng …"
    if (t.lower === 'dự' && toks[k + 1]?.lower === 'án' && toks[j]!.cap) { // "Ban Quản lý dự án 85"
      k += 2;
      last = k;
      continue;
    }
    k++;
    last = k;
  }
  // "Nhà trường đã …": a capital only because the sentence starts there is no name.
  // A number makes it a unit's name ("Trung đoàn 764").
  const opens = j === 0 || /^[,;:(“"–-]$/.test(toks[j - 1]!.text);
  // ("Nữ bác sĩ 35 năm gắn bó …": a count of years describes someone, unlike a unit's number.)
  const common = opens && j === start && toks.slice(j + 1, last).every((t, d) => !t.cap && !isAcronym(t) && (!/^\d/.test(t.text) || /^(năm|tuổi)$/.test(toks[j + 2 + d]?.lower ?? ''))) && isVietSyllable(toks[j]!);
  return toks[j]!.cap && last > j && !common ? slice(source, toks, j, last) : null;
}

// "UBND xã A và Trung tâm B", "Ông A, bà B và anh C": each part a name or a whole capitalised body.
const COUNT_WORD = /^(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|các|\d+)$/;

export function coordinatedParts(s: Sent, cs: number, e: number): string[] {
  const { toks } = s.u;
  const cuts = [cs - 1];
  // ("Trường PTDTBT Tiểu học và THCS Y Tý": one school of two levels, not two bodies.)
  const inName = (k: number): boolean => fieldAnd(s, cuts[cuts.length - 1]! + 1, k);
  const level = (k: number): boolean => /^(thcs|thpt|tiểu|mầm|thpt)$/i.test(toks[k + 1]?.text ?? '') && /^(học|thcs|tiểu|non)$/i.test(toks[k - 1]?.text ?? '');
  // ("A, B cùng bốn chi hội …": "cùng" before a counted group joins like "và", in a list without one.)
  const va = toks.slice(cs, e).some((t) => t.lower === 'và');
  const cung = (k: number): boolean => toks[k]?.lower === 'cùng' && COUNT_WORD.test(toks[k + 1]?.lower ?? '');
  for (let k = cs; k < e; k++) {
    // ("Sở Văn hóa, Thể thao và Du lịch": one body's fields.)
    if (fieldComma(toks, k)) k = fieldsEnd(toks, k) - 1;
    else if (parentComma(s, cuts[cuts.length - 1]! + 1, k)) continue;
    // ("Tổ hòa giải thôn Nà Lũng (xã Đồng Văn, tỉnh Tuyên Quang) và …": not inside brackets.)
    else if (toks[k]!.text === '(') k = Math.max(k, toks.findIndex((t, m) => m > k && m < e && t.text === ')'));
    else if ((toks[k]!.lower === 'và' && !level(k) && !inName(k)) || (cung(k) && !va) || (toks[k]!.text === ',' && toks.slice(k, e).some((t, n) => t.lower === 'và' || (cung(k + n) && !va)))) cuts.push(k);
  }
  if (cuts.length < 2) return [];
  // ("… và Trạm Y tế xã Đất Mũi, nơi chị A từng công tác": the last part ends before a clause describing it.)
  const tail = toks.findIndex((t, k) => k > cuts[cuts.length - 1]! && k < e && t.text === ',' && !!toks[k + 1]?.word && !toks[k + 1]!.cap);
  cuts.push(tail > 0 ? tail : e);
  const out: string[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const p = cuts[c]! + 1;
    const q = pastAside(toks, cuts[c + 1]!, p);
    const r = p < q ? np(s, p, q) : null;
    // ("là Công ty A, đơn vị xuất khẩu …, và Công ty B": an apposition between the parts is passed over.)
    if (!r && c > 0 && c + 2 < cuts.length && ((toks[p]?.word && !toks[p]!.cap && toks[q]?.text === ',') || p >= q)) continue; // (", và": nothing between)
    // "… cho A, B và hai cán bộ có thành tích": a counted group closing the list names nobody more.
    if (!r && c > 1 && c + 2 === cuts.length && /^(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|một|nhiều|các|những|\d+)$/.test(toks[p]?.lower ?? '') && !toks[p + 1]?.cap) break;
    // ("… và Trung đội dân quân cơ động của phường": the part, past whose it is.)
    const part = r ? slice(s.u.source, toks, p, q) : '';
    if (!r || !(part.endsWith(r) || (part.startsWith(r) && part.slice(r.length).startsWith(' của ')))) return [];
    out.push(r);
  }
  return out;
}

// Where a bracketed aside closing at k - 1 opens ("cô A (môn Ngữ văn)"), after `from`; else k.
function pastAside(toks: Sent['u']['toks'], k: number, from = 0): number {
  if (toks[k - 1]?.text !== ')') return k;
  const open = toks.findLastIndex((t, n) => n > from && n < k - 1 && t.text === '(');
  return open > from ? open : k;
}

// "cho Hiếu ở nội dung nam": a given name alone, as news writes it after the full name.
export function loneName(s: Sent, k: number): string | null {
  const t = s.u.toks[k];
  // (Only where the name ends at once: "cho Đảng bộ …", "cho Thượng úy …" open longer names.)
  if (!afterGivenName(s.u.toks[k + 1])) return null;
  if (!t?.cap || s.starts.has(k) || !isVietSyllable(t) || VI_PLACES.match(s.u.toks, k) || VI_HONORIFICS.match(s.u.toks, k)) return null;
  return t.text;
}

/** "John B. Goodenough, M. Stanley Whittingham và Akira Yoshino cùng nhận": every name of a list right before the verb. */
export function namesChainBefore(s: Sent, e: number): string[] {
  const { toks } = s.u;
  let k = e;
  while (k > 0 && /^(cùng|đều|đã|từng|cũng)$/.test(toks[k - 1]!.lower)) k--;
  if (k === e) return [];
  const ends = new Map([...s.starts.values()].map((n) => [n.to, n]));
  const out: string[] = [];
  // ("cô A (môn Ngữ văn) và thầy B": past a bracketed aside after a name.)
  for (let n = ends.get(k); n; n = /^(,|và)$/.test(toks[n.from - 1]?.lower ?? '') ? ends.get(pastAside(toks, n.from - 1)) : undefined) {
    out.unshift(slice(s.u.source, toks, n.from, n.to));
  }
  return out.length > 1 ? out : [];
}

// "cho ê-kíp ghép tim Bệnh viện Trung ương Huế": a team of a named body, up to the clause's end.
export function team(s: Sent, k: number): string | null {
  const { toks } = s.u;
  // ("cho tổ trinh sát Công an phường X", "cho đội cứu hộ …": a squad described in lower case; not "tổ chức", "đội viên".)
  const squad = /^(tổ|đội|tiểu|trung)$/.test(toks[k]?.lower ?? '') && !/^(chức|quốc|tiên|viên|ngũ|tuyển|học|bình|tâm)$/.test(toks[k + 1]?.lower ?? '') && !toks[k + 1]?.cap;
  if (!squad && !/^(ê-kíp|êkíp|kíp|nhóm|tập thể|đội ngũ)$/.test(toks[k]?.lower ?? '') && !(toks[k]?.lower === 'tập' && toks[k + 1]?.lower === 'thể')) return null;
  let e = k + 1;
  // ("cho tập thể đội bóng và HLV trưởng A": a person after "và" is a recipient of their own.)
  const person = (n: number): boolean => toks[n]!.lower === 'và' && (!!VI_HONORIFICS.match(toks, n + 1) || [1, 2, 3, 4].some((d) => s.starts.has(n + d)));
  while (e < toks.length && e - k < 14 && toks[e]!.word && !/^(theo|vì|do|với|nhờ|tại|trong|sau)$/.test(toks[e]!.lower) && !person(e)) e++;
  // ("cho ê-kíp ghép thận, cùng …": a short described team closed by a comma; not "cho tập thể giáo viên, học sinh …".)
  const closed = (toks[e]?.text === ',' && e - k <= 5 && /^(ê-kíp|êkíp|kíp|nhóm)$/.test(toks[k]!.lower)) || (e < toks.length && person(e) && e - k <= 5);
  return toks.slice(k, e).some((t) => t.cap) || closed ? slice(s.u.source, toks, k, e) : null;
}

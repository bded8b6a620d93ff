/**
 * A clause's subject that lists its people or bodies: "ba quân nhân … gồm Thiếu tá A, Đại úy B và Thượng
 * úy C được tặng …", "hai giáo viên khác của trường là cô A và thầy B được phong tặng …", "Năm doanh nghiệp,
 * trong đó có Công ty X, nhận …".
 */
import { slice } from '../../words';
import { clauseStart, pastOpener, type Sent, type Subject } from './award-clauses';
import { listedNames } from './award-lists';
import { np } from './award-phrases';
import { VI_HONORIFICS } from './titles';

const COUNT = /^(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều|các|\d+)$/;

/** The listed subject of the clause ending at e (its start cs), or null when it lists nobody. */
export function listedSubject(s: Sent, e: number, cs: number): Subject | null {
  // "ba quân nhân … gồm Thiếu tá A, Đại úy B và Thượng úy C được tặng …": the members listed.
  const gom = s.u.toks.findLastIndex((t, k) => k < e && e - k <= 30 && t.lower === 'gồm');
  const members = gom >= 0 && !s.u.toks.slice(gom, e).some((t) => /^[;:.]$/.test(t.text)) ? listedNames(s, gom + 1, e) : [];
  if (members.length > 1 || (members.length && gom >= cs)) return { text: members[0]!, pronoun: false, more: members.length > 1 ? members : undefined };
  // "hai giáo viên khác của trường là cô A và thầy B được phong tặng …": a counted group, then who is in it.
  const la = s.u.toks.findLastIndex((t, k) => k < e && e - k <= 30 && t.lower === 'là' && s.u.toks.slice(Math.max(0, k - 7), k).some((x) => /^(hai|ba|bốn|năm|các|những|\d+)$/.test(x.lower)));
  // (Not "Cùng các cộng sự là A và B, ông nhận …" nor "ông cùng hai cộng sự là A và B được tặng …": those who share it.)
  const listComma = (k: number): boolean => s.starts.has(k + 1) || s.starts.has(VI_HONORIFICS.match(s.u.toks, k + 1)?.end ?? -1);
  const own = la >= 0 && !s.u.toks.slice(la, e).some((t, k) => /^[;:.]$/.test(t.text) || (t.text === ',' && !listComma(la + k))) && !s.u.toks.slice(clauseStart(s, la), la).some((t) => t.lower === 'cùng');
  const inGroup = own ? listedNames(s, la + 1, e) : [];
  if (inGroup.length > 1) return { text: inGroup[0]!, pronoun: false, more: inGroup };
  // "Hai người trực tiếp nhảy xuống biển, A và B, nhận …": a counted group, then its people between commas.
  const close = s.u.toks.findLastIndex((t, k) => k < e && e - k <= 3 && t.text === ',');
  // (The group opens the sentence; its people run from the first comma: "Ba thanh niên …, A, B và C, nhận …".)
  const open = close > 0 ? s.u.toks.findIndex((t, k) => k < close && t.text === ',') : -1;
  const counted = open > 0 && COUNT.test(s.u.toks[0]!.lower);
  const between = counted ? listedNames(s, open + 1, close) : [];
  if (between.length > 1) return { text: between[0]!, pronoun: false, more: between };
  // "Năm doanh nghiệp, trong đó có Công ty X, nhận …": the one the counted subject names.
  const tdc = s.u.toks.findLastIndex((t, k) => k < e - 3 && t.lower === 'trong' && s.u.toks[k + 1]?.lower === 'đó' && s.u.toks[k + 2]?.lower === 'có' && s.u.toks[k - 1]?.text === ',');
  if (tdc > 0 && COUNT.test(s.u.toks[clauseStart(s, tdc - 1)]?.lower ?? '')) {
    const close = s.u.toks.findIndex((t, k) => k > tdc + 3 && k <= e && /^[,;]$/.test(t.text));
    const stop = close > 0 ? close : e;
    const named = listedNames(s, tdc + 3, stop);
    const one = named.length ? null : np(s, tdc + 3, stop);
    if (named.length || one) return { text: named[0] ?? one, pronoun: false, more: named.length > 1 ? named : undefined };
  }
  return null;
}

/**
 * "A, Thuyền trưởng …, và B, người …, sau đó cùng được tặng X", "… mỗi người nhận X": everyone named before
 * the clause [cs, e) that holds only "cùng", "đều", "mỗi người" and the like; else null.
 */
export function namedTogether(s: Sent, cs: number, e: number): Subject | null {
  const { toks } = s.u;
  const tail = toks.slice(cs, e).filter((t) => !/^(được|nhận|vừa|đã|từng)$/.test(t.lower));
  if (cs >= e || !tail.length || !tail.every((t) => /^(sau|đó|cùng|đều|cũng|đồng|thời|rồi|mỗi|người)$/.test(t.lower)) || !tail.some((t) => /^(cùng|đều|mỗi)$/.test(t.lower))) return null;
  const full = [...s.starts.values()].filter((n) => n.to <= cs).sort((a, b) => a.from - b.from).map((n) => slice(s.u.source, toks, n.from, n.to));
  // ("Dịp này, ông Đông và ông Nguyễn Văn Sáng, …,": a short name too, past a time opening the sentence.)
  const listed = listedNames(s, pastOpener(toks), cs);
  const all = listed.length > full.length ? listed : full;
  return all.length > 1 ? { text: all[0]!, pronoun: false, more: all } : null;
}

/**
 * Recipients listed after a colon in the award's own sentence ("cho ba tập thể, cá nhân có thành tích:
 * Công an xã A, Thiếu tá B và ông C"), or in lists a few sentences after an award to a counted group.
 */
import { slice, type Tok } from '../../words';
import { BODY_WORDS, pastOpener, type Sent, VI_NUMBER } from './award-clauses';
import { coordinatedParts, fieldAnd, np } from './award-phrases';
import { listedNames, namedBelow } from './award-lists';
import { VI_RECEIVE } from './award-lexicon';
import { fieldComma, fieldsEnd } from './title-parse';

/**
 * "cho ba tập thể, cá nhân có thành tích: Công an xã A, Thiếu tá B và ông C": after a counted group
 * and a colon in the same sentence, one recipient per item, a person by name, a body whole.
 */
export function colonItems(s: Sent, give: number): string[] {
  const { toks } = s.u;
  // ("Hai giải Ba … lần lượt được trao cho: kỹ sư A (…) với …, và Hợp tác xã B": the items right after the colon.)
  // (… split by semicolons: "được trao cho: họa sĩ A với bức sơn mài "X"; và họa sĩ B, …, với …".)
  if (toks[give]?.text === ':') {
    const each = toks.slice(give).some((t) => t.text === ';') ? firstOfEach(s, give + 1) : [];
    return each.length > 1 ? each : itemsAfter(s, give);
  }
  if (!/^(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những|\d+)$/.test(toks[give]?.lower ?? '')) return [];
  const colon = toks.findIndex((t, k) => k > give && k - give < 16 && t.text === ':');
  if (colon < 0 || toks.slice(give, colon).some((t) => /^[.;]$/.test(t.text))) return [];
  // ("ba cá nhân: Đại úy A, Phó Đồn trưởng; Thượng úy B, …; và Trung úy C": items with their posts, split by semicolons.)
  const people = toks.slice(colon).some((t) => t.text === ';') ? firstOfEach(s, colon + 1) : [];
  return people.length > 1 ? people : itemsAfter(s, colon);
}

/** "ba văn nghệ sĩ … vừa được Chủ tịch nước tặng X: A, B và C": a counted subject, the award, a colon, then its people. */
export function countedColon(s: Sent, end: number): string[] {
  const { toks } = s.u;
  // ("… Công an tỉnh gồm:"; "… đợt này gồm:": the round, not part of the award.)
  const past = /^(tỉnh|xã|phường)$/.test(toks[end]?.lower ?? '') || (/^(đợt|lần|kỳ|năm)$/.test(toks[end]?.lower ?? '') && /^(này|nay)$/.test(toks[end + 1]?.lower ?? ''));
  const gom = [end + 1, end + 2].find((k) => toks[k]?.lower === 'gồm');
  const to = past && gom ? gom : end;
  // (… or "được nhận X, gồm: Thiếu tá A, Đại úy B và Thượng úy C".)
  // (… or with no comma, in a plain list: "Ba cá nhân nhận X gồm: A, B và C".)
  const plain = toks[to]?.lower === 'gồm' && toks[to + 1]?.text === ':';
  const at = toks[to]?.text === ':' ? to : toks[to]?.text === ',' && toks[to + 1]?.lower === 'gồm' && toks[to + 2]?.text === ':' ? to + 2 : plain ? to + 1 : -1;
  const counted = at > 0 && toks.slice(0, to).some((t, k) => /^(\d+|hai|ba|bốn|sáu|bảy|tám|chín|mười)$/.test(t.lower) && /^\p{Ll}/u.test(toks[k + 1]?.text ?? ''));
  if (!counted) return [];
  // ("gồm: bác sĩ A, Giám đốc Bệnh viện X; dược sĩ B, …; và C": items with their posts, split by semicolons.)
  const people = plain && toks.slice(to).some((t) => t.text === ';') ? firstOfEach(s, at + 1) : null;
  return people ? (people.length > 1 ? people : []) : itemsAfter(s, at);
}

// The first person of each item between semicolons (not a firm named in the item's apposition).
export function firstOfEach(s: Sent, from: number): string[] {
  const { toks } = s.u;
  const cuts = [from - 1, ...toks.flatMap((t, k) => (k > from && t.text === ';' ? [k] : [])), toks.length];
  // ("hai tập thể và ba cá nhân: Đồn Biên phòng A; Đội B thuộc …; Trung tá C": a body opening its item is the item's recipient.)
  return cuts.slice(1).flatMap((c, i) => {
    const a = cuts[i]! + (toks[cuts[i]! + 1]?.lower === 'và' ? 2 : 1);
    // (Not an item listing several: "ba tập thể và bốn cá nhân: A, B, C; Thượng tá D, …": read as one list below.)
    const body = toks[a]?.cap && BODY_WORDS.match(toks, a) && !s.starts.has(a) && !toks.slice(a, c).some((t, n) => t.text === ',' && toks[a + n + 1]?.cap) ? np(s, a, c) : null;
    return body ? [body] : listedNames(s, a, c).slice(0, 1);
  });
}

/**
 * Those a counted group given an award at `give` names: "cho hai đội viên Quyết và Đức" by their short names, or
 * "cho hai tập thể và một cá nhân có thành tích …: A, B và C" as the items after the colon; else [].
 */
export function countedMembers(s: Sent, give: number): string[] {
  const { toks } = s.u;
  // (… or "cho các tập thể: A, B và C".)
  if (!COUNT.test(toks[give]?.lower ?? '')) return [];
  const short = shortNamesAfter(toks, give, s.u.source);
  if (short.length > 1) return short;
  const colon = toks.findIndex((t, k) => k > give && (t.text === ':' || /^[.;]$/.test(t.text)));
  // (Items with their posts, "ba cá nhân: A, Phó Đồn trưởng; B, …", are read item by item elsewhere.)
  const items = colon > 0 && colon - give <= 25 && toks[colon]!.text === ':' && colon < toks.length - 1 && !toks.slice(colon).some((t) => t.text === ';');
  return items ? itemsAfter(s, colon) : [];
}

function itemsAfter(s: Sent, colon: number): string[] {
  const { toks } = s.u;
  // ("HTX A (phường Mũi Né) và HTX B (phường Gia Nghĩa)": an item's bracketed place is passed over.)
  const stop = toks.findIndex((t, k) => k > colon && (/^[.;]$/.test(t.text) || (t.text === '(' && !toks.slice(k, k + 14).some((x) => x.text === ')'))));
  const end = stop > 0 ? stop : toks.length;
  const out: string[] = [];
  // ("Bộ môn Di truyền và Chọn giống": a "và" inside a body's name joins nothing; the item after the last "và" ends the list.)
  const sep = (p: number, q: number): boolean => toks[q]!.text === ',' || toks[q]!.text === '(' || (toks[q]!.lower === 'và' && !fieldAnd(s, p, q));
  for (let p = colon + 1, last = false; p < end && !last; ) {
    last = toks[p - 1]?.lower === 'và';
    let q = p;
    while (q < end && !sep(p, q)) q++;
    if (fieldComma(toks, q)) q = fieldsEnd(toks, q);
    while (q < end && !sep(p, q)) q++;
    const close = toks[q]?.text === '(' ? toks.findIndex((t, k) => k > q && t.text === ')') : -1;
    const named = [...s.starts.values()].find((n) => n.from >= p && n.to <= q);
    // ("Đội hình "Thầy thuốc trẻ tình nguyện" của Bệnh viện X": a body with a quoted name, whole.)
    const quoted = toks[p]?.cap && q - p <= 20 && toks.slice(p, q).some((t) => /^["“]$/.test(t.text)) ? slice(s.u.source, toks, p, q) : null;
    // ("HTX Thanh long Mũi Né Xanh": a body's item is its whole name, lower-case words and all.)
    const body = (BODY_WORDS.match(toks, p) || /^[A-ZĐ]{2,5}$/.test(toks[p]?.text ?? '')) && q - p <= 10 && toks[q - 1]!.cap ? slice(s.u.source, toks, p, q) : null;
    // ("Hợp tác xã Muối Diêm Phố": a body's name holding what reads as a person's.)
    const one = named && !(body && named.from > p && BODY_WORDS.match(toks, p)) ? slice(s.u.source, toks, named.from, named.to) : (body ?? np(s, p, q) ?? quoted);
    if (!one) return out.length > 1 ? out : [];
    out.push(one);
    p = close > 0 ? close + 2 : q + 1;
  }
  return out.length > 1 ? out : [];
}

/**
 * "… trao X cho 5 tập thể và 2 cá nhân." then, a few sentences on and before any other award, "Ba tập thể còn lại
 * được vinh danh gồm: A, B và C", "Hai cá nhân nhận giải năm nay là D và ông E": the ones those later lists name.
 */
export function namedLater(units: readonly Sent['u'][], from: number): { name: string; unit: number }[] {
  // (Only the kinds the award's sentence counted: "cho 5 tập thể và 2 cá nhân" → "Ba tập thể …", "Hai cá nhân …".)
  const kinds = new Set(units[from - 1]!.toks.filter((t, k, all) => COUNT.test(all[k - 1]?.lower ?? '') && KIND.test(t.lower)).map((t) => t.lower));
  const out: { name: string; unit: number }[] = [];
  for (let k = from + 1; k < units.length && k - from <= 24; k++) {
    const { toks } = units[k]!;
    if (COUNT.test(toks[0]?.lower ?? '') && kinds.has(toks[1]?.lower ?? '')) out.push(...namedBelow(units, k).map((name) => ({ name, unit: k })));
  }
  return out;
}

const COUNT = /^(\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)$/;
const KIND = /^(tập|cá|đơn|doanh)$/;

/**
 * A counted subject naming its members before the verb: "Hai kiểm soát viên Duyên và Toàn nhận X", "Ba người dân
 * … là ông Hùng, bà Nguyệt và anh Trí mỗi người nhận X", "Hai tập thể … là A và B nhận X"; else [].
 */
export function countedSubject(s: Sent, from: number): string[] {
  const { toks } = s.u;
  // ("Dịp này, hai tập thể là A và B được …": past a time opening the sentence.)
  const o = pastOpener(toks, /^(dịp|nhân|năm|tại|trong|sáng|chiều|tối|cũng)$/);
  if (!VI_NUMBER.test(toks[o]?.lower ?? '')) return [];
  // The verb group before the award: "nhận", "mỗi người nhận", "cùng được tặng" …
  const verb = toks.findIndex((t, k) => k > o + 1 && k < from && /^(mỗi|cùng|đều|được|nhận|đã|vừa|đón)$/.test(t.lower));
  if (verb < 0 || toks.slice(o, verb).some((t) => /^[.;:]$/.test(t.text))) return [];
  const pair = VI_RECEIVE.match(toks, from - 1)?.end === from ? shortNamesAfter(toks, o, s.u.source) : [];
  if (pair.length > 1) return pair;
  const la = toks.findIndex((t, k) => k > o + 1 && k < verb && t.lower === 'là');
  if (la < 0) return [];
  const people = listedNames(s, la + 1, verb);
  if (people.length > 1) return people;
  const bodies = coordinatedParts(s, la + 1, verb);
  return bodies.length > 1 ? bodies : [];
}

/** "hai đội viên Quyết và Đức": the short names (one or two capitalised syllables each) after a counted noun at `from`. */
export function shortNamesAfter(toks: readonly Tok[], from: number, source: string): string[] {
  const first = toks.findIndex((x, k) => k > from && k - from <= 4 && x.cap);
  if (first < 0 || !toks.slice(from + 1, first).every((x) => x.word && !x.cap)) return [];
  const out: string[] = [];
  for (let k = first; toks[k]?.cap; ) {
    let e = k;
    while (toks[e]?.cap && toks[e]!.word && e - k < 2) e++;
    if (toks[e]?.cap) return [];
    out.push(slice(source, toks, k, e));
    if (!/^(và|,)$/.test(toks[e]?.lower ?? '') || !toks[e + 1]?.cap) break;
    k = e + 1;
  }
  return out;
}

/** "Năm cá nhân được khen gồm A; B …" opening the sentence after an award's: more of that award's recipients. */
export function praisedNext(units: readonly Sent['u'][], ui: number): boolean {
  const toks = units[ui + 1]?.toks ?? [];
  // (Not a sentence with its own award: "Hai cá nhân được tặng Bằng khen … gồm …".)
  return COUNT.test(toks[0]?.lower ?? '') && KIND.test(toks[1]?.lower ?? '') && toks.slice(2, 7).some((t, k, all) => t.lower === 'được' && /^(khen|tặng|trao|vinh)$/.test(all[k + 1]?.lower ?? '') && /^(gồm|là|có|:)$/.test(all[all[k + 2]?.lower === 'thưởng' ? k + 3 : k + 2]?.lower ?? ''));
}

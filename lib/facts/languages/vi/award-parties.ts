/**
 * Reading the parties of a Vietnamese award from a sentence: the subject of a clause (skipping "đã",
 * "vinh dự", a bracketed aside, a time phrase), a pronoun or a short word for a body named before.
 */
import { slice } from '../../words';
import { VI_PLACES } from './gazetteer';
import { authorsOf, coordinatedParts, namesChainBefore, np } from './award-phrases';
import { isVietSyllable } from './names';
import { KIN, quotedWork, ROLE_WORD } from './award-roles';
import { BODY_WORDS, clauseStart, counted, FILLERS, PRONOUNS, pastCount, productIn, REPORTED, type Sent, type Subject, TIME_OPENER } from './award-clauses';

export type { Sent, Subject } from './award-clauses';
import { VI_HONORIFICS } from './titles';
import { apposedBefore, ceremonyHost, countedNames, foundedBody, groupOrDescribed, memberOf, reportedOn, sharedOpener } from './award-members';
import { namedTogether } from './award-groups';

export function subjectOf(s: Sent, e: number): Subject {
  const { toks } = s.u;
  const held = ceremonyHost(s, e);
  if (held > 0) return subjectOf(s, held);
  const coordinated = toks[e]?.lower === 'được' && (toks[e - 1]?.lower === 'và' || (/^(từng|đã|cũng|còn)$/.test(toks[e - 1]?.lower ?? '') && toks[e - 2]?.lower === 'và')); // (… "và từng được")
  const e0 = e; // (the verb's own start, before its fillers go)
  while (e > 0 && (FILLERS.has(toks[e - 1]!.lower) || (toks[e - 1]!.lower === 'người' && toks[e - 2]?.lower === 'mỗi'))) e -= FILLERS.has(toks[e - 1]!.lower) ? 1 : 2;
  if (toks[e - 1]?.text === ')') {
    const open = toks.slice(0, e).map((t) => t.text).lastIndexOf('(');
    if (open > 0) e = open;
  }
  // "X …, và được trao Y": the subject is the sentence's.
  let cs = coordinated ? 0 : clauseStart(s, e);
  // "…; chính Công ty X cũng từng nhận …", "riêng bệnh viện …", "còn ông Cường": a word stressing the subject.
  while (cs < e - 1 && /^(chính|riêng|còn|ngay)$/.test(toks[cs]!.lower) && (toks[cs + 1]!.cap || (/^(ông|bà|anh|chị|cô|thầy)$/.test(toks[cs + 1]!.lower) && toks[cs + 2]?.cap))) cs++;
  const apposed = apposedBefore(s, cs);
  if (apposed) return apposed;
  // ("Cá nhân bà Sương từng nhận …": the person, past the word setting her apart from her company.)
  if (toks[cs]?.lower === 'cá' && toks[cs + 1]?.lower === 'nhân' && /^(ông|bà|anh|chị|cô|thầy)$/.test(toks[cs + 2]?.lower ?? '')) cs += 2;
  // "A được tặng X và nhiều cá nhân được tặng Y": after a full first clause, "và" opens a new subject.
  if (!coordinated) {
    const va = toks.findLastIndex((t, k) => k > cs && k < e - 1 && t.lower === 'và');
    if (va > 0 && toks.slice(cs, va).some((t) => t.lower === 'được') && s.awards.some((a) => a.to <= va && a.from > cs)) cs = va + 1;
    // "…, cho biết năm 2024 hiệp hội được tặng …": what is reported has its own subject, after its time.
    // ("HĐXX ghi nhận bị cáo từng được …": a reporting verb inside the clause, too.)
    const at = [...Array(Math.max(0, e - cs)).keys()].map((d) => cs + d).findLast((k) => !!REPORTED.match(toks, k) && REPORTED.match(toks, k)!.end < e);
    const said = at !== undefined ? REPORTED.match(toks, at) : null;
    if (said && said.end < e) {
      cs = said.end;
      if (/^(năm|tháng)$/.test(toks[cs]?.lower ?? '') && /^\d/.test(toks[cs + 1]?.text ?? '') && cs + 2 < e) cs += 2;
    }
    // "tiểu thuyết này giúp tác giả nhận X": who the work helped is who received it.
    const helped = toks.findLastIndex((t, k) => k >= cs && k < e - 1 && /^(giúp|khiến)$/.test(t.lower));
    if (helped >= 0) cs = helped + 1;
  }
  if (coordinated) {
    const reported = reportedOn(s, e);
    if (reported) return reported;
    const first = [...s.starts.values()].sort((a, b) => a.from - b.from)[0];
    if (first) return { text: slice(s.u.source, toks, first.from, first.to), pronoun: false };
    // "Dưới thời ông, Thép An Bình … trở thành … và được tặng": the first clause with a named subject.
    for (let c = 0; c < e; c++) {
      // ("Nam diễn viên 58 tuổi …": a capital only because the sentence starts there names nothing.)
      const opening = c === 0 && !toks[1]?.cap;
      const body = (c === 0 || toks[c - 1]!.text === ',') && toks[c]!.cap && !opening ? np(s, c, e) : null;
      if (body) return { text: body, pronoun: false };
    }
    // "Tổng công ty đã 4 lần nhận X và được tặng Y": the subject of the award before it.
    return { text: null, pronoun: true, elided: true };
  }
  // ("…, năm 2022 anh đã được …": a time opening the clause, not a count of recipients.)
  if (TIME_OPENER.test(toks[cs]?.lower ?? '') && /^\d{4}$/.test(toks[cs + 1]?.text ?? '') && cs + 2 < e) cs += 2;
  // ("Bản thân hợp tác xã đã hai lần nhận …": the body itself.)
  if (toks[cs]?.lower === 'bản' && toks[cs + 1]?.lower === 'thân' && BODY_WORDS.match(toks, cs + 2)) cs += 2;
  // "…, mẹ được phong tặng Y", "có bố là thương binh, từng được tặng Y": an unnamed relative is nobody we can name.
  const kin = KIN.match(toks, cs) ?? (toks[cs]?.lower === 'có' ? KIN.match(toks, cs + 1) : null);
  if (kin && !s.starts.has(kin.end) && !toks[kin.end]?.cap) return { text: null, pronoun: false };
  if (cs >= e && cs > 1) {
    const pcs = clauseStart(s, cs - 1);
    const co = toks.findIndex((t, k) => k >= pcs && k < cs - 2 && t.lower === 'có' && KIN.match(toks, k + 1)?.end === k + 2 && toks[k + 2]?.lower === 'là');
    if (co >= 0) return { text: null, pronoun: false };
  }
  // "Một nữ y tá …, sau này được truy tặng X": someone unnamed opens the sentence.
  if (toks[0]?.lower === 'một' && !toks[1]?.cap && ![...s.starts.keys()].some((k) => k < e) && toks.slice(cs, e).every((t) => !t.cap)) return { text: null, pronoun: false };
  const together = namedTogether(s, cs, e0);
  if (together) return together;
  // "… được tặng X và nhiều lần nhận Y": a second verb of the same subject.
  // ("… Thể dục, thể thao năm 2019 và mới đây được nhận thêm Y": a comma inside the first award's name.)
  const andAt = toks[cs]?.lower === 'và' ? cs : toks[cs - 1]?.lower === 'và' ? cs - 1 : toks.findLastIndex((t, k) => k > cs && k < e - 1 && t.lower === 'và' && s.awards.some((a) => a.to <= k && a.from < cs));
  if (andAt >= 0 && andAt + 1 < e && toks.slice(andAt + 1, e).every((t) => /^(nhiều|lần|từng|cũng|đã|được|hai|ba|bốn|\d+|mới|đây|gần|sau|đó|vừa|rồi|năm|nay|tiếp|tục)$/.test(t.lower))) {
    return { text: null, pronoun: true, elided: true };
  }
  // "… xem xét bị cáo có hơn 30 năm công tác, được … tặng Y": the defendant of the clause before.
  if (cs >= e && cs > 1) {
    const pcs = clauseStart(s, cs - 1);
    const r = toks.findIndex((_, k) => k >= pcs && k < cs - 1 && !!ROLE_WORD.match(toks, k));
    const end = r >= 0 ? ROLE_WORD.match(toks, r)!.end : -1;
    if (r >= 0 && !s.starts.has(end) && !toks[end]?.cap) return { text: null, pronoun: true, described: true, role: slice(s.u.source, toks, r, end).toLowerCase() };
  }
  const named = [...s.starts.values()].filter((n) => n.from < e).sort((a, b) => a.from - b.from);
  // "Ông X, Giám đốc …, được tặng Y": the clause is an apposition; the subject opens the sentence.
  if (cs >= e && toks[cs - 1]?.text === ',' && named[0]) return { text: slice(s.u.source, toks, named[0].from, named[0].to), pronoun: false };
  const inClause = named.find((n) => n.from >= cs);
  const opener = inClause ? null : sharedOpener(s, cs, e, named[0]);
  if (opener) return opener;
  // 'Phim đầu tay của anh, "Gió chướng", đoạt …': a quoted title in apposition is the subject.
  if (cs >= e && toks[cs - 1]?.text === ',' && /^["”]$/.test(toks[cs - 2]?.text ?? '')) {
    const open = toks.findLastIndex((t, n) => n < cs - 2 && /^["“]$/.test(t.text));
    if (open >= 0 && toks[open - 1]?.text === ',' && toks[open + 1]?.cap) return { text: slice(s.u.source, toks, open + 1, cs - 2), pronoun: false };
  }
  // 'Phim "Mưa đỏ" giành …': the clause opens on a quoted title (quotes end a clause when read back).
  if (cs >= e && /^["”]$/.test(toks[cs - 1]?.text ?? '')) {
    const open = toks.findLastIndex((t, n) => n < cs - 1 && /^["“]$/.test(t.text));
    const work = open > 0 ? quotedWork(toks, clauseStart(s, open), e, s.u.source) : null;
    if (work) return { text: work, pronoun: false };
  }
  // "Trường đã …, từng nhận Y": a clause without a subject shares the sentence's; "Ban Quản lý dự án X,
  // đơn vị …, từng đón nhận Y": a sentence opening on a body names it.
  // "sản phẩm này, phần mềm GeoAlert, từng đoạt …": a product named in apposition is the subject.
  if (cs >= e && toks[cs - 1]?.text === ',') {
    const pcs = clauseStart(s, cs - 1);
    const product = pcs < cs - 2 && !toks[pcs]!.cap ? productIn(toks, s.u.source, pcs, cs - 1) : null;
    if (product && slice(s.u.source, toks, pcs, cs - 1).endsWith(product)) return { text: slice(s.u.source, toks, pcs, cs - 1), pronoun: false };
  }
  if (cs >= e && cs > 0) {
    const comma = toks.findIndex((t) => t.text === ',');
    const head = toks[0]?.cap && comma > 1 && !TIME_OPENER.test(toks[0].lower) && !named.some((n) => n.from < comma) ? np(s, 0, comma) : null;
    if (head && head === slice(s.u.source, toks, 0, comma)) return { text: head, pronoun: false };
    // "Cục Gìn giữ hòa bình Việt Nam, cơ quan …, từng được …": a body's name may hold lower-case words.
    const led = toks[0]?.cap && BODY_WORDS.match(toks, 0) && comma > 2 && comma <= 10 && toks[comma - 1]!.cap && !toks[comma + 1]?.cap;
    if (led) return { text: slice(s.u.source, toks, 0, comma), pronoun: false };
    // "Một nữ y tá …, sau này được truy tặng …": someone unnamed.
    if (toks[0]?.lower === 'một' && !toks[1]?.cap) return { text: null, pronoun: false };
    return { text: null, pronoun: true, elided: true };
  }
  // "Ông từng …" is a pronoun; "Ông Kiên từng …" a short name.
  const shortName = cs + 1 < e && toks[cs + 1]!.cap;
  // "(bản thân) bị cáo hai lần nhận …": the defendant named last, in this sentence too.
  const and = toks[cs]?.lower === 'và' ? cs + 1 : cs;
  const self = toks[and]?.lower === 'bản' && toks[and + 1]?.lower === 'thân' ? and + 2 : and;
  // ("cả hai vợ chồng cùng được …": the pair, read by bothBefore, not a kin word's referent.)
  if (toks[self]?.lower === 'cả' && toks[self + 1]?.lower === 'hai' && /^(vợ|mẹ|bố|cha|ông)$/.test(toks[self + 2]?.lower ?? '') && /^(chồng|con|bà)$/.test(toks[self + 3]?.lower ?? '')) return { text: null, pronoun: false };
  const role = ROLE_WORD.match(toks, self);
  if (role && !s.starts.has(role.end) && !toks[role.end]?.cap) return { text: null, pronoun: true, described: true, role: slice(s.u.source, toks, self, role.end).toLowerCase() };
  // "Ông này", "bà ấy": the person just named, not the story's subject.
  if (cs < e && PRONOUNS.has(toks[cs]!.lower) && !inClause && /^(này|ấy)$/.test(toks[cs + 1]?.lower ?? '')) return { text: null, pronoun: true, described: true };
  // "Người phụ nữ Xơ Đăng này từng nhận …": a person described, then "này".
  if (cs < e - 2 && /^(người|chàng|cô|anh|vị|nữ|nam|cụ)$/.test(toks[cs]!.lower) && /^(này|ấy)$/.test(toks[e - 1]!.lower) && !toks[cs + 1]!.cap) return { text: null, pronoun: true, described: true };
  // ("Bản thân ông cũng được tặng …": the pronoun after "bản thân".)
  const p = self > and ? self : cs;
  if (cs >= e || (PRONOUNS.has(toks[p]!.lower) && !inClause && !(p === cs ? shortName : p + 1 < e && toks[p + 1]!.cap))) return { text: null, pronoun: true };
  // "Thầy Thắng có hơn 35 năm …, từng hai lần đạt Y": a clause opening on "từng"/"đã" has the sentence's subject.
  if (cs > 0 && cs < e && FILLERS.has(toks[cs]!.lower) && toks[cs]!.lower !== 'và' && !toks.slice(cs, e).some((t) => t.cap)) {
    const first = named[0] ? slice(s.u.source, toks, named[0].from, named[0].to) : np(s, 0, clauseStart(s, cs - 1) < cs - 1 ? cs - 1 : e);
    if (first) return { text: first, pronoun: false };
  }
  const chain = namesChainBefore(s, e);
  const product = chain.length ? null : (productIn(toks, s.u.source, cs, e) ?? foundedBody(s, cs, e));
  if (chain.length || product) return { text: chain[0] ?? product, pronoun: false, more: chain.length ? chain : undefined };
  // "Lễ đón nhận", "danh sách 91 DN được trao", "126 tác giả, đồng tác giả được tặng": a ceremony or a counted group.
  const listedGroup = toks[cs - 1]?.text === ',' && !toks[cs]!.cap && counted(toks, clauseStart(s, cs - 1), cs - 1);
  const member = memberOf(s, cs, e, named);
  if (member) return member;
  const inGroup = counted(toks, cs, e) ? countedNames(s, cs, e) : null;
  if (inGroup) return inGroup;
  if (toks[cs]!.lower === 'lễ' || counted(toks, cs, e) || listedGroup) return { text: null, pronoun: false };
  // "…, Tổng giám đốc Công ty CP Lữ hành Đá Xanh, đơn vị năm ngoái giành …": the body just named.
  const bodyWord = !inClause && toks[cs - 1]?.text === ',' && !toks[cs]!.cap ? BODY_WORDS.match(toks, cs) : null;
  if (bodyWord) {
    const pcs = clauseStart(s, cs - 1);
    const k = toks.findLastIndex((t, n) => n >= pcs && n < cs - 1 && t.cap && !!BODY_WORDS.match(toks, n));
    const named = k >= 0 ? np(s, k, cs - 1) : null;
    if (named) return { text: named, pronoun: false };
  }
  // "bệnh viện từng được tặng", "Trường đã 3 lần được tặng", "đơn vị đã được tặng": the body named earlier.
  const body = !inClause ? BODY_WORDS.match(toks, cs) : null;
  const bodyEnd = body ? pastCount(toks, body.end) : -1;
  if (body && bodyEnd >= e) return { text: null, pronoun: false, body: slice(s.u.source, toks, cs, body.end) };
  // "Rabindranath Tagore, nhà thơ Ấn Độ đoạt …": a calling without a name describes the one before the comma.
  const described = !inClause && toks[cs - 1]?.text === ',' && VI_HONORIFICS.match(toks, cs) ? named.findLast((n) => n.to === cs - 1) : undefined;
  if (described) return { text: slice(s.u.source, toks, described.from, described.to), pronoun: false };
  // "Khang được … trao", "Bảo cùng hai bạn giành …": a given name alone, as news writes it after the first mention.
  const lone = !inClause && toks[cs]!.cap && isVietSyllable(toks[cs]!) && !VI_PLACES.match(toks, cs) && (e - cs === 1 || /^(cùng|và)$/.test(toks[cs + 1]?.lower ?? '')) && !toks[cs + 1]?.cap;
  // ("Tươi và Sóc Ra cũng được …": two short names.)
  let other = toks[cs + 1]?.lower === 'và' ? cs + 2 : -1;
  while (other > 0 && other < e && toks[other]!.cap && other - cs < 5) other++;
  const second = other > cs + 2 && toks.slice(other, e).every((t) => FILLERS.has(t.lower) || /^(cùng|đều)$/.test(t.lower)) ? slice(s.u.source, toks, cs + 2, other) : null;
  if (lone && !BODY_WORDS.match(toks, cs)) return { text: toks[cs]!.text, pronoun: false, more: second ? [toks[cs]!.text, second] : undefined };
  const group = groupOrDescribed(s, cs, e, !!inClause);
  if (group) return group;
  const text = authorsOf(s, cs, e)[0] ?? np(s, cs, e) ?? quotedWork(toks, cs, e, s.u.source);
  const all = text ? coordinatedParts(s, cs, e) : [];
  if (all.length > 1) return { text: all[0]!, pronoun: false, more: all };
  // "Lữ đoàn Phòng không 671, Quân khu 4 tổ chức …": the clause before is the subject, this its parent body.
  // (Not after "Ở lĩnh vực X, TS A giành …": a person's clause, a phrase of place before it.)
  if (text && !inClause && toks[cs - 1]?.text === ',' && !TIME_OPENER.test(toks[clauseStart(s, cs - 1)]?.lower ?? '')) {
    const pcs = clauseStart(s, cs - 1);
    const whole = pcs < cs - 1 ? np(s, pcs, cs - 1) : null;
    if (whole && whole === slice(s.u.source, toks, pcs, cs - 1)) return { text: whole, pronoun: false };
  }
  // "… "Biển gọi" của nhà văn A đoạt …": the clause after a quoted title names its author.
  if (!text && inClause && toks[inClause.from - 1]?.lower !== 'cho') return { text: slice(s.u.source, toks, inClause.from, inClause.to), pronoun: false };
  if (text || inClause || toks[cs]!.cap || e - cs > 6) return { text, pronoun: false };
  // "cụ Thị Lem, người được Nhà nước phong tặng …": "người" stands for the one named before the comma.
  if (toks[cs]!.lower === 'người' && toks[cs - 1]?.text === ',') {
    const pcs = clauseStart(s, cs - 1);
    const hon = [...Array(cs - 1 - pcs).keys()].map((d) => pcs + d).findLast((k) => VI_HONORIFICS.match(toks, k) || s.starts.has(k));
    const who = hon !== undefined ? np(s, hon, cs - 1) : null;
    if (who) return { text: who, pronoun: false };
  }
  // "Thiếu tá X, sĩ quan Việt Nam được … trao": a described apposition stands for the name before it.
  const before = named.findLast((n) => n.to === cs - 1);
  if (before && toks[cs - 1]!.text === ',') return { text: slice(s.u.source, toks, before.from, before.to), pronoun: false };
  // "Riêng xoài sấy dẻo Hương Sen, sản phẩm vừa được … trao": a product described after its name.
  if (toks[cs - 1]?.text === ',' && /^(sản|mặt|thương|dòng|công|dự|tác)$/.test(toks[cs]!.lower)) {
    const pcs = clauseStart(s, cs - 1);
    const at = /^(riêng|còn|với|đặc|ngoài)$/.test(toks[pcs]?.lower ?? '') ? pcs + 1 : pcs;
    const whole = at < cs - 1 ? slice(s.u.source, toks, at, cs - 1) : null;
    if (whole && toks.slice(at, cs - 1).some((t) => t.cap)) return { text: whole, pronoun: false };
  }
  // "chân sút từng đoạt", "nữ nghệ sĩ được phong": a person described, named before.
  return { text: null, pronoun: true, described: true };
}

/**
 * Subjects of a Vietnamese award clause that name their holder indirectly: one of a group ("Lan là
 * một trong mười nhà khoa học trẻ nhận …", "là người nhận …"), a group named by its body ("đội tuyển
 * bơi Việt Nam", "nhóm nghiên cứu của Viện Địa chất") and a sentence opening on a described person
 * ("Nam diễn viên 58 tuổi từng …"), and the rest of a list the clause start cut at its first comma.
 */
import { PhraseTrie, slice } from '../../words';
import { BODY_WORDS, FILLERS, PRONOUNS, REPORTED, type Sent, type Subject, TIME_OPENER } from './award-clauses';
import { VI_HEADS } from './titles';
import { isVietSyllable } from './names';
import { coordinatedParts, loneName, np } from './award-phrases';
import { KIN } from './award-roles';

// Nouns for a group of people, named by the body it belongs to.
const GROUP = new PhraseTrie<true>();
for (const w of ['đội tuyển', 'đội', 'nhóm', 'nhóm nghiên cứu', 'tập thể', 'ê-kíp', 'êkíp', 'kíp', 'ban', 'lực lượng', 'tổ', 'câu lạc bộ']) GROUP.add(w, true);

/** "… là một trong …", "… là người nhận …": the member named, a pronoun, or null when neither. */
export function memberOf(s: Sent, cs: number, e: number, named: readonly { from: number; to: number }[]): Subject | null {
  const { toks } = s.u;
  // "Nhà thơ A, …, cũng là một trong những tác giả được tặng Y", "… là một trong 10 cá nhân được tặng": A.
  // (… or "A, 41 tuổi, là người duy nhất của công ty được công nhận X": the only one, the first.)
  const oneOf = toks.findIndex((t, k) => k < e && toks[k - 1]?.lower === 'là' && ((t.lower === 'một' && toks[k + 1]?.lower === 'trong') || (t.lower === 'người' && /^(duy|đầu|trẻ|lớn|cao)$/.test(toks[k + 1]?.lower ?? ''))));
  // "Người hướng dẫn của Lan, PGS.TS Đỗ Minh Đức, Viện trưởng …, là người nhận X": the name in apposition, not the one after "của".
  if (toks[e - 1]?.lower === 'người' && toks[e - 2]?.lower === 'là') {
    const who = named.find((n) => n.from < e - 2 && toks[n.from - 1]?.lower !== 'của' && !toks.slice(n.from, e - 2).some((t) => t.lower === 'là'));
    if (who) return { text: slice(s.u.source, toks, who.from, who.to), pronoun: false };
  }
  if (oneOf > 0 && named[0] && named[0].from < oneOf) return { text: slice(s.u.source, toks, named[0].from, named[0].to), pronoun: false };
  if (oneOf > 0 && oneOf - cs <= 2 && PRONOUNS.has(toks[cs]!.lower)) return { text: null, pronoun: true }; // "Cô là một trong 3 nhà khoa học …"
  // "Lan là một trong mười nhà khoa học trẻ nhận X": a given name alone (the full name was written before).
  if (oneOf > 0 && oneOf - cs === 2 && toks[cs]!.cap && isVietSyllable(toks[cs]!) && !BODY_WORDS.match(toks, cs)) return { text: toks[cs]!.text, pronoun: false };
  // "anh là một trong 50 công nhân, lao động được … trao X": the pronoun before "là một trong", past a comma in the group.
  // "Khoa Nhi, một trong hai tập thể nhận Bằng khen, …": the body the apposition describes.
  if (toks[cs]?.lower === 'một' && toks[cs + 1]?.lower === 'trong' && toks[cs - 1]?.text === ',' && cs > 1 && toks[0]!.cap && (BODY_WORDS.match(toks, 0) || (toks[0]!.lower === 'khoa' && toks[1]!.cap))) {
    return { text: slice(s.u.source, toks, 0, cs - 1), pronoun: false };
  }
  const oneBefore = toks.findLastIndex((t, k) => k < cs && k >= 2 && t.lower === 'một' && toks[k + 1]?.lower === 'trong' && toks[k - 1]?.lower === 'là' && PRONOUNS.has(toks[k - 2]!.lower));
  if (oneBefore > 0 && cs - oneBefore <= 8 && !toks.slice(oneBefore, cs).some((t) => /^[;.]$/.test(t.text))) return { text: null, pronoun: true };
  return null;
}

/** A group named by its body, or a sentence opening on someone described; null when neither. */
export function groupOrDescribed(s: Sent, cs: number, e: number, inClause: boolean): Subject | null {
  const { toks } = s.u;
  // "đội tuyển bơi Việt Nam đã được nhận …", "nhóm nghiên cứu của Viện Địa chất được nhận …": a group named by its body.
  const group = GROUP.match(toks, cs);
  let end = e;
  while (group && end > group.end && FILLERS.has(toks[end - 1]!.lower)) end--;
  if (group && toks.slice(group.end, e).some((t) => t.cap)) return { text: slice(s.u.source, toks, cs, end), pronoun: false };
  // "Tập thể đoàn khai quật cũng được nhận …": the team as the story writes it, after "tập thể".
  const team = group && toks[cs]!.lower === 'tập' && end - group.end >= 2 && end - group.end <= 6 && toks.slice(group.end, end).every((t) => t.word);
  if (team) return { text: slice(s.u.source, toks, group.end, end), pronoun: false };
  // ("Anh Hào, 34 tuổi, vào nghề … và là người từng được công nhận X": the person the sentence opens on.)
  if (!inClause && toks[e - 1]?.lower === 'người' && toks[e - 2]?.lower === 'là' && toks[cs - 1]?.text === ',' && /^(anh|chị|ông|bà|cô|thầy|em)$/i.test(toks[0]?.text ?? '') && toks[1]?.cap) {
    let k = 2;
    while (k < 4 && toks[k]?.cap && toks[k]!.word) k++;
    return { text: slice(s.u.source, toks, 1, k), pronoun: false };
  }
  // ("Mô hình của tổ từng được tặng X": what a body made or runs stands for the body, by its short form.)
  const of = !inClause ? toks.findIndex((t, k) => k > cs && k < cs + 4 && t.lower === 'của') : -1;
  const owner = of > 0 && toks.slice(cs, of).every((t, k) => t.word && (!t.cap || cs + k === 0) && t.lower !== 'khác') ? (BODY_WORDS.match(toks, of + 1)?.end ?? (toks[of + 1]?.lower === 'tổ' ? of + 2 : -1)) : -1;
  if (owner === e) return { text: null, pronoun: false, body: slice(s.u.source, toks, of + 1, owner) };
  // "Nam diễn viên 58 tuổi từng hai lần giành …": a sentence opening on a described person, no name in it.
  // (Not a count: "Ba lần nhận Bằng khen" in a subhead names nobody.)
  const count = /^(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+|các|những|nhiều)$/.test(toks[0]?.lower ?? '');
  if (cs === 0 && e >= 2 && !inClause && !count && toks.slice(1, e).every((t) => !t.cap) && !BODY_WORDS.match(toks, 0) && !GROUP.match(toks, 0)) {
    return { text: null, pronoun: true, described: true };
  }
  return null;
}

// "ba giảng viên PGS.TS A, TS B và ThS C được trao …": a list the clause start cut after its first
// comma goes on leftwards, name by name (past a degree or rank before each).
export function listedBefore(s: Sent, head: Subject): Subject {
  const { toks, source } = s.u;
  const spans = [...s.starts.values()];
  let first = spans.find((n) => slice(source, toks, n.from, n.to) === head.more![0]);
  const more = [...head.more!];
  while (first) {
    let k = first.from;
    while (k > 0 && first.from - k < 4 && (toks[k - 1]!.text === '.' || /^(anh|chị|ông|bà|cô|thầy|em|cụ)$/.test(toks[k - 1]!.text) || (toks[k - 1]!.cap && !s.starts.has(k - 1) && !spans.some((n) => n.to === k)))) k--;
    const prev = toks[k - 1]?.text === ',' ? spans.find((n) => n.to === k - 1) : undefined;
    if (!prev) break;
    more.unshift(slice(source, toks, prev.from, prev.to));
    first = prev;
  }
  return more.length > head.more!.length ? { ...head, text: more[0]!, more } : head;
}

/**
 * "bà A, Phó Giám đốc Nhà hát …, người được phong tặng X", "nhạc sĩ B, tác giả ca khúc "Y", tác phẩm từng
 * đoạt X": a clause at cs opening on "người" or "tác phẩm" after a comma is the one named before, past
 * one apposition; else null.
 */
export function apposedBefore(s: Sent, cs: number): Subject | null {
  const { toks } = s.u;
  // ("Tổ A và Tổ B, hai tập thể hoàn thành …, cùng nhận X": the parts a counted apposition sums up.)
  const c = /^(cùng|đều)$/.test(toks[cs]?.lower ?? '') && toks[cs - 1]?.text === ',' ? toks.findLastIndex((t, k) => k < cs - 1 && t.text === ',') + 1 : -1;
  if (c > 1 && /^(hai|ba|bốn|năm)$/.test(toks[c]!.lower) && /^(tập|đơn|cá|người|đội|tổ)$/.test(toks[c + 1]?.lower ?? '')) {
    const from = toks.findLastIndex((t, k) => k < c - 1 && /^[,;:.]$/.test(t.text)) + 1;
    const va = toks.findIndex((t, k) => k > from && k < c - 1 && t.lower === 'và');
    // (… or two units by their kind, in lower case after it: "Đội đáp ứng nhanh và Khoa Xét nghiệm".)
    const unit = (k: number): boolean => toks[k]!.cap && /^(tổ|đội|khoa|phòng|ban|trạm|nhóm)$/.test(toks[k]!.lower);
    const parts = coordinatedParts(s, from, c - 1);
    const two = parts.length > 1 ? parts : va > 0 && unit(from) && unit(va + 1) ? [slice(s.u.source, toks, from, va), slice(s.u.source, toks, va + 1, c - 1)] : [];
    if (two.length > 1) return { text: two[0]!, pronoun: false, more: two };
  }
  // ("Tây Đô Xanh là doanh nghiệp …, từng được tặng X": an empty clause after a sentence that opens on a name and "là".)
  const la = toks.findIndex((t, k) => k > 0 && k < 6 && t.lower === 'là');
  if (toks[cs - 1]?.text === ',' && /^(từng|đã|được|cũng|vừa)$/.test(toks[cs]?.lower ?? '')) {
    const opener = la > 0 && toks[0]!.cap && toks.slice(0, la).every((t) => t.cap && t.word) && !toks.slice(la, cs - 1).some((t) => t.text === ',') ? np(s, 0, la) : null;
    if (opener) return { text: opener, pronoun: false };
  }
  // ("Trạm Y tế xã A, nơi chị Xuân công tác, được nhận X": the body the "nơi" clause describes.)
  const noi = toks[cs - 1]?.text === ',' ? toks.findLastIndex((t, k) => k < cs - 1 && t.lower === 'nơi' && toks[k - 1]?.text === ',') : -1;
  if (noi > 0 && !toks.slice(noi, cs - 1).some((t) => t.text === ',')) {
    const body = np(s, toks.findLastIndex((t, k) => k < noi - 1 && /^[,;:.]$/.test(t.text)) + 1, noi - 1);
    if (body) return { text: body, pronoun: false };
  }
  // ("A và B, giáo viên …, là hai trong số 27 nhà giáo được phong tặng X": the people the sentence opens on.)
  if (toks[cs]?.lower === 'là' && /^(hai|ba|bốn)$/.test(toks[cs + 1]?.lower ?? '') && toks[cs + 2]?.lower === 'trong' && toks[cs + 3]?.lower === 'số' && toks[cs - 1]?.text === ',') {
    const first = toks.findIndex((t) => t.text === ',');
    const people = first > 0 ? coordinatedParts(s, 0, first) : [];
    if (people.length > 1) return { text: people[0]!, pronoun: false, more: people };
  }
  // ("Vườn quốc gia Côn Đảo, đơn vị từng đoạt X": the body the clause before the comma names.)
  if (toks[cs]?.lower === 'đơn' && toks[cs + 1]?.lower === 'vị' && toks[cs - 1]?.text === ',') {
    let b = cs - 1;
    while (b > 0 && !/^[,;:.]$/.test(toks[b - 1]!.text)) b--;
    // (Not "Năm 2020, đơn vị từng được …", where "đơn vị" is the subject; nor a person's title before it.)
    const body = s.starts.has(b) || !toks[b]!.cap || TIME_OPENER.test(toks[b]!.lower) || VI_HEADS.match(toks, b) ? null : np(s, b, cs - 1);
    return body && body === slice(s.u.source, toks, b, cs - 1) ? { text: body, pronoun: false } : null;
  }
  // ("Ông, người từng được tặng X": a pronoun in apposition, the person of the sentence before.)
  if (toks[cs]?.lower === 'người' && cs === 2 && PRONOUNS.has(toks[0]!.lower) && toks[1]?.text === ',') return { text: null, pronoun: true };
  if (!(toks[cs]?.lower === 'người' || (toks[cs]?.lower === 'tác' && toks[cs + 1]?.lower === 'phẩm')) || toks[cs - 1]?.text !== ',') return null;
  const prior = [...s.starts.values()].filter((n) => n.to <= cs - 1).sort((a, b) => b.from - a.from)[0];
  const apposed = prior && (prior.to === cs - 1 || (toks[prior.to]?.text === ',' && !toks.slice(prior.to + 1, cs - 1).some((t) => /^[,;.]$/.test(t.text))));
  if (prior && apposed) return { text: slice(s.u.source, toks, prior.from, prior.to), pronoun: false };
  // ("Thượng tá Triều, người từng được tặng X": a short name after its rank, which the caller resolves.)
  let r = cs - 1;
  while (r > 0 && toks[r - 1]!.cap && toks[r - 1]!.word && cs - 1 - r < 2) r--;
  return !prior && r < cs - 1 && r > 1 && !toks[r - 1]!.cap && toks[r - 2]?.cap ? { text: slice(s.u.source, toks, r, cs - 1), pronoun: false } : null;
}

/** "Hai kiến trúc sư A và B giành X": the people a counted group [cs, e) names, when more than one; else null. */
export function countedNames(s: Sent, cs: number, e: number): Subject | null {
  const named = [...s.starts.values()].filter((n) => n.from > cs && n.to <= e).sort((a, b) => a.from - b.from).map((n) => slice(s.u.source, s.u.toks, n.from, n.to));
  return named.length > 1 ? { text: named[0]!, pronoun: false, more: named } : null;
}

/**
 * "Đại úy A, 36 tuổi, vào ngành năm 2015 và đã hai lần đạt X": a clause [cs, e) that is a verb phrase
 * without a subject, then "và", shares the name opening the sentence (`first`); else null.
 */
export function sharedOpener(s: Sent, cs: number, e: number, first: { from: number; to: number } | undefined): Subject | null {
  const { toks } = s.u;
  const va = toks.findLastIndex((t, k) => k >= cs && k < e && t.lower === 'và');
  const adverbs = va > cs && toks.slice(va + 1, e).every((t) => /^(đã|từng|hai|ba|bốn|nhiều|lần|cũng|được|\d+)$/.test(t.lower));
  const shared = adverbs && toks[cs - 1]?.text === ',' && !toks[cs]?.cap && !PRONOUNS.has(toks[cs]?.lower ?? '') && !KIN.match(toks, cs);
  return shared && first && !toks.slice(0, first.from).some((t) => /^[,;:]$/.test(t.text)) ? { text: slice(s.u.source, toks, first.from, first.to), pronoun: false } : null;
}

/** "X tổ chức lễ kỷ niệm 80 năm Ngày thành lập Hội Y và đón nhận Z": where the ceremony's verb is (its subject received Z), else -1. */
export function ceremonyHost(s: Sent, e: number): number {
  const { toks } = s.u;
  const host = toks[e - 1]?.lower === 'và' ? toks.findIndex((t, k) => k < e - 2 && t.lower === 'tổ' && toks[k + 1]?.lower === 'chức' && toks[k + 2]?.lower === 'lễ') : -1;
  // (Not "… kỷ niệm 25 năm Ngày thành lập Hải đội 302": the anniversary of a unit of its own is that unit's.)
  const founded = toks.findIndex((t, k) => k > host && k < e && t.lower === 'lập' && toks[k - 1]?.lower === 'thành');
  const stop = founded > 0 ? toks.findIndex((t, k) => k > founded && (k >= e - 1 || /^[(,;]$/.test(t.text) || t.lower === 'và')) : -1;
  const national = stop > founded + 1 && /Việt Nam$/.test(slice(s.u.source, toks, founded + 1, stop));
  return host > 0 && (national || founded < 0 || !toks[founded + 1]?.cap) ? host : -1;
}

/**
 * "Bộ Tư lệnh Vùng 3 tổ chức lễ kỷ niệm 25 năm Ngày thành lập Hải đội 302 (…) và đón nhận X": the body
 * whose founding is celebrated receives the award, not the host of the ceremony.
 */
export function foundedBody(s: Sent, cs: number, e: number): string | null {
  const { toks } = s.u;
  const k = toks.findIndex((t, n) => n >= cs && n < e && t.lower === 'thành' && toks[n + 1]?.lower === 'lập' && !!toks[n + 2]?.cap);
  if (k < 0 || !toks.slice(cs, k).some((t, n) => t.lower === 'kỷ' && toks[cs + n + 1]?.lower === 'niệm')) return null;
  const stop = toks.findIndex((t, n) => n > k + 2 && (/^[(,;]$/.test(t.text) || t.lower === 'và'));
  return np(s, k + 2, stop > 0 && stop <= e ? stop : e);
}

/** "HĐXX ghi nhận Tiến từng tham gia quân đội và được tặng X": the person reported on, not the court. */
export function reportedOn(s: Sent, e: number): Subject | null {
  const { toks } = s.u;
  const rep = toks.findIndex((_, k) => k < e && !!REPORTED.match(toks, k));
  const on = rep >= 0 ? REPORTED.match(toks, rep)!.end : -1;
  const text = on > 0 && toks[on]?.cap ? (loneName(s, on) ?? np(s, on, e)) : null;
  // ("A, Tổng Giám đốc công ty, cho biết đơn vị đã thi công … và từng được tặng X": a body by its short form.)
  const short = on > 0 && !text ? BODY_WORDS.match(toks, on) : null;
  return text ? { text, pronoun: false } : short ? { text: null, pronoun: false, body: slice(s.u.source, toks, on, short.end) } : null;
}

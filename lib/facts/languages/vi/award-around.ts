/**
 * The recipient and giver of one Vietnamese award, read from the words around it: "trao X cho Y",
 * "Y (được Z) trao tặng X", "X thuộc về Y", "Y đón nhận X", lists after "gồm:" and "trong đó có".
 */
import { slice } from '../../words';
import type { AwardSpan } from './award-find';
import { BODY_WORDS, HONORIFIC_PRONOUN, type Sent } from './award-clauses';
import { givenAt, VI_AWARD_HEADS, VI_GIVE, VI_RECEIVE } from './award-lexicon';
import { giverAt } from './award-givers';
import { amongThem, type Around, hamletAt, heldBy, nameBeforeTitle, NOBODY, subject } from './award-held';
import { authorOf, coordinatedParts, loneName, np, team } from './award-phrases';
import { colonItems, countedColon, countedMembers, countedSubject, firstOfEach } from './award-colon';
import { pastTail } from './award-tiers';
import { listedNames, namesAfter } from './award-lists';
import { VI_HEADS, VI_HONORIFICS } from './titles';

export function aroundOnly(s: Sent, a: AwardSpan): Around {
  const { toks } = s.u;
  const out: Around = { ...NOBODY, more: [] };
  // (Not "Trao X cho công ty là ông A": who gave it.)
  const gaveIt = VI_GIVE.match(toks, 0)?.end === a.from;
  const ownMembers = countedSubject(s, a.from); // ("Hai kiểm soát viên Duyên và Toàn nhận X", "Ba người dân … là A, B và C mỗi người nhận X")
  if (ownMembers.length) return { ...out, recipient: ownMembers[0]!, recipientScore: 2, more: ownMembers };
  // ("danh hiệu của bà Lan Chi": a title's holder, not its giver.)
  const held = a.kind === 'title' && toks[a.to]?.lower === 'của' && VI_HONORIFICS.match(toks, a.to + 1) ? np(s, a.to + 1, toks.length) : null;
  if (held) return { ...out, recipient: held, recipientScore: 2 };
  // ("bộ phim mang về cho Hồ Thanh Vy giải Nữ diễn viên chính xuất sắc": whom it was brought to, right before it.)
  // (… or a body: "còn mang về cho Nhà hát Cải lương Trần Hữu Trang giải X".)
  const cho = toks.findLastIndex((t, k) => k < a.from && a.from - k <= 10 && t.lower === 'cho' && toks[k - 1]?.lower === 'về' && toks[k - 2]?.lower === 'mang');
  const brought = cho > 0 ? ([...s.starts.values()].find((n) => n.to === a.from && n.from === cho + 1) ?? (toks[cho + 1]?.cap && BODY_WORDS.match(toks, cho + 1) && toks.slice(cho + 1, a.from).every((t) => t.word) ? { from: cho + 1, to: a.from } : undefined)) : undefined;
  if (brought) return { ...out, recipient: slice(s.u.source, toks, brought.from, brought.to), recipientScore: 3 };
  const titled = nameBeforeTitle(s, a);
  if (titled) return { ...out, recipient: titled, recipientScore: 2 };
  // "Chủ nhân Quả bóng vàng Việt Nam 2025 Lê Minh Tú đi bóng …": the holder named right after the award.
  const holder = toks[a.from - 2]?.lower === 'chủ' && toks[a.from - 1]?.lower === 'nhân' ? s.starts.get(pastTail(toks, a.to)) : undefined;
  if (holder) return { ...out, recipient: slice(s.u.source, toks, holder.from, holder.to), recipientScore: 3 };
  let j = a.to;
  if (toks[j]?.lower === 'của' && a.kind !== 'cert') {
    const g = giverAt(s.u, j + 1);
    if (g) [out.giver, j] = [g.text, g.end];
  }
  let t = pastTail(toks, j);
  // "Giải ở thể loại lý luận phê bình được trao cho …", "Giải văn học dịch thuộc về …": past the category.
  // ("Giải khuyến khích báo in đáng chú ý được trao cho …": past a few words on the award, to its verb.)
  const bare = VI_AWARD_HEADS.match(toks, a.from)?.end === a.to;
  if (!toks[t]?.cap && toks[t]?.lower !== 'được') {
    const verb = toks.findIndex((_, k) => k >= t && k - t < (bare ? 8 : 4) && givenAt(toks, k));
    if (verb > 0 && toks.slice(t, verb).every((x) => x.word && !x.cap)) t = verb;
  }
  // "Huân chương … (đã) được trao cho Y": the award is the subject of a passive.
  const pre = /^(cũng|đã|vừa)$/.test(toks[t]?.lower ?? '') ? 1 : 0; // "Danh hiệu cũng được trao cho …"
  const passive = toks[t + pre]?.lower === 'được' ? t + pre + 1 : toks[t + pre]?.lower === 'đã' && toks[t + pre + 1]?.lower === 'được' ? t + pre + 2 : -1;
  if (passive > 0 && VI_GIVE.match(toks, passive)) {
    const v = VI_GIVE.match(toks, passive)!.end;
    if (toks[v]?.lower === 'cho') t = v;
    // "danh hiệu được truy tặng anh Danh Hoàng Khải": the person right after the verb.
    else if (VI_HONORIFICS.match(toks, v) || s.starts.has(v)) {
      const who = np(s, v, toks.length);
      if (who) return { ...out, recipient: who, recipientScore: 3 };
    }
  }
  // ("Bằng khen … được ông Lương Minh Quý trao cho A, B và C": the one who handed it over, then to whom.)
  const by = passive > 0 && !VI_GIVE.match(toks, passive) ? toks.findIndex((_, k) => k > passive && k - passive <= 10 && toks[VI_GIVE.match(toks, k)?.end ?? -1]?.lower === 'cho') : -1;
  if (by > 0 && toks.slice(passive, by).every((x) => x.word)) t = VI_GIVE.match(toks, by)!.end;
  if (t > j && (toks[t]?.lower === 'cho' || VI_GIVE.match(toks, t))) j = t;
  // "Trong số 100 người nhận danh hiệu X, câu chuyện của ông A …": A is one of them.
  const among = toks.slice(Math.max(0, a.from - 8), a.from).some((x, k, all) => x.lower === 'trong' && all[k + 1]?.lower === 'số');
  // ("Trong số 20 cán bộ được trao X có ông A": the one named after "có".)
  const co = among && toks[t]?.lower === 'có' ? listedNames(s, t + 1, toks.length) : [];
  if (co.length) return { ...out, recipient: co[0]!, recipientScore: 2, more: co.length > 1 ? co : [] };
  if (among && toks[t]?.text === ',') {
    const n = [...s.starts.values()].filter((x) => x.from > t).sort((x, y) => x.from - y.from)[0];
    if (n && n.from - t < 10) return { ...out, recipient: slice(s.u.source, toks, n.from, n.to), recipientScore: 2 };
  }
  // "Ở Giải thưởng Nhà nước, đạo diễn A được vinh danh …": the award as the topic, A in the clause after it.
  if (/^(ở|với|tại)$/.test(toks[a.from - 1]?.lower ?? '') && toks[a.to]?.text === ',') {
    const n = [...s.starts.values()].find((x) => x.from > a.to && x.from - a.to < 6);
    const v = n ? toks.findIndex((x, k) => k >= n.to && k - n.to < 4 && (x.lower === 'được' || VI_RECEIVE.match(toks, k))) : -1;
    if (n && v >= 0) return { ...out, recipient: slice(s.u.source, toks, n.from, n.to), recipientScore: 2 };
  }
  // "Chủ công xuất sắc nhất - A (CLB)", "Libero xuất sắc nhất: B", "Hoa khôi của giải là C".
  const ofCup = toks[a.to]?.lower === 'của' && toks[a.to + 1]?.lower === 'giải' ? a.to + 2 : a.to;
  // (… and a prize's tier with its field: "Giải Nhì thể loại thơ: bà A, Phó Hiệu trưởng …".)
  if ((a.kind === 'title' || (a.kind === 'giai' && toks[ofCup]?.text === ':')) && /^[-–:]$/.test(toks[ofCup]?.text ?? '')) {
    const many = listedNames(s, ofCup + 1, toks.length); // ("… danh hiệu Nghệ sĩ Ưu tú: quay phim A, dựng phim B và nhạc sĩ C")
    if (many.length > 1) return { ...out, recipient: many[0]!, recipientScore: 3, more: many };
    const who = np(s, ofCup + 1, toks.length);
    if (who) return { ...out, recipient: who, recipientScore: 3 };
  }
  if (ofCup > t && toks[ofCup]?.lower === 'là') t = ofCup;
  // "Giải X gọi tên A", "Giải X xướng tên A": the name called.
  if (/^(gọi|xướng)$/.test(toks[t]?.lower ?? '') && toks[t + 1]?.lower === 'tên') {
    const who = np(s, t + 2, toks.length);
    if (who) return { ...out, recipient: who, recipientScore: 3 };
  }
  // "giải Hoa khôi do khán giả bình chọn thuộc về A": past who chose it.
  const chosen = toks[t]?.lower === 'do' ? toks.findIndex((x, n) => n > t && n - t < 9 && x.lower === 'thuộc' && toks[n + 1]?.lower === 'về') : -1;
  if (chosen > 0) t = chosen;
  // "Giải Nhất thuộc về loạt bài X của nhóm tác giả A, B (…); Y của C": every author named after it.
  if (toks[t]?.lower === 'thuộc' && toks[t + 1]?.lower === 'về') {
    const work = /^["“]$/.test(toks[t + 2]?.text ?? '') ? authorOf(s, t + 2, toks.length) : null; // ('thuộc về "X" của ban nhạc A')
    const authors = work ? [work] : namesAfter(s, t + 2);
    if (authors.length) return { ...out, recipient: authors[0]!, recipientScore: 2, more: authors };
    // "… thuộc về CLB Huế và CLB Bắc Ninh, hai đội …": bodies, each its own recipient.
    const stop = toks.findIndex((x, k) => k > t + 2 && /^[.;:(,]$/.test(x.text));
    const bodies = coordinatedParts(s, t + 2, stop > 0 ? stop : toks.length);
    const one = bodies.length ? null : (np(s, t + 2, stop > 0 ? stop : toks.length) ?? team(s, t + 2)); // (… "thuộc về nhóm học sinh lớp 8A Trường X")
    if (bodies.length || one) return { ...out, recipient: bodies[0] ?? one, recipientScore: 2, more: bodies.length > 1 ? bodies : [] };
  }
  // "Trong số 11 Nhà giáo Ưu tú có cô A và thầy B", "Nhà giáo Nhân dân năm nay là thầy C", "… được phong
  // Nghệ nhân Ưu tú cùng đợt với bà là bà A và ông B" (a few plain words on): the honourees.
  const la = /^(có|là|gồm)$/.test(toks[t]?.lower ?? '') ? t : toks.findIndex((x, k) => k > t && k - t <= 6 && x.lower === 'là' && toks.slice(t, k).every((w) => w.word && !w.cap) && !(gaveIt && toks[t]!.lower === 'cho'));
  const named = la >= 0 ? listedNames(s, la + 1, toks.length) : [];
  if (named.length) return { ...out, recipient: named[0]!, recipientScore: 2, more: named };
  // ("… hai đơn vị nhận X là Công ty A và Hợp tác xã B": bodies.)
  const stop = la >= 0 ? toks.findIndex((x, k) => k > la && /^[.;:(]$/.test(x.text)) : -1;
  const bodies = la >= 0 ? coordinatedParts(s, la + 1, stop > 0 ? stop : toks.length) : [];
  if (bodies.length > 1) return { ...out, recipient: bodies[0]!, recipientScore: 2, more: bodies };
  // "Kỷ niệm chương X năm nay dành cho ông": given to whoever follows.
  const setAside = toks.findIndex((x, k) => k >= t && k - t <= 3 && x.lower === 'dành' && toks[k + 1]?.lower === 'cho' && toks.slice(t, k).every((w) => /^(năm|nay|này|đó)$/.test(w.lower)));
  if (setAside >= 0) j = setAside + 1;
  const verb = VI_GIVE.match(toks, j)?.end; // ("nhận X trao cho Y": collected for Y, past "cho")
  const give = toks[j]?.lower === 'cho' ? j + 1 : verb && toks[verb]?.lower === 'cho' ? verb + 1 : verb;
  // ("cho hai đội viên Quyết và Đức": a counted group, then its members by their short names.)
  const members = give ? countedMembers(s, give) : [];
  if (members.length > 1) return { ...out, recipient: members[0]!, recipientScore: 2, more: members };
  // "… cho ông.", "… được trao cho chị": a pronoun, the person named before ("… cho chị nhờ hệ thống …": what it was for follows).
  if (give && HONORIFIC_PRONOUN.test(toks[give]?.lower ?? '') && !toks[give + 1]?.cap && (!toks[give + 1]?.word || /^(nhờ|vì|với|do|sau|tại|ở|trong|khi|năm|vào)$/.test(toks[give + 1]!.lower))) return { ...out, pronoun: true, recipientScore: 2 };
  // ("truy tặng X cho cố nghệ sĩ": the late person named before.)
  const late = give && toks[give]?.lower === 'cố' ? toks.findIndex((t, k) => k > give && (!t.word || k === toks.length - 1)) : -1;
  if (late > give! + 1 && late - give! <= 4 && /^[.;!?]$/.test(toks[late]!.text) && toks.slice(give! + 1, late).every((t) => !t.cap)) return { ...out, pronoun: true, described: true, recipientScore: 1 };
  // ("… cho toàn đội", "cho cả đơn vị", "cho công ty, đơn vị dẫn đầu …": the body named before.)
  const lead = give && /^(toàn|cả)$/.test(toks[give]?.lower ?? '') ? give + 1 : (give ?? 0);
  const whole = give && !toks[lead]?.cap ? BODY_WORDS.match(toks, lead) : null;
  if (give && whole && !toks[whole.end]?.word) return { ...out, body: slice(s.u.source, toks, lead, whole.end), recipientScore: 2, lede: lead === give };
  const hamlet = give ? hamletAt(toks, give) : 0;
  if (give && hamlet && !toks[hamlet]?.word) return { ...out, recipient: slice(s.u.source, toks, give, hamlet), recipientScore: 3 };
  const items = give ? colonItems(s, give) : countedColon(s, a.to);
  if (items.length) return { ...out, recipient: items[0]!, recipientScore: 3, more: items };
  if (give) {
    const next = s.awards.find((x) => x.from > give)?.from ?? toks.length; // (not the people of the next award)
    out.more = listedNames(s, give, next);
    // ("cho ê-kíp ghép thận, …": a team described in lower case comes before any name later in the sentence.)
    const described = toks[give]?.cap ? null : team(s, give);
    out.recipient = loneName(s, give) ?? (described === described?.toLowerCase() ? described : null) ?? np(s, give, toks.length) ?? out.more[0] ?? authorOf(s, give, toks.length) ?? team(s, give);
    // ("cho tập thể đội bóng và HLV trưởng A": the team, then the people after "và".)
    const teamAnd = described && out.recipient === described ? toks.findIndex((x, k) => k > give && x.lower === 'và' && slice(s.u.source, toks, give, k) === described) : -1;
    const others = teamAnd > 0 ? listedNames(s, teamAnd + 1, next) : [];
    const titled = teamAnd > 0 && !others.length ? [1, 2, 3, 4].map((d) => s.starts.get(teamAnd + d)).find(Boolean) : undefined;
    if (teamAnd > 0) out.more = [described!, ...(others.length ? others : titled ? [slice(s.u.source, toks, titled.from, titled.to)] : [])];
    out.unnamedToo = !!out.recipient && toks.some((x, k) => k > give && x.lower === 'và' && toks[k + 1]?.lower === 'một' && !toks[k + 2]?.cap && !toks[k + 3]?.cap && !/^\d/.test(toks[k + 2]?.text ?? ''));
    // "cho Hiếu ở nội dung nam và cho Võ Thị Kim Tuyền ở nội dung nữ": a second "và cho".
    const again = toks.findIndex((x, k) => k > give && x.lower === 'cho' && toks[k - 1]?.lower === 'và');
    const second = again > 0 && out.recipient ? (loneName(s, again + 1) ?? np(s, again + 1, toks.length)) : null;
    if (second && second !== out.recipient) return { ...out, more: [out.recipient!, second], recipientScore: 3 };
    // "cho Ban Quản lý dự án X và UBND huyện Y": every body of a coordinated object; "cho tập thể đội Than
    // KSVN, huấn luyện viên A và đội trưởng B": a team first, then the people after it.
    if (out.recipient && out.more.length < 2) {
      // ("…, hai đơn vị dẫn đầu phong trào": an apposition counting them ends the list.)
      const counting = (k: number): boolean => toks[k]?.text === ',' && /^(hai|ba|bốn|năm|các|những|cả|\d+)$/.test(toks[k + 1]?.lower ?? '') && !toks[k + 2]?.cap;
      // (", người chỉ huy …", ", Phó Giám đốc Sở X và Y tỉnh Z, …": an apposition after the last part ends the list too.)
      const stop = toks.findIndex((x, k) => k > give && (/^[.;:]$/.test(x.text) || (x.text === '(' && !toks.slice(k, k + 10).some((y) => y.text === ')')) || /^(vì|do|nhờ|về|đã|có)$/.test(x.lower) || counting(k) || (x.text === ',' && (toks[k + 1]?.lower === 'người' || !!VI_HEADS.match(toks, k + 1)))));
      const after = toks.findIndex((x, k) => k > give && x.text === ',' && slice(s.u.source, toks, give, k) === out.recipient);
      const end = stop > 0 ? stop : toks.length;
      const rest = after > 0 ? coordinatedParts(s, after + 1, end) : [];
      const bodies = rest.length ? [out.recipient, ...rest] : coordinatedParts(s, give, end);
      if (bodies.length > 1) out.more = bodies;
    }
    // "cho ba thầy cô đã nghỉ hưu là ông A, bà B và ông C": a group, then who is in it.
    // "… của đội gồm: Thượng úy A, Trung úy B": members named after "gồm", even after a named body;
    // "cho 5 nông dân …, trong đó có anh C": one named member of a counted group.
    // "cho 2 tập thể và 1 cá nhân có thành tích xuất sắc trong …, gồm: A, B và ông C": a long description may sit between.
    // ("cho hai con trai ông Khang là anh A và anh B": a counted group names its people after "là", whoever it belongs to.)
    const group = /^(hai|ba|bốn|năm|các|những)$/.test(toks[give]?.lower ?? '');
    const is = toks.findIndex((x, k) => k > give && k < next && k - give < (out.recipient || x.lower !== 'là' ? 30 : group ? 20 : 10) && (/^(là|gồm|:)$/.test(x.lower) && !(x.lower === 'là' && (out.recipient || gaveIt) && !group)));
    const among = toks.findIndex((_, k) => k > give && amongThem(toks, k));
    const at = is > 0 ? is + 1 : among > 0 ? among + 3 : -1;
    let members = at > 0 ? listedNames(s, toks[at]?.text === ':' ? at + 1 : at, toks.length) : [];
    // "cho bốn tác phẩm: tiểu thuyết "A" của nhà văn X; tập thơ "B" của nhà thơ Y": the people of the items.
    if (!members.length && !out.recipient && toks[at - 1]?.text === ':') members = namesAfter(s, at);
    // "…, gồm: Ban Quản lý dự án X, UBND xã Y và ông Z": bodies and people, one each.
    if (!members.length && !out.recipient && at > 0) {
      const from = toks[at]?.text === ':' ? at + 1 : at;
      const stop = toks.findIndex((x, k) => k > from && /^[.;]$/.test(x.text));
      members = coordinatedParts(s, from, stop > 0 ? stop : toks.length);
      // ("cho 12 đội hình tình nguyện, trong đó có Câu lạc bộ X": one body.)
      const one = !members.length && among > 0 ? np(s, from, stop > 0 ? stop : toks.length) : null;
      if (one) members = [one];
    }
    if (members.length) {
      out.more = out.recipient && !members.includes(out.recipient) && (is > 0 || among > 0) && !(group && toks[is]?.lower === 'là') ? [out.recipient, ...members] : members;
      out.recipient = out.more[0]!;
    }
  }
  if (out.recipient) {
    // "Chủ tịch nước X trao tặng <award> cho Y": the giver is the subject of the verb before it.
    const g = [1, 2].map((n) => a.from - n).find((k) => k >= 0 && VI_GIVE.match(toks, k)?.end === a.from);
    if (g !== undefined) out.giver ??= subject(s, g).text;
    return { ...out, recipientScore: 3 };
  }
  // "5 tập thể và 12 cá nhân được nhận Bằng khen …, trong đó có Công an phường X": the one named.
  const among2 = toks.findIndex((_, k) => k >= a.to && amongThem(toks, k));
  // ("Mười nghệ nhân khác được phong tặng X, trong đó có ba gương mặt …: bà A, ông B và C": past the colon, or past "là".)
  const countedBefore = toks.slice(0, a.from).some((x, k) => /^(\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)$/i.test(x.text) && /^\p{Ll}/u.test(toks[k + 1]?.text ?? '') && !/^(năm|tháng|ngày|giờ|lần|tuổi|triệu|tỷ|nghìn)$/.test(toks[k + 1]!.lower));
  const reason = toks.slice(a.to, among2).some((x) => /^(vì|do|nhờ|với|để)$/.test(x.lower));
  if (among2 > 0 && among2 - a.to <= 10 && countedBefore && !reason) {
    const colon = toks.findIndex((x, k) => k > among2 + 3 && k - among2 <= 12 && (x.text === ':' || (x.lower === 'là' && !toks[among2 + 3]?.cap)));
    const named = [listedNames(s, colon > 0 ? colon + 1 : among2 + 3, toks.length), firstOfEach(s, colon > 0 ? colon + 1 : among2 + 3)].reduce((x, y) => (y.length > x.length ? y : x)); // (… "; B, post; và C")
    const first = named[0] ?? np(s, among2 + 3, toks.length);
    if (first) return { ...out, recipient: first, recipientScore: 2, more: named.length > 1 ? named : [] };
  }
  // Backwards to the verb: receivers are subjects; givers are subjects with the recipient after.
  let from = a.from;
  if (/^["“«]$/.test(toks[from - 1]?.text ?? '')) from--; // "được vinh danh "Công dân Thủ đô ưu tú""
  // "từng nhận chính Giải thưởng X", "được nhận thêm Bằng khen": a word stressing the object ("có thêm" is a receiving phrase itself).
  while (from > 1 && /^(chính|thêm|luôn|cả|tiếp)$/.test(toks[from - 1]!.lower) && !(toks[from - 1]!.lower === 'thêm' && toks[from - 2]!.lower === 'có')) from--;
  while (from > 0 && /^(\d+|một|hai|ba|bốn|năm)$/.test(toks[from - 1]!.lower)) from--;
  // "trao 3 sao Superior Taste Award": a grade of the award.
  if (toks[from - 1]?.lower === 'sao' && /^\d+$/.test(toks[from - 2]?.text ?? '')) from -= 2;
  for (let k = from - 1; k >= 0 && k >= from - 14 && toks[k]!.word; k--) {
    if (VI_RECEIVE.match(toks, k)?.end === from) {
      // The longest receiving phrase: "được công nhận", not its last word "nhận".
      for (let d = 3; d >= 1; d--) if (k - d >= 0 && VI_RECEIVE.match(toks, k - d)?.end === from) k -= d;
      if (toks[k - 1]?.lower === 'lễ') return out; // "Lễ đón nhận X": the ceremony, not a receiver
      // "Chủ tịch UBND tỉnh công nhận danh hiệu X cho …": to recognise is to give, unless "được công nhận".
      if (toks[k]!.lower === 'nhận' && toks[k - 1]?.lower === 'công' && toks[k - 2]?.lower !== 'được') return { ...out, giver: subject(s, k - 1).text };
      return heldBy(s, k, out);
    }
    let g = VI_GIVE.match(toks, k);
    if (!g) continue;
    while (k > 0 && (VI_GIVE.match(toks, k - 1)?.end ?? 0) >= g.end) g = VI_GIVE.match(toks, --k)!;
    let p = k - 1;
    // (Past a bracketed aside: "được Viện X (International Taste Institute, Bỉ) trao".)
    while (p >= 0 && p >= k - 16 && (toks[p]!.word || /^[,()]$/.test(toks[p]!.text)) && toks[p]!.lower !== 'được') p--;
    if (toks[p]?.lower === 'được') {
      if (p + 1 < k) out.giver = slice(s.u.source, toks, p + 1, k);
      return heldBy(s, p, out);
    }
    out.giver = subject(s, k).text;
    if (g.end < a.from && toks[a.from - 1]?.lower !== 'và') out.recipient = np(s, g.end, a.from); // (not "trao Bằng chứng nhận và X")
    // ("… tặng nhà trường Huân chương Hữu nghị": a body's short form, the body named before.)
    const short = !out.recipient && g.end < a.from ? BODY_WORDS.match(toks, g.end) : null;
    if (short?.end === a.from) return { ...out, body: slice(s.u.source, toks, g.end, a.from), recipientScore: 2 };
    // "… cũng truy tặng thầy Bằng khen": a pronoun between the verb and the award.
    if (!out.recipient && a.from - g.end === 1 && HONORIFIC_PRONOUN.test(toks[g.end]!.lower)) return { ...out, pronoun: true, recipientScore: 2 };
    return { ...out, recipientScore: out.recipient ? 3 : 0 };
  }
  return out;
}

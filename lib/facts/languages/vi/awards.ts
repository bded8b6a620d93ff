/**
 * Vietnamese awards with their recipients and givers: "trao X cho Y", "trao tặng Y X",
 * "Y (được Z) trao tặng X", "Y đón nhận X", "thừa ủy quyền của Z". Repeated mentions merge.
 */
import { type AwardMention, mergeAwards } from '../../awards-merge';
import type { FactContext } from '../../context';
import { type Person, peopleOf, personBefore, pronounReferent, resolvePerson } from '../../people';
import type { AwardFact, OfficialFact } from '../../types';
import { type Unit, unitsOf } from '../../units';
import { foldKey, slice } from '../../words';
import { awardKey, type AwardSpan, viAwardSpans } from './award-find';
import { VI_AWARD_HEADS } from './award-lexicon';
import { delegatedGiver } from './award-givers';
import type { Sent } from './award-parties';
import { bothBefore, bothParts } from './award-both';
import { earlierHolders, honoureesIn, listItems, namedBelow, tableRows, theOtherOne } from './award-lists';
import { namedLater, praisedNext } from './award-colon';
import { counted } from './award-clauses';
import { around } from './award-recipient';
import { type Around, onBehalf } from './award-held';
import { pastTail, tierSpans } from './award-tiers';
import { WORK_OPEN } from './award-phrases';
import { quotedRanges } from './award-extent';
import { coreOf, coreSpans } from './award-cores';
import { bodyBefore } from './body-before';
import { viGender } from './gender';
import { viNames } from './names';
import { findViPeople } from './officials';
import { holderOf, rankedPerson, withRole } from './award-holders';

const BODY_SHORT = /^(hội|hiệp hội|trường|viện|công ty|bệnh viện|đơn vị|tỉnh|huyện|xã|phường|bộ|sở|ban|đoàn|đội|câu lạc bộ|phòng|khoa|trạm|hạt|chi cục|phân xưởng)$/;

// The award spans with a prize's tier in front: "giải C Giải X" replaces "Giải X". A bare tier
// ("giải Nhất cho tác giả A") is a result: the dev gold lists the prize, not its tiers.
function withTiers(toks: Sent['u']['toks'], spans: AwardSpan[]): AwardSpan[] {
  const tiers = tierSpans(toks, spans);
  if (!tiers.length) return spans;
  const kept = spans.filter((s) => !tiers.some((t) => t.from < s.from && s.to <= t.to));
  return [...kept, ...tiers].sort((a, b) => a.from - b.from);
}

/** Awards of a Vietnamese article, one per award and recipient. */
export function awards(ctx: FactContext, officials: OfficialFact[]): AwardFact[] {
  void officials; // the people (officials and everyone else) come from the shared cache
  return mergeAwards(ctx, viAwardMentions(ctx), awardKey);
}

/** Every award mention of the article with its recipient and giver, before merging. */
export function viAwardMentions(ctx: FactContext): AwardMention[] {
  const people = peopleOf(ctx, findViPeople);
  const mentions: AwardMention[] = [];
  const bodies: string[] = []; // bodies named as recipients so far, for "đơn vị đã được tặng …"
  // Awards named in full so far, by kind of head, with how often: a bare "Giải thưởng" is the one
  // the story is about (named most, the first on a tie), not one mentioned in passing; "Giải
  // thưởng này" is the one just named.
  const named = new Map<string, Map<string, number>>();
  const lastNamed = new Map<string, string>();
  const mainOf = (kind: string): string | undefined => {
    let best: [string, number] | undefined;
    for (const e of named.get(kind) ?? []) if (!best || e[1] > best[1]) best = e;
    return best?.[0];
  };
  // The proper names closing prizes named in full ("Quả Cầu Vàng"), for their short forms later on.
  const cores = new Map<string, string[]>();
  const units = unitsOf(ctx);
  for (const [ui, u] of units.entries()) {
    let laterAt = new Map<string, Sent['u']>();
    const { toks } = u;
    const own = withTiers(toks, viAwardSpans(toks));
    const spans: Array<AwardSpan & { full?: string }> = [...own, ...coreSpans(toks, cores, own)].sort((x, y) => x.from - y.from);
    if (!spans.length) {
      // "Cũng được tôn vinh tối qua là anh A (…), và chị B": more holders of the award just named.
      const last = mentions.at(-1);
      const honoured = last && u.index >= 0 && u.index - last.sentence <= 3 ? honoureesIn(u) : [];
      for (const h of honoured) {
        mentions.push({ ...last!, span: { start: toks[0]!.start, end: toks[toks.length - 1]!.end }, sentence: u.index, recipient: resolvePerson(people, h)?.name ?? h, recipientScore: 2, giver: null });
      }
      continue;
    }
    // (A name inside a quoted title is no one here: 'bộ ảnh "Biển Sầm Sơn mùa lễ hội"'.)
    const quoted = quotedRanges(toks);
    const s: Sent = { u, starts: new Map(viNames(toks).filter((n) => !quoted.some(([a, b]) => a < n.from && n.to <= b)).map((n) => [n.from, n])), awards: spans };
    const delegated = delegatedGiver(u);
    const found = s.awards.map((a) => ({ a, ...around(s, a) }));
    // Awards listed together ("X năm 1965 và Y năm 1968", "Bằng khen, danh hiệu Z cho W") share a recipient.
    for (let k = 1; k < found.length; k++) {
      const [p, c] = [found[k - 1]!, found[k]!];
      // "…, từng nhận Y": the clause has no subject; the award before it in the sentence gives it.
      if (c.elided && (p.recipient || p.body || p.role || p.pronoun)) {
        Object.assign(c, { recipient: p.recipient, recipientScore: p.recipientScore, pronoun: p.pronoun, body: p.body, described: p.described, role: p.role });
        continue;
      }
      const gap = pastTail(toks, p.a.to); // "X năm 2006 và Y năm 2016"
      // ("X năm lần liền, cùng Y năm 2022": a second award joined by "cùng" after a few plain words.)
      const cung = toks[c.a.from - 1]?.lower === 'cùng' && toks[c.a.from - 2]?.text === ',' && c.a.from - 2 - p.a.to <= 4 && toks.slice(p.a.to, c.a.from - 2).every((t) => t.word && !t.cap);
      if (!cung && (c.a.from - gap > 1 || !/^(,|và)$/.test(toks[gap]?.lower ?? ''))) continue;
      const share = (from: Around, to: Around): void => {
        if (!to.recipient && !to.pronoun && !to.body) Object.assign(to, { recipient: from.recipient, recipientScore: from.recipientScore, pronoun: from.pronoun, more: from.more, body: from.body, described: from.described });
      };
      share(p, c);
      share(c, p);
    }
    // "Huân chương … được trao cho:", "… cho ba cán bộ của tổ tuần tra:" (or "Kết quả theo từng lĩnh vực:" after it) and the list items that follow.
    const last = found[found.length - 1];
    const end = toks.length - 1;
    const forGroup = last ? toks.findIndex((t, k) => k >= last.a.to && t.lower === 'cho' && counted(toks, k + 1, end)) : -1;
    const lead = units[ui + 1]?.paragraph === u.paragraph && units[ui + 1]!.toks.at(-1)?.text === ':' && units[ui + 1]!.toks.length <= 16 && units[ui + 2]?.paragraph !== u.paragraph;
    if (last && !last.recipient && ((toks[end]?.text === ':' && (/^(cho|tặng|gồm)$/.test(toks[end - 1]?.lower ?? '') || forGroup > 0)) || (lead && u.index >= 0))) {
      last.more = listItems(units, lead ? ui + 2 : ui + 1);
      [last.recipient, last.recipientScore] = [last.more[0] ?? null, 3];
    }
    // "trao X cho tập thể Hải đội 2 và ba cá nhân:" and the people as the list items that follow.
    // ("tặng X cho 2 tập thể là A và B, cùng 12 công nhân. Trong số cá nhân có chị C; anh D": the sentence after.)
    const colon = toks[toks.length - 1]?.text === ':' ? toks.length - 1 : toks.length;
    const cho = last ? toks.findIndex((t, k) => k >= last.a.to && t.lower === 'cho') : -1;
    const countedTail = cho > 0 && (toks.slice(cho + 1, colon).some((t, k) => /^(và|cùng)$/.test(t.lower) && counted(toks, cho + 2 + k, colon)) || praisedNext(units, ui));
    if (last && last.recipient && countedTail && (colon < toks.length || u.index >= 0)) {
      const items = colon < toks.length ? listItems(units, ui + 1) : namedBelow(units, ui + 1);
      if (items.length) last.more = [...(last.more.length ? last.more : [last.recipient]), ...items];
    }
    // A table caption ("Một số cá nhân, tập thể nhận Giải thưởng X"): the first cell of each row.
    if (last && found.length === 1 && !last.recipient && units[ui + 1]?.toks.some((t) => t.text === '|')) {
      last.more = tableRows(units, ui + 1);
      [last.recipient, last.recipientScore, last.pronoun, last.described] = [last.more[0] ?? null, 2, false, false];
    }
    // "trao X cho 12 tập thể và 25 cá nhân. Trong số các tập thể được khen có A và B; …": those named below.
    // (… or "Bảy nghệ nhân được phong tặng X. Năm người trong số đó là: …": a counted subject.)
    const group = last && !last.recipient && !last.pronoun && (toks.some((t, k) => t.lower === 'cho' && k >= last.a.to && counted(toks, k + 1, toks.length)) || counted(toks, 0, Math.min(2, last.a.from)));
    if (group && u.index >= 0) {
      // (… and lists a few sentences on that count the same kinds.)
      const later = namedLater(units, ui + 1);
      last.more = [...namedBelow(units, ui + 1), ...later.map((x) => x.name)];
      laterAt = new Map(later.map((x) => [x.name, units[x.unit]!]));
      [last.recipient, last.recipientScore] = [last.more[0] ?? null, 2];
    }
    // "Cả hai cùng được ban tổ chức bầu chọn X": the two people named in the sentence before.
    // ("@chị" in such a list: the person of that sex the story is about, not one listed beside it.)
    const listed = found.length === 1 && !found[0]!.recipient ? bothBefore(units, ui) : [];
    // (A subhead "Cả hai nhận X" names nobody here: the section below does.)
    if (found.length === 1 && !listed.length && toks[0]?.lower === 'cả' && /^(hai|ba|bốn)$/.test(toks[1]?.lower ?? '')) Object.assign(found[0]!, { pronoun: false, described: false });
    const sex = (b: string) => (p: Person): boolean => viGender(ctx, people, p) === /^@(chị|bà|cô)$/.test(b) && !listed.includes(p.name);
    // (When no one of that sex is known, the person the pronoun stands for whatever the sex.)
    const both = listed.map((b) => (b.startsWith('@') ? (pronounReferent(ctx, people, u.index, sex(b)) ?? pronounReferent(ctx, people, u.index, (p) => !listed.includes(p.name)))?.name ?? '' : b)).filter(Boolean);
    if (both.length) Object.assign(found[0]!, { recipient: both[0], recipientScore: 2, pronoun: false, described: false, more: both });
    // "cả HTX lẫn cá nhân ông cùng được tặng X": each part, a short form or a pronoun resolved against the story.
    const parts = found.length === 1 && u.index >= 0 ? bothParts(s, found[0]!.a.from) : [];
    const resolved = parts.map((p) => ('text' in p ? p.text : 'body' in p ? bodyBefore(ctx, u.index, p.body)
      : pronounReferent(ctx, people, u.index, (x) => viGender(ctx, people, x) !== !/^(bà|chị|cô)$/.test(p.pronoun))?.name ?? null));
    if (parts.length && resolved.every((r) => r)) Object.assign(found[0]!, { recipient: resolved[0], recipientScore: 2, pronoun: false, described: false, more: resolved });
    const proxies = onBehalf(s); // those who collect on someone's behalf, once per sentence
    for (const f of found) {
      // "…, người thứ ba của làng nhận danh hiệu này, sau cụ A và bà B": A and B held it before.
      const earlier = f.recipient || f.pronoun ? [...earlierHolders(s, f.a.to), ...theOtherOne(s, units[ui + 1])] : [];
      if (earlier.length) f.also = [...(f.also ?? []), ...earlier];
      // "Bản dịch cuốn tiểu thuyết từng đoạt X của nhà văn Y": a work's prize is its author's.
      const of = pastTail(toks, f.a.to);
      if (f.recipient && WORK_OPEN.test(f.recipient) && toks[of]?.lower === 'của') {
        const n = [1, 2, 3].map((d) => s.starts.get(of + d)).find((x) => x && toks.slice(of + 1, x.from).every((t) => t.word && !t.cap));
        if (n) f.recipient = slice(u.source, toks, n.from, n.to);
      }
      let recipient = f.recipient;
      // A pronoun or a left-out subject: the person last named before this sentence.
      if (!recipient && f.pronoun && u.index >= 0) {
        // The pronoun standing for the recipient: "Năm 1997, bà được …" as much as "Bà được …".
        // ("… cho ông.": the pronoun after the award.)
        const said = toks.findLast((x, k) => k < f.a.from && /^(bà|chị|cô|ông|anh)$/.test(x.lower) && !toks[k + 1]?.cap)?.lower ??
          toks.find((x, k) => k > f.a.to && /^(bà|chị|cô|ông|anh)$/.test(x.lower) && toks[k - 1]?.lower === 'cho')?.lower ?? toks[0]?.lower ?? '';
        const female = /^(bà|chị|cô)$/.test(said) ? true : /^(ông|anh)$/.test(said) ? false : null;
        // (Not those who share it with the pronoun: "Cùng các cộng sự là A và B, ông nhận …".)
        // ("…, em nhận Giấy khen": a child or pupil, someone the story calls "em", not the teacher named since.)
        const em = toks.findLast((x, k) => k < f.a.from && /^(bà|chị|cô|ông|anh|em|thầy)$/.test(x.lower) && !toks[k + 1]?.cap)?.lower === 'em';
        const calledEm = (p: Person): boolean => p.mentions.some((m) => /(^|\s)em\s+$/i.test(ctx.text.slice(Math.max(0, m.span.start - 4), m.span.start)));
        const fits = (p: Person): boolean => (female === null || viGender(ctx, people, p) !== !female) && !f.also?.includes(p.name) && (!em || calledEm(p) || !people.some(calledEm));
        // "Thiếu tá A 3 năm liền được …; năm 2024, anh được tặng X": the person named earlier in the sentence first.
        // (… also "Riêng Thiếu tá Quân, năm 2022 anh đã được …": past a year after the comma.)
        const saidAfterClause = toks.slice(Math.max(0, f.a.from - 14), f.a.from).some((x, k, all) => /^(anh|chị|ông|bà|em|cô)$/.test(x.text) &&
          (/^[,;:]$/.test(all[k - 1]?.text ?? '') || (/^\d{4}$/.test(all[k - 1]?.text ?? '') && /^[,;]$/.test(all[k - 3]?.text ?? ''))));
        const inSentence = saidAfterClause ? people.filter(fits).find((p) => p.mentions.some((m) => !m.source && m.span.start >= (toks[0]?.start ?? 0) && m.span.end <= toks[f.a.from]!.start)) : undefined;
        // "Ông Minh, 71 tuổi, từng được …": the person opening the sentence, by a short name.
        const opener = /^(ông|bà|anh|chị|cô|em)$/.test(toks[0]?.lower ?? '') && toks[1]?.cap
          ? people.find((p) => p.mentions.some((m) => !m.source && m.span.start === toks[1]!.start)) : undefined;
        const who = inSentence ?? opener ?? (f.role ? withRole(ctx.text, people, f.role, toks[f.a.from]!.start) : null) ??
          (f.described ? personBefore(people.filter(fits), u.toks[0]?.start ?? 0) : pronounReferent(ctx, people, u.index, fits));
        [recipient, f.recipientScore] = [who?.name ?? null, 1];
      }
      // "bệnh viện từng được tặng …": the body of that kind named before, else the body awarded before.
      if (!recipient && f.body && u.index >= 0) {
        // ("đơn vị", "tập thể" name no kind: a body awarded before comes first.)
        const anyKind = /^(đơn vị|tập thể)$/i.test(f.body);
        [recipient, f.recipientScore] = [(anyKind ? bodies.at(-1) : null) ?? (f.lede ? bodyBefore(ctx, 0, f.body) : null) ?? bodyBefore(ctx, u.index, f.body, toks[f.a.from]!.start) ?? bodies.at(-1) ?? null, 1];
      }
      // One mention per listed person: an award given to three people is three entries.
      const all = (f.more.length > 1 ? f.more : [recipient, ...(f.also ?? [])]).filter((x) => !x || !proxies.has(x));
      // "Danh hiệu cũng được trao cho …", "Huân chương này": a bare head is the award of that kind named before.
      const written = slice(u.source, toks, f.a.from, f.a.to);
      // ("Bằng khen" alone is an award of its own, as the dev gold writes it; "bằng khen này" is the one just named.)
      // ("Giải thưởng chính năm nay thuộc về …": the main prize is the prize named before.)
      const main = toks[f.a.to - 1]?.lower === 'chính' ? 1 : 0;
      const bare = (f.a.kind !== 'cert' || toks[f.a.to]?.lower === 'này') && VI_AWARD_HEADS.match(toks, f.a.from)?.end === f.a.to - main;
      // A bare "giải" is a category of the main prize ("Giải văn học dịch thuộc về …").
      const kind = f.a.kind === 'giai' && !named.has('giai') ? 'prize' : f.a.kind;
      // (Only an award of the same head: "Quả bóng bạc" is not the "Quả bóng vàng …" named before.)
      const same = (n: string | undefined): string | undefined => (n && foldKey(n).startsWith(foldKey(main ? slice(u.source, toks, f.a.from, f.a.to - 1) : written)) ? n : undefined);
      const full = (f.a as { full?: string }).full ?? (f.a.named?.map(([x, y]) => slice(u.source, toks, x, y)).join(' ') || undefined);
      const name = full ?? (bare ? (same(toks[f.a.to]?.lower === 'này' ? lastNamed.get(kind) : mainOf(kind)) ?? written) : written);
      const core = full || bare ? null : coreOf(toks, f.a);
      if (core) cores.set(written, core);
      if (!bare && !full) {
        const counts = named.get(f.a.kind) ?? new Map<string, number>();
        const key = [...counts.keys()].find((k) => awardKey(k).join(' ') === awardKey(written).join(' ')) ?? written;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        named.set(f.a.kind, counts);
        lastNamed.set(f.a.kind, written);
      }
      for (const r0 of all) {
        // "trao Bằng khen cho Hội - tổ chức …": a body's one-word short form is the body named before.
        // (Not a person's given name: "ông Khoa" is no faculty.)
        const r = r0 && u.index >= 0 && !/\s/.test(r0) && BODY_SHORT.test(r0.toLowerCase()) && !resolvePerson(people, r0) ? (bodyBefore(ctx, u.index, r0) ?? r0) : r0;
        // "cho Đại sứ Phần Lan" in a headline: the person the article gives that title.
        const person = r ? (resolvePerson(people, r) ?? holderOf(people, r) ?? rankedPerson(people, r)) : null;
        // ("Duyên" after "Hà Thị Mỹ Duyên", a name no list of officials holds: the full name written before.)
        const fuller = r && !person && !/\s/.test(r) && u.index >= 0 ? fullerBefore(units, ui, r) : null;
        if (r && !person && f.recipientScore >= 2) bodies.push(r);
        // (Named in a list a few sentences on: there, so that the entries keep the text's order.)
        const at = r0 ? laterAt.get(r0) : undefined;
        mentions.push({
          name,
          span: at ? { start: at.toks[0]!.start, end: at.toks[0]!.end } : { start: toks[f.a.from]!.start, end: toks[f.a.to - 1]!.end },
          sentence: at?.index ?? u.index,
          recipient: person?.name ?? fuller ?? r,
          recipientScore: f.recipientScore,
          giver: delegated ?? f.giver,
        });
      }
      // ("cho anh A và một người dân …": one more entry, after A's, for the person left unnamed.)
      if (f.unnamedToo && u.index >= 0) mentions.push({ name, span: { start: toks[f.a.from]!.start, end: toks[f.a.to - 1]!.end }, sentence: u.index, recipient: null, recipientScore: 0, giver: delegated ?? f.giver, unnamed: true });
    }
  }
  return mentions;
}

/** The last full name before unit `ui` that ends in the given name `short`, or null. */
function fullerBefore(units: readonly Unit[], ui: number, short: string): string | null {
  for (let k = ui - 1; k >= 0 && ui - k <= 30; k--) {
    const u = units[k]!;
    const n = viNames(u.toks).findLast((x) => x.to - x.from >= 2 && u.toks[x.to - 1]!.text === short);
    if (n) return slice(u.source, u.toks, n.from, n.to);
  }
  return null;
}

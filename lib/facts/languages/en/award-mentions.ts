const SPEECH = /^(When|If|After|Before|While|As|Then|So) (I|We|You)\b|^(I|We)$/;

/** English award mentions: each award an article's sentences name, with its recipient, before awards.ts merges them. */
import type { AwardMention } from '../../awards-merge';
import type { FactContext } from '../../context';
import { peopleOf, personAfter, pronounReferent, resolvePerson } from '../../people';
import type { OfficialFact } from '../../types';
import { unitsOf } from '../../units';
import { foldKey, slice } from '../../words';
import type { EnAwardSpan } from './award-find';
import { enAwardSpans } from './award-spans';
import { bracketed, joined } from './award-joins';
import { shapedAwards } from './award-shape';
import { awardCells, bracketItems, byLetters, categoryOrWinnerItems, lettered, lettersOf, listedAwards, listLine } from './award-items';
import { backReference, endOfClause } from './award-parties';
import { passiveTo } from './award-passive';
import { groupAfter, groupBefore } from './award-groups';
import { HONOREE_REACH, honorees, listedFrom } from './honorees';
import { apposedHolder, includedNext, LIST_HEAD, listBelow } from './award-inverted';
import { findEnPeople } from './officials';
import { NAME_SHAPE, SIDE, withoutWhence } from './names';
import { fullerInText, fullerName } from './fuller-recipient';
import { recipient } from './award-recipient';
import { includingNamed } from './award-by';
import { nounReferent } from './noun-referent';
import { fitsPronoun } from './gender';
import { coupleBefore } from './couples';
import { BODY_NAME, BODY_NOUN, orgAfter, orgEndingIn, orgReferent } from './org-referent';
import { categoryAward, giversAward, spelledOut } from './award-names';
import { alsoAsWas, capRun, COURTESY, NONE, nounPhrase, personIn, type Rec } from './award-subject';
import { bothBefore, byOwnTitle, groupNamed, kindOf, namedByNoun, otherOf, pastWinners, toldOfPast, UNNAMED, YEAR_RE } from './award-referents';

/** Every award mention of the article with its recipient, before merging. */
export function enAwardMentions(ctx: FactContext, officials: readonly OfficialFact[]): AwardMention[] {
  const people = peopleOf(ctx, findEnPeople);
  const byTitle = new Map<string, string>();
  // (A title several people hold, "Garda", names none of them.)
  for (const o of officials) for (const k of o.titles.map(foldKey)) byTitle.set(k, byTitle.has(k) && byTitle.get(k) !== o.name ? '' : o.name);
  const out: AwardMention[] = [];
  const lastNamed = namedByNoun(); // what a later "the medal" refers to
  const byTheirLetters = new Map<string, string>(); // awards by their letters: "DGPN" → "Darjah Gemilang Pangkuan Negeri (DGPN)"
  // The award last named with a capital, for "So did X", "Among them was X" after it.
  let lastAward: { name: string; sentence: number } | null = null;
  const namedSoFar: string[] = [];
  let investedInto: string | undefined; // the honour last named with an investiture, which a later "were invested" means
  const units = unitsOf(ctx);
  for (const [ui, u] of units.entries()) {
    const { toks } = u;
    const aside: EnAwardSpan[] = [];
    const spot = { sentence: u.index, paragraph: u.paragraph }; // (where a noun's referent was named: see namedByNoun)
    const spans = [...enAwardSpans(toks, aside)];
    // A capitalised award only nominated for is still what a later "that award" refers to.
    for (const a of aside) {
      const name = slice(u.source, toks, a.from, a.to);
      const noun = /\b(medal|prize|award)\b/i.exec(name)?.[1]?.toLowerCase() ?? 'award';
      if (toks[a.from]!.cap) lastNamed.set(noun, name, spot);
      // "a finalist for X, which went to the Union's Bram de Vries": who won it instead.
      const went = toks[a.to]?.text === ',' && toks[a.to + 1]?.lower === 'which' ? passiveTo(u, a.to) : -1;
      const winner = went > 0 ? (listedFrom(u, people, went)[0]?.name ?? nounPhrase(u, people, went, endOfClause(u, went), 3).whole) : null;
      const who = winner?.replace(SIDE, '');
      if (who && NAME_SHAPE.test(who) && toks[a.from]!.cap) out.push({ name, span: { start: toks[a.from]!.start, end: toks[a.to - 1]!.end }, sentence: u.index, recipient: who, recipientScore: 3, giver: null });
    }
    for (const l of [...listedAwards(toks), ...shapedAwards(toks), ...categoryOrWinnerItems(toks), ...awardCells(toks), ...bracketItems(toks), ...lettered(toks), ...listLine(units, ui)]) {
      const same = spans.find((s) => s.from === l.from && s.to === l.to);
      if (same) same.winner ??= l.winner;
      else if (!spans.some((s) => s.from < l.to && l.from < s.to)) spans.push({ ...l, to: bracketed(toks, l.to) });
    }
    // ("the Public Service Star (Bintang Bakti Masyarakat)": a name inside another's brackets is that award, not a second one.)
    // ("received the DGPN": an award named before with its letters, by them alone.)
    spans.push(...byLetters(toks, byTheirLetters, spans));
    for (let k = spans.length - 1; k >= 0; k--) if (spans.some((o) => o !== spans[k] && o.from < spans[k]!.from && spans[k]!.to <= o.to)) spans.splice(k, 1);
    for (const a of spans) if (lettersOf(toks, a)) byTheirLetters.set(lettersOf(toks, a)!, slice(u.source, toks, a.from, a.to));
    spans.sort((x, y) => x.from - y.from);
    const back = backReference(toks, spans);
    // ("… were invested together": into the honour last named with an investiture, however far back, not a medal named since.)
    const invested = toks.some((t) => /^(invested|investiture)$/.test(t.lower));
    // ("Past winners include A, who took it in 2019, and B, who went on to win the Forward Prize": the story's award, whatever else is named.)
    const past = pastWinners(toks) && /^includ/.test(toks[2]?.lower ?? '');
    if ((!spans.length || past) && lastAward && u.index >= 0 && (u.index - lastAward.sentence <= HONOREE_REACH || (invested && investedInto))) {
      const forKind = kindOf(toks, namedSoFar) ?? otherOf(toks, out); // ("Previous fiction winners include A": the award named for fiction.)
      // ("The 2027 appointees, announced June 24, are:" and a name a line below: the story's award, one per line.)
      // (Only short lines, a name and where from: "Dr. Ellen Chisholm-Rankin, Port Hood"; not lines naming their own honours.)
      const short = units.slice(ui + 1, ui + 3).every((x) => x.toks.length <= 10);
      const lines = toks.at(-1)?.text === ':' && short && toks.some((t) => LIST_HEAD.test(t.lower)) ? listBelow(units, ui + 1, people).map((name) => ({ name, span: { start: toks[0]!.start, end: toks.at(-1)!.end } })) : [];
      const found = invested && !investedInto ? [] : lines.length > 1 ? lines : honorees(u, people);
      for (const h of found) {
        out.push({ name: invested ? investedInto! : forKind ?? lastAward.name, span: h.span, sentence: u.index, recipient: h.name, recipientScore: 2, giver: null });
      }
      // (Recipients told of keep the award in play: "The team inductee was A. … Also inducted were B and C.")
      const honourWord = toks.slice(0, 4).some((t) => /^(induct|honou?r|recipient|laureate|winner)/.test(t.lower)); // (opening the sentence)
      if (found.length && honourWord && !forKind && !invested) lastAward = { name: lastAward.name, sentence: u.index };
    }
    // "the medal" is the medal last named; "the award", any award last named.
    const noun = back ? toks[back.to - 1]!.lower.replace('honor', 'honour').replace('medallion', 'medal').replace('trophy', 'award') : '';
    // ("the honour" is whatever award was named last.)
    // ("This year it went to A": "it" only for the award of the sentence before.)
    const near: boolean = noun !== 'it' || ((lastAward as { sentence: number } | null)?.sentence ?? -9) >= u.index - 1;
    // ("…, a finalist for AL Manager of the Year, finished second, and the honor went to B": the award this sentence named aside.)
    const asideHere = back ? aside.findLast((x) => x.to <= back.from && toks[x.from]!.cap && noun !== 'it') : undefined;
    const referent: string | undefined = back && near ? (asideHere ? slice(u.source, toks, asideHere.from, asideHere.to) : (lastNamed.get(noun, spot) ?? (/^(award|honour|it)$/.test(noun) ? (lastAward as { name: string } | null)?.name : undefined))) : undefined;
    let prev: { a: EnAwardSpan; r: Rec } | null = null;
    // (A past honour, "she received X in 2021", does not take over from the story's award: see lastAward below.)
    const pastHonour = toldOfPast(toks, ctx.published?.year ?? 0);
    const dated = toks.some((t, k) => YEAR_RE.test(t.text) && toks[k - 1]?.lower === 'in'); // ("received X in 2023": not the night's award, whenever the story is)
    // "X and Y went to A and to B, respectively": one recipient each, in order.
    const paired = spans.length > 1 && toks.some((t) => t.lower === 'respectively') ? recipient(u, people, spans.at(-1)!).more : undefined;
    for (const [ai, a] of spans.entries()) {
      // A headline's kicker, "Quaid-e-Azam Trophy: …", names the competition the story reports on.
      if (u.index < 0 && a.from === 0 && toks[a.to]?.text === ':') continue;
      let r = paired?.length === spans.length ? { text: paired[ai]!, score: 3, pronoun: false } : a.winner ? { text: slice(u.source, toks, a.winner.from, a.winner.to), score: 3, pronoun: false } : recipient(u, people, a);
      if (!r.text && !r.pronoun) r = apposedHolder(u, people, a) ?? r;
      const both = !r.text && u.index >= 0 ? bothBefore(units, ui, people) : [];
      if (both.length) r = { text: both[0]!, score: 2, pronoun: false, more: both };
      // "… the third woman to win the Fields Medal, after A of Iran in 2014 and B in 2022": earlier winners too.
      const after = toks[a.to]?.text === ',' && toks[a.to + 1]?.lower === 'after' ? a.to + 2 : -1;
      const earlier = after > 0 && toks.slice(Math.max(0, a.from - 6), a.from).some((t) => /^(first|second|third|fourth|fifth|only|\d+(st|nd|rd|th))$/.test(t.lower)) ? listedFrom(u, people, after).map((h) => h.name) : [];
      if (earlier.length && (r.text || r.pronoun)) r = { ...r, also: [...(r.also ?? []), ...earlier] };
      const asWas = r.text || r.pronoun ? alsoAsWas(u, people, a.to) : null;
      if (asWas) r = { ...r, also: [...(r.also ?? []), asWas] };
      // "won best animated feature and best sound editing", "received X in 2011 and the Padma Shri": listed awards share the winner.
      if (!r.text && !r.pronoun && prev && joined(toks, prev.a.to, a.from)) r = prev.r;
      // "Members of the … Order of Merit invested this week included:" and one recipient per item below.
      // ("… chose 17 artistes for X. Among them:" and "Violin: A" lines.)
      const among = units[ui + 1] && units[ui + 1]!.toks.length <= 5 && units[ui + 1]!.toks.at(-1)?.text === ':' ? ui + 2 : -1;
      if (!r.text && (toks[toks.length - 1]?.text === ':' || among > 0) && a === spans[spans.length - 1]) {
        const items = listBelow(units, among > 0 ? among : ui + 1, people);
        if (items.length) r = { text: items[0]!, score: 2, pronoun: false, more: items };
      }
      // "Among the others: / the X Award, in 2012; / the Y Star, conferred in 2019;": honours listed as
      // items after a colon belong to the story's subject.
      const item = a.from <= 1 && /[:;]$/.test(units[ui - 1]?.source.slice(0, units[ui - 1]!.toks.at(-1)?.end).trimEnd() ?? '');
      if (!r.text && !r.pronoun && item && u.index >= 0) r = { text: null, score: 1, pronoun: true };
      prev = { a, r };
      // "Knighthoods also go to A and B", "Silver Medals were presented to A and B": one each.
      let named = (a.name ?? slice(u.source, toks, a.from, a.to)).replace(/^(knighthood|damehood|peerage)s$/i, (_, one: string) => one.toLowerCase()).replace(/^knighted$/i, 'knighthood').replace(/ (Award|Prize|Medal|Commendation|Citation)s$/, toks[a.to]?.lower === 'to' || (r.more?.length ?? 0) > 1 ? ' $1' : ' $1s').replace(/^mentioned in (des|dis)patches$/i, (_, d: string) => `Mention in ${d.toUpperCase()[0]}${d.slice(1)}patches`)
        // "named co-Players of the Week": one honour, shared.
        .replace(/^co-(\p{Lu}\p{L}*?)s(?= of the )/u, '$1');
      if (lastAward) named = giversAward(ctx, u, named, lastAward) ?? named;
      named = categoryAward(named, namedSoFar) ?? named;
      if (toks[a.from]!.cap && /\b(prize|award|medal|puraskar|puraskaram|samman|trophy)\b/i.test(named)) namedSoFar.push(named);
      const noun = (/\b(medal|medallion|prize|award|honour|honor|cross|commendation|citation|plaque)\b/i.exec(named) ?? /\b(order)\b/i.exec(named))?.[1]?.toLowerCase().replace('medallion', 'medal');
      if (noun && toks[a.from]!.cap) lastNamed.set(noun === 'cross' ? 'medal' : noun.replace('honor', 'honour'), named, pastHonour || dated ? undefined : spot);
      // (… so that a later "the other laureates were …" means the story's award.)
      if (u.index >= 0 && toks.slice(a.from, a.to).some((t) => t.cap)) lastAward = { name: lastAward && pastHonour ? lastAward.name : named, sentence: u.index };
      if (toks[a.from]!.cap && invested) investedInto = named;
      // "The Aviator's other awards came for …": the owner before "awards".
      if (!r.text && !r.pronoun && a.won) {
        const owner = toks.findIndex((t, k) => /^(’s|'s)$/.test(t.text) && k < a.from && /^(other|awards)$/.test(toks[k + 1]?.lower ?? ''));
        if (owner > 0) r = { text: capRun(u, 0, owner), score: 2, pronoun: false };
      }
      const titled = r.whole ? byTitle.get(foldKey(r.whole)) || undefined : undefined;
      // A pronoun or a described person ("she", "the 24-year-old from Jodhpur"): the topic of the sentence
      // before, else (in a lead or the title) the person named next.
      const end = u.index >= 0 ? (u.toks[u.toks.length - 1]?.end ?? 0) : 0;
      // "In 2019 it received …", "Its app won …": a body, never a person.
      // ("gave him its highest honour, the X": the giver's own honour, not the recipient.)
      const owns = (k: number): boolean => /^(its|their)$/i.test(toks[k]!.text) && toks.slice(k + 1, k + 4).some((x) => /^(honou?r|award|prize|medal)$/.test(x.lower));
      const it = r.pronoun && /^(it|its)$/i.test(toks.findLast((t, k) => (k < a.from - 1 || (k === a.from - 1 && !/^(its|their)$/i.test(t.text))) && /^(he|she|it|its|they|his|her|their|him|them)$/i.test(t.text) && !owns(k))?.text ?? '');
      // "the company received X": the body the story is about, like "it".
      // ("The genomics unit, which took X": the head noun of a lower-case description.)
      // (… past a capitalised hyphenated word: "The Bisaya-language band", "the Leeds-based firm".)
      const plainNoun = !r.text && !r.pronoun && /^(?:\p{Lu}[\p{L}]*-\p{Ll}+ )?[a-z-]+(?: [a-z-]+){0,2}$/u.test(r.whole ?? '') ? r.whole!.split(' ').pop()! : null;
      const bodyNoun = !!plainNoun && BODY_NOUN.test(plainNoun);
      const byNoun = plainNoun && u.index >= 0 ? (nounReferent(units, ui, plainNoun, a.from) ?? orgEndingIn(ctx, plainNoun)) : null;
      const body = !byNoun && (it || bodyNoun) && u.index >= 0 ? orgReferent(ctx, units, ui, people) : byNoun;
      // '"…," Corrigan said as she accepted the prize': someone the sentence names before the pronoun comes first (not "She … from the Minister, B, …").
      const pron = toks.findLastIndex((t, k) => k < a.from && /^(he|she|they)$/i.test(t.text));
      const here = r.pronoun && !it && !r.earlier ? personIn(u, people, 0, pron >= 0 ? pron : a.from, true) : null;
      // ("She was made an MBE" skips "Her father, Hector Leckie," named nearer.)
      const said = toks.findLast((t, k) => k < a.from && /^(he|she|his|her|him)$/i.test(t.text))?.text;
      // (When nobody fits the pronoun's sex, the sex a name list gave was wrong: "Taylor Swift … She".)
      const before = u.index < 0 || it ? null : (here ?? pronounReferent(ctx, people, u.index, fitsPronoun(ctx, people, said)) ?? pronounReferent(ctx, people, u.index));
      // "she was given X" after "An officer …, who asked not to be named,": nobody the story names.
      const unnamedHere = !r.text && UNNAMED.test(u.source.slice(toks[0]?.start ?? 0, toks[a.from]!.start));
      // (… else someone no name list knows, just named as an award's recipient: "Kalaiselvi Murugan received X. She also …".)
      const recent = (): { name: string } | null => {
        const m = out.findLast((x) => x.sentence >= u.index - 2 && !!x.recipient && NAME_SHAPE.test(x.recipient));
        return m?.recipient ? { name: m.recipient } : null;
      };
      const topic = r.pronoun && !it && !unnamedHere ? (r.indefinite && u.index > 1 ? null : r.indefinite ? personAfter(people, end) : (before ?? personAfter(people, end) ?? recent())) : null;
      // "All three were later presented with X": the people of the sentence before.
      const pair = !r.text && !r.indefinite && r.whole ? coupleBefore(r.whole, units, ui) : null;
      const group = !r.text && r.whole ? (groupBefore(r.whole, units[ui - 1], people) ?? (pair ? { named: pair, unnamed: 0 } : null)) : null;
      if (group) r = { ...r, more: group.named, unnamed: group.unnamed };
      // ("Forty-one officers were decorated with X, including … Inspector A and Inspector B": those the group names.)
      const including = !r.text && !r.pronoun && !group && r.whole ? includingNamed(u, people, a.to) : [];
      const nextGroup = (w: string): string[] => { const g = groupAfter(w, units[ui + 1], people); return g.length ? g : includedNext(u, units[ui + 1], people); };
      const below = !r.text && !group && r.whole ? (including.length ? including : nextGroup(r.whole)) : [];
      if (below.length) r = { ...r, text: below[0]!, more: below };
      // ("A volunteer group that saved … has been given X" in a lead: the organisation named next.)
      const ahead = r.bodyAhead && u.index >= 0 && u.index <= 2 ? orgAfter(ctx, units, ui, people) : null;
      // ("HMS Dragon's ship's company received X as a group", "Bonga's barangay disaster council won X": a named body's group.)
      const crew = !r.text && !r.pronoun ? groupNamed(r.whole ?? '') : undefined;
      let text = titled ?? r.text ?? ahead ?? (unnamedHere ? null : body) ?? topic?.name ?? crew ?? null;
      if (text && SPEECH.test(text)) text = null; // ('"When I won the junior award …"': words someone said, no one named)
      // "Spain's Salcedo", "Bayern Munich's Emil Sorvik": the person, without whose side they are on.
      // ("The Peterhead Men's Shed", "Women's Institute": a plural of people names the body's members.)
      if (text && !titled && text !== crew && !/\b(?:Men|Women|Children|People|Workers|Veterans|Mothers|Fathers|Seafarers)['’]s\s/u.test(text)) {
        text = withoutWhence(text.replace(SIDE, ''));
      }
      // ("The team also took X": the team awarded before.)
      const SIDES = /^(team|club|side|squad|crew|unit|band|choir|eight|four)$/i;
      if (SIDES.test((text ?? (r.pronoun ? '' : r.whole) ?? '').replace(/^the /i, ''))) text = out.findLast((x) => SIDES.test(x.recipient?.split(/\s+/).at(-1) ?? ''))?.recipient ?? text;
      // ("Ms Mensah" named only so is "Mensah".)
      if (text) text = titled ?? (byTitle.get(foldKey(text.replace(/^the\s+/i, ''))) || undefined) ?? resolvePerson(people, text.replace(COURTESY, ''))?.name ?? byOwnTitle(people, text) ?? fullerName(out, people, units, text) ?? text.replace(COURTESY, '');
      // One mention per listed person: an award given to three people is three entries.
      // (Each listed surname alone takes the fuller name the article wrote: "went to Amponsah and Bortey".)
      const fuller = (x: string): string => resolvePerson(people, x)?.name ?? fullerInText(units, x) ?? x;
      const each = r.more && r.more.length > 1 ? [...r.more.map(fuller), ...Array<null>(r.unnamed ?? 0).fill(null)] : [text, ...(r.also ?? [])];
      for (const one of each) {
        out.push({
          name: named,
          span: { start: toks[a.from]!.start, end: toks[a.to - 1]!.end },
          sentence: u.index,
          recipient: one,
          recipientScore: r.text ? r.score : 1,
          giver: null,
          // ("All three were presented with X" after two names: the third is an entry of its own.)
          unnamed: one === null && !!r.more && r.more.length > 1,
        });
      }
    }
    // "The medal was awarded posthumously to X", "X received the medal": only with a named recipient.
    // ("…, who collected the award with B": on behalf of whoever it went to, named before.)
    const collectedFor = !!back && /^(collected|collects|collecting|accepted|accepts|accepting)$/.test(toks[back.from - 1]?.lower ?? '') && out.some((x) => x.name === referent && !!x.recipient && x.sentence < u.index);
    let r = back && referent && !collectedFor ? recipient(u, people, back) : NONE;
    // 'Professor Holt said she was "deeply honoured" to receive the medal': the person the pronoun stands for.
    // ("The last time the medal went to a police officer …": someone described, not a pronoun to resolve.)
    const saidPronoun = !!back && toks.slice(0, back.from).some((t) => /^(he|she|they|him|her|them)$/.test(t.lower));
    if (!r.text && r.pronoun && back && saidPronoun && u.index >= 0) {
      // The sentence's own subject first ("Professor Holt said she …"), never a rival named later in it.
      const who = personIn(u, people, 0, Math.min(back.from, 4), true) ?? pronounReferent(ctx, people, u.index);
      if (who) r = { text: who.name, score: 1, pronoun: false };
    }
    for (const one of r.more && r.more.length > 1 ? r.more : r.text ? [r.text] : []) {
      const person = resolvePerson(people, one.replace(COURTESY, ''));
      const span = { start: toks[back!.from]!.start, end: toks[back!.to - 1]!.end };
      // (A name the story gives nowhere else still counts when written in full, or listed: "the Fife trumpeter Alasdair Robb".)
      // ("…; and C of Oxford, the International Mathematical Union said": a body after "the" is nobody.)
      const listed = (r.more?.length ?? 0) > 1 && !u.source.slice(toks[0]!.start, toks.at(-1)!.end).includes(`the ${one}`);
      // ("Kano Looms Ltd received the award": a body named by what it is.)
      const whole = !person && (((aside.length || listed) && NAME_SHAPE.test(one)) || BODY_NAME.test(one)) ? one : null;
      if (person || whole) out.push({ name: referent!, span, sentence: u.index, recipient: person?.name ?? whole, recipientScore: r.score, giver: null });
    }
    if (back && referent && u.index >= 0) lastAward = { name: referent, sentence: u.index };
  }
  return spelledOut(ctx.text, out);
}

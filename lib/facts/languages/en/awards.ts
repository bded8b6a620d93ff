/**
 * English awards with their recipients: "<Award> winner Y", "the prize went to Y", "Y won X",
 * "Y was named X", "Y has been made an OBE", "X … for Cate Blanchett". Repeated mentions merge.
 */
import { type AwardMention, mergeAwards } from '../../awards-merge';
import type { FactContext } from '../../context';
import { type Person, peopleOf, personAfter, personBefore, pronounReferent, resolvePerson } from '../../people';
import type { AwardFact, OfficialFact } from '../../types';
import { type Unit, unitsOf } from '../../units';
import { foldKey, slice } from '../../words';
import { EN_PERSON_NOUNS, EN_WIN } from './award-lexicon';
import { enAwardKey, type EnAwardSpan, enAwardSpans, listedAwards } from './award-find';
import { activeTo, backReference, endOfClause, listEnd, passiveTo, peopleIn } from './award-parties';
import { nameEnd } from './names';
import { HONOREE_REACH, honorees, listedFrom } from './honorees';
import { findEnPeople } from './officials';

const AUX = new Set(
  `has have had been was were is are be to also previously formally already now just recently finally later
  then once only still being will would not each both`.split(/\s+/),
);
const BETWEEN = new Set('a an the his her their its second first third fourth fifth another honorary'.split(' '));
const PRONOUN = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'it']);
const CONJ = new Set(['while', 'but', 'and', 'whereas', 'when', 'after', 'before', 'as']);
const ASIDE = /^(who|which|whose|about|aged|now|then|a|an|the|\d+)$/;
const COURTESY = /^(Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Prof|Sgt|PC|Capt|Lt|Col|Gen|Insp|Det|Rev)\.?\s+/;
const COUNT = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|many|hundreds|thousands)$/;
const WIN_WORD = /^(won|win|wins|winner|winners|picked|triumphed|scooped|took)$/;

interface Rec {
  text: string | null;
  score: number;
  pronoun: boolean;
  /** The whole noun phrase, when it may be a title of a person named elsewhere ("Tate & Lyle's chief executive"). */
  whole?: string;
  /** Every person of a listed recipient ("to A, B and C"), when more than one. */
  more?: string[];
}
const NONE: Rec = { text: null, score: 0, pronoun: false };

// The first (or, with `last`, the last) person named inside tokens [s, e) of a unit.
function personIn(u: Unit, people: readonly Person[], s: number, e: number, last = false): Person | null {
  if (s >= e) return null;
  const [a, b] = [u.toks[s]!.start, u.toks[e - 1]!.end];
  let best: Person | null = null;
  let at = last ? -1 : Infinity;
  for (const p of people) {
    for (const m of p.mentions) {
      if (!!m.source !== u.index < 0 || m.span.start < a || m.span.end > b) continue;
      if (last ? m.span.start > at : m.span.start < at) [best, at] = [p, m.span.start];
    }
  }
  return best;
}

const OPEN_QUOTE = /^[“"‘]$/;
const CLOSE_QUOTE = /^[”"’]$/;

// The quoted title ending right before token e ('… "Back of House" won'), or null.
function quotedBefore(u: Unit, e: number): string | null {
  const { toks } = u;
  if (!CLOSE_QUOTE.test(toks[e - 1]?.text ?? '')) return null;
  for (let k = e - 2; k >= 0 && e - k < 14; k--) {
    if (OPEN_QUOTE.test(toks[k]!.text)) return k + 1 < e - 1 && toks[k + 1]!.cap ? slice(u.source, toks, k + 1, e - 1).replace(/[,.]$/, '') : null;
  }
  return null;
}

// The subject opening the sentence: a quoted title, else the person named before the first comma.
function sentenceSubject(u: Unit, people: readonly Person[]): Rec {
  const { toks } = u;
  // After a dateline ("LOS ANGELES (AP) — “The Lantern Keepers,” a drama, swept …").
  const open = toks.findIndex((t, k) => k < 10 && OPEN_QUOTE.test(t.text));
  if (open >= 0 && toks.slice(0, open).every((t) => t.cap || !t.word)) {
    const close = toks.findIndex((t, k) => k > open && CLOSE_QUOTE.test(t.text));
    if (close > open + 1) return { text: slice(u.source, toks, open + 1, close).replace(/[,.]$/, ''), score: 2, pronoun: false };
  }
  const comma = toks.findIndex((t) => t.text === ',');
  const p = personIn(u, people, 0, comma > 0 ? comma : toks.length);
  return p ? { text: p.name, score: 2, pronoun: false } : { text: null, score: 1, pronoun: true };
}

const SMALL = /^(of|the|a|an|into|in|on|to|and|for|from|with|at|by|’s|'s)$/;

// A work or body named by capitalised words at the end of [s, e) ("cartoon hit The Incredibles",
// "Born into Brothels", "Eternal Sunshine of the Spotless Mind").
function capRun(u: Unit, s: number, e: number): string | null {
  const { toks } = u;
  let k = e;
  while (k > s) {
    const t = toks[k - 1]!;
    if (t.cap || /^\d+$/.test(t.text)) k--;
    else if (SMALL.test(t.lower) && (toks[k - 2]?.cap || (SMALL.test(toks[k - 2]?.lower ?? '') && toks[k - 3]?.cap)) && k - 1 > s) k--;
    else break;
  }
  while (k < e && !toks[k]!.cap) k++;
  return k < e && toks[k]!.word ? slice(u.source, toks, k, e) : null;
}

function nounPhrase(u: Unit, people: readonly Person[], s: number, e: number, score: number): Rec {
  const { toks } = u;
  if (s >= e) return { text: null, score, pronoun: true };
  // "she", "In 2023 she": the clause's subject is a pronoun.
  if (PRONOUN.has(toks[e - 1]!.lower) && (e - s === 1 || !personIn(u, people, s, e))) return { text: null, score, pronoun: true };
  const p = personIn(u, people, s, e);
  // "His crewmates Liam O'Shea and Priya Natarajan each receive …": every person of the subject.
  const all = p && toks.slice(s, e).some((t) => t.lower === 'and') ? listedFrom(u, people, s).filter((h) => h.span.end <= toks[e - 1]!.end) : [];
  if (p && all.length > 1) return { text: p.name, score, pronoun: false, more: all.map((x) => x.name) };
  if (p) return { text: p.name, score, pronoun: false };
  // "Three Scientists", "14 people", "two American researchers": a counted group, named elsewhere if at all.
  if (COUNT.test(toks[s]!.lower)) return { text: null, score, pronoun: false };
  // "The veteran film-maker", "The Briton": the person the article is about.
  const plain = toks.slice(s + 1, e - 1).every((t) => !t.cap);
  // "A British soldier", a headline's "Soldier": someone described, named elsewhere in the article.
  const described = (/^the$/i.test(toks[s]!.text) && plain) || /^(a|an)$/i.test(toks[s]!.text) || e - s === 1;
  // "The 27-year-old", "The Mariners right-hander": a person described, named before.
  if (described && (EN_PERSON_NOUNS.has(toks[e - 1]!.lower) || /^\d+-year-old$/.test(toks[e - 1]!.lower))) return { text: null, score, pronoun: true };
  if (/^the$/i.test(toks[s]!.text) && e - s <= 4 && !toks[e - 1]!.cap && EN_PERSON_NOUNS.has(toks[e - 1]!.lower)) return { text: null, score, pronoun: true };
  // "Tate & Lyle's chief executive": a title of a person named elsewhere; awards() maps it to them.
  const whole = slice(u.source, toks, s, e).replace(/^the\s+/i, '');
  return { text: capRun(u, s, e), score, pronoun: false, whole };
}

// The subject of a verb starting at v: back over auxiliaries and a ", who …," aside to the clause start.
function subject(u: Unit, people: readonly Person[], v: number): Rec {
  const { toks } = u;
  let e = v;
  while (e > 0 && (AUX.has(toks[e - 1]!.lower) || /^[a-z]+ly$/.test(toks[e - 1]!.text))) e--;
  if (toks[e - 1]?.text === ',') {
    let c = e - 2;
    while (c > 0 && e - c < 24 && toks[c]!.text !== ',') c--;
    // ", who …,", ", 38,", ", the former chief constable of …,", ", chief executive of …,": an aside.
    const aside = c > 0 && toks[c]!.text === ',' && (ASIDE.test(toks[c + 1]!.lower) || (!toks[c + 1]!.cap && !/^(and|but|or)$/.test(toks[c + 1]!.lower)));
    if (aside) e = c;
    // "its star, Oliver Quaid, took …": the name between the commas is the subject.
    const between = c > 0 && toks[c]!.text === ',' && !aside && nameEnd(toks, c + 1) === e - 1 && e - 1 - (c + 1) >= 2;
    if (between) return { text: personIn(u, people, c + 1, e - 1)?.name ?? slice(u.source, toks, c + 1, e - 1), score: 2, pronoun: false };
    else if (c <= 0 || toks[c]!.text !== ',') e -= 1; // "The Briton, made a dame …": the subject before the comma
  }
  // '"Back of House" won …', 'the restaurant sitcom "Back of House" won …': a quoted title.
  const quoted = quotedBefore(u, e);
  if (quoted) return { text: quoted, score: 2, pronoun: false };
  let s = e;
  // Back to the clause start; "A and B each receive" keeps both people.
  const joinsPeople = (k: number): boolean => toks[k]!.lower === 'and' && !!personIn(u, people, Math.max(0, k - 3), k);
  while (s > 0 && !/^[,;:.—–(“"]$/.test(toks[s - 1]!.text) && !(CONJ.has(toks[s - 1]!.lower) && !toks[s - 1]!.cap && !joinsPeople(s - 1))) s--;
  // "Captain X, who receives the Y": the relative pronoun stands for the noun phrase before it.
  // "Sergeant X, 1st Battalion, who …": the person opening the clause, past appositions.
  if (/^(who|which)$/.test(toks[s]?.lower ?? '') && toks[s - 1]?.text === ',') {
    let c = s - 1;
    while (c > 0 && !/^[;:.—–(]$/.test(toks[c - 1]!.text)) c--;
    const p = personIn(u, people, c, s - 1);
    return p ? { text: p.name, score: 2, pronoun: false } : subject(u, people, s - 1);
  }
  // "A soldier who threw himself … in South Sudan has been awarded": the head ends at "who".
  const rel = toks.findIndex((t, k) => k > s && k < e && t.lower === 'who');
  if (rel > 0) e = rel;
  // "X, a former winner of Y,": an apposition without a name; the subject stands before the comma.
  // "Raymond Bush, the Vietnam War veteran who received …": so is a described person.
  // …, and "Marco Bellandi, the Italian who won …": a nationality as the noun.
  const described = toks.slice(s, e).every((t) => !t.cap) || EN_PERSON_NOUNS.has(toks[e - 1]?.lower ?? '') || (e - s === 2 && toks[s + 1]!.cap);
  // "Councillor X, leader of Y, who …, is appointed MBE": a title as apposition, too.
  const apposition = (/^(a|an|the)$/.test(toks[s]?.lower ?? '') && described) || (toks[e]?.text === ',' && !!toks[s] && !toks[s]!.cap && toks[s]!.word && !personIn(u, people, s, e));
  if (s < e && toks[s - 1]?.text === ',' && apposition) {
    return subject(u, people, s - 1);
  }
  return nounPhrase(u, people, s, e, 2);
}

function recipient(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec {
  const { toks } = u;
  const j = a.to;
  const w = (k: number): string => toks[k]?.lower ?? '';
  if (w(j) === 'winner') return nounPhrase(u, people, j + 1, Math.min(toks.length, j + 5), 3);
  // A list of winners: 'Outstanding talk series: "The Late Hour"', "Best Director: Anika Sorensen, …".
  if (a.from === 0 && w(j) === ':') {
    const quoted = OPEN_QUOTE.test(toks[j + 1]?.text ?? '') ? toks.findIndex((t, k) => k > j + 1 && CLOSE_QUOTE.test(t.text)) : -1;
    if (quoted > j + 2) return { text: slice(u.source, toks, j + 2, quoted), score: 3, pronoun: false };
    const first = listedFrom(u, people, j + 1)[0];
    if (first) return { text: first.name, score: 3, pronoun: false };
  }
  // "X awarded the medal to A and B", "the prize went to A": the person after "to", never X.
  const to = Math.max(activeTo(u, a.from, j), passiveTo(u, j));
  if (to > 0) {
    // Several people listed item by item; one name only when a known person (else a work's title reads better whole).
    const named = listedFrom(u, people, to).map((h) => h.name);
    // "… to A, the founder of X, and to the conductor B": a second "to" later in the sentence.
    const again = toks.findIndex((t, k) => k > to && t.lower === 'to' && toks[k - 1]?.lower === 'and' && toks[k - 2]?.text === ',');
    if (again > 0 && named.length) named.push(...listedFrom(u, people, again + 1).map((h) => h.name));
    const known = peopleIn(u, people, to, listEnd(u, to)).map((p) => p.name);
    const listed = named.length > 1 || (named.length === 1 && known.length) ? named : known;
    if (listed.length) return { text: listed[0]!, score: 3, pronoun: false, more: listed };
    return nounPhrase(u, people, to, endOfClause(u, to), 3);
  }
  if (w(j + 1) === 'won' && w(j + 2) === 'by') return nounPhrase(u, people, j + 3, endOfClause(u, j + 3), 3);
  // "Best Cinematography went to A and Best Editing to B": the verb left out before "to".
  if (w(j) === 'to' && w(a.from - 1) === 'and' && toks.slice(0, a.from).some((t, k) => /^(went|goes|go)$/.test(t.lower) && w(k + 1) === 'to')) {
    const next = listedFrom(u, people, j + 1);
    if (next.length) return { text: next[0]!.name, score: 3, pronoun: false };
  }
  // "…, as did his co-star Ruby Kwan for Best Supporting Actress": the person after "did".
  if (w(a.from - 1) === 'for') {
    const did = toks.findLastIndex((t, k) => k < a.from - 1 && a.from - k < 10 && t.lower === 'did' && /^(as|so)$/.test(w(k - 1)));
    const p = did >= 0 ? listedFrom(u, people, did + 1)[0] : undefined;
    if (p) return { text: p.name, score: 2, pronoun: false };
  }
  if (w(j) === 'for') {
    // "best supporting actress for Cate Blanchett": a person (two names), not a work ("for Wasp").
    const p = personIn(u, people, j + 1, Math.min(toks.length, j + 4));
    const n = nameEnd(toks, j + 1);
    if (p || n - j > 2) return { text: p?.name ?? slice(u.source, toks, j + 1, n), score: 3, pronoun: false };
  }
  let b = a.from;
  while (b > 0 && /^(the|a|an)$/.test(w(b - 1))) b--;
  // "… earned her the award": the object pronoun receives it.
  if (PRONOUN.has(w(b - 1)) && EN_WIN.match(toks, b - 2)?.end === b - 1) return { text: null, score: 2, pronoun: true };
  while (b > 0 && (BETWEEN.has(w(b - 1)) || /^\d+$/.test(w(b - 1)))) b--;
  if (w(b - 1) === 'of' && w(b - 2) === 'winner') return subject(u, people, b - 2 - (w(b - 3) === 'the' ? 1 : 0));
  // "named retired teacher Grace Field as the 2026 Citizen of the Year": the person before "as".
  if (w(b - 1) === 'as') {
    const v = toks.findLastIndex((t, k) => k < b - 1 && b - k < 12 && /^(named|voted|crowned|chose|chosen|selected|picked)$/.test(t.lower));
    const p = v >= 0 ? (personIn(u, people, v + 1, b - 1)?.name ?? capRun(u, v + 1, b - 1)) : null;
    if (p) return { text: p, score: 3, pronoun: false };
  }
  // "Oliver Wynn was Young Citizen of the Year": a title of the year is what its holder is.
  if (/^(was|is|became|becomes)$/.test(w(b - 1)) && /of the year$/i.test(slice(u.source, toks, a.from, a.to))) return subject(u, people, b - 1);
  // "X beat Y … to (the prize for) Z", "Eastwood pipped Scorsese to best director".
  if (w(b - 1) === 'to') {
    for (let k = b - 2; k >= 0 && b - k < 16; k--) if (/^(beat|beats|pipped|beating)$/.test(w(k))) return subject(u, people, k);
  }
  for (let k = Math.max(0, b - 3); k < b; k++) {
    if (EN_WIN.match(toks, k)?.end !== b) continue;
    // "In addition to becoming a dame, she …": a gerund's subject is the person of the sentence.
    // "…, winning outstanding drama series": a participle's subject is the sentence's.
    if (toks[k]!.lower.endsWith('ing')) return toks[k - 1]?.text === ',' ? sentenceSubject(u, people) : { text: null, score: 1, pronoun: true };
    const r = subject(u, people, k);
    // "A received the medal alongside B; C; and D": everyone named after "alongside".
    const along = /^(alongside|with)$/.test(w(j)) ? j + 1 : w(j) === 'along' && w(j + 1) === 'with' ? j + 2 : -1;
    const others = along > 0 && r.text ? listedFrom(u, people, along).map((h) => h.name) : [];
    return others.length ? { ...r, more: [r.text!, ...others] } : r;
  }
  if (/(category|section)$/.test(slice(u.source, toks, a.from, a.to)) && toks.some((t) => WIN_WORD.test(t.lower))) {
    const p = personIn(u, people, 0, toks.length);
    return p ? { text: p.name, score: 1, pronoun: false } : NONE;
  }
  return NONE;
}

// "She was appointed …", "He received …": the clause before the award opens with a pronoun.
function isPronounSubject(toks: readonly Unit['toks'][number][], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k < 12; k--) {
    if (/^[,;:.]$/.test(toks[k]!.text)) return PRONOUN.has(toks[k + 1]?.lower ?? '');
    if (k === 0) return PRONOUN.has(toks[0]!.lower);
  }
  return false;
}

/** Every award mention of the article with its recipient, before merging. */
export function enAwardMentions(ctx: FactContext, officials: readonly OfficialFact[]): AwardMention[] {
  const people = peopleOf(ctx, findEnPeople);
  const byTitle = new Map<string, string>();
  for (const o of officials) for (const t of o.titles) byTitle.set(foldKey(t), o.name);
  const out: AwardMention[] = [];
  // The award last named in full: what a later "the medal" refers to.
  // By its noun ("a Cross is a medal"), so "the medal" never takes the name of a prize.
  const lastNamed = new Map<string, string>();
  // The award last named with a capital, for "So did X", "Among them was X" after it.
  let lastAward: { name: string; sentence: number } | null = null;
  for (const u of unitsOf(ctx)) {
    const { toks } = u;
    const spans = [...enAwardSpans(toks)];
    for (const l of listedAwards(toks)) if (!spans.some((s) => s.from < l.to && l.from < s.to)) spans.push(l);
    spans.sort((x, y) => x.from - y.from);
    const back = backReference(toks, spans);
    if (!spans.length && lastAward && u.index >= 0 && u.index - lastAward.sentence <= HONOREE_REACH) {
      for (const h of honorees(u, people)) {
        out.push({ name: lastAward.name, span: h.span, sentence: u.index, recipient: h.name, recipientScore: 2, giver: null });
      }
    }
    // "the medal" is the medal last named; "the award", any award last named.
    const noun = back ? toks[back.to - 1]!.lower.replace('honor', 'honour') : '';
    const referent: string | undefined = back ? (lastNamed.get(noun) ?? (noun === 'award' ? (lastAward as { name: string } | null)?.name : undefined)) : undefined;
    let prev: { a: EnAwardSpan; r: Rec } | null = null;
    for (const a of spans) {
      let r = recipient(u, people, a);
      // "won best animated feature and best sound editing": listed awards share the winner.
      if (!r.text && !r.pronoun && prev && a.from - prev.a.to === 1 && /^(and|,)$/.test(toks[prev.a.to]!.lower)) r = prev.r;
      prev = { a, r };
      // "Knighthoods also go to A and B": one knighthood each.
      const named = slice(u.source, toks, a.from, a.to).replace(/^(knighthood|damehood|peerage)s$/i, (_, one: string) => one.toLowerCase());
      const noun = /\b(medal|prize|award|honour|honor|cross)\b/i.exec(named)?.[1]?.toLowerCase();
      if (noun && toks[a.from]!.cap) lastNamed.set(noun === 'cross' ? 'medal' : noun.replace('honor', 'honour'), named);
      if (u.index >= 0 && toks.slice(a.from, a.to).some((t) => t.cap)) lastAward = { name: named, sentence: u.index };
      // "The Aviator's other awards came for …": the owner before "awards".
      if (!r.text && !r.pronoun && a.won) {
        const owner = toks.findIndex((t, k) => /^(’s|'s)$/.test(t.text) && k < a.from && /^(other|awards)$/.test(toks[k + 1]?.lower ?? ''));
        if (owner > 0) r = { text: capRun(u, 0, owner), score: 2, pronoun: false };
      }
      const titled = r.whole ? byTitle.get(foldKey(r.whole)) : undefined;
      // A pronoun or a described person: the person last named, else (in a lead or the title) the next one.
      const [pos, end] = u.index >= 0 ? [u.toks[0]?.start ?? 0, u.toks[u.toks.length - 1]?.end ?? 0] : [0, 0];
      // A pronoun means the topic of the sentence before; "the veteran" the person last named.
      const said = r.pronoun && (PRONOUN.has(toks[a.from - 1]?.lower ?? '') || PRONOUN.has(toks[0]?.lower ?? '') || isPronounSubject(toks, a.from));
      // '"…," Corrigan said as she accepted the prize': a person named earlier in the sentence comes first.
      const here = r.pronoun ? personIn(u, people, 0, a.from, true) : null;
      const before = u.index < 0 ? null : (here ?? (said ? pronounReferent(ctx, people, u.index) : personBefore(people, pos)));
      const topic = r.pronoun ? (before ?? personAfter(people, end)) : null;
      let text = titled ?? r.text ?? topic?.name ?? null;
      // "Spain's Salcedo", "Bayern Munich's Emil Sorvik": the person, without whose side they are on.
      if (text && !titled) text = text.replace(/^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu})/u, '');
      if (text) text = titled ?? byTitle.get(foldKey(text.replace(/^the\s+/i, ''))) ?? resolvePerson(people, text.replace(COURTESY, ''))?.name ?? text;
      // One mention per listed person: an award given to three people is three entries.
      for (const one of r.more && r.more.length > 1 ? r.more : [text]) {
        out.push({
          name: named,
          span: { start: toks[a.from]!.start, end: toks[a.to - 1]!.end },
          sentence: u.index,
          recipient: one,
          recipientScore: r.text ? r.score : 1,
          giver: null,
        });
      }
    }
    // "The medal was awarded posthumously to X", "X received the medal": only with a named recipient.
    const r = back && referent ? recipient(u, people, back) : NONE;
    for (const one of r.more && r.more.length > 1 ? r.more : r.text ? [r.text] : []) {
      const person = resolvePerson(people, one.replace(COURTESY, ''));
      const span = { start: toks[back!.from]!.start, end: toks[back!.to - 1]!.end };
      if (person) out.push({ name: referent!, span, sentence: u.index, recipient: person.name, recipientScore: r.score, giver: null });
    }
    if (back && referent && u.index >= 0) lastAward = { name: referent, sentence: u.index };
  }
  return out;
}

/** Awards of an English article, one per award and recipient. */
export function awards(ctx: FactContext, officials: OfficialFact[]): AwardFact[] {
  return mergeAwards(ctx, enAwardMentions(ctx, officials), enAwardKey);
}

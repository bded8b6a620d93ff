/**
 * Who an English award sentence is about: the subject of its verb (past auxiliaries, asides and
 * appositions), a quoted work, a described person ("the veteran"), or a counted group.
 */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { numberComma, slice } from '../../words';
import { peopleIn } from './award-parties';
import { listedUntil } from './honorees';
import { nameEnd } from './names';
import { appositionList, inlineTime, pairSubject } from './award-pair';
import { COUNTED_GROUP, personNoun } from './award-lexicon';
import { ASIDE, AUX, capRun, CONJ, COPULA, nounPhrase, personIn, quotedBefore, type Rec, TIME_WORD } from './award-phrase';

export * from './award-phrase';

// The subject of a verb starting at v: back over auxiliaries and a ", who …," aside to the clause start.
// A phrase opening a sentence before its subject: "At the awards function that followed, …".
const OPENING_PREP = /^(at|in|on|after|before|during|from|with|for|by|since|under|over|among|despite|when|while|as)$/i;

const [WORK_KIND, KIN] = [/^(novel|book|film|album|memoir|debut|collection|play|documentary|series|song|podcast)$/, /^(wife|husband|partner|son|daughter|brother|sister|father|mother)$/];

export function subject(u: Unit, people: readonly Person[], v: number): Rec {
  const { toks } = u;
  // ('Maren Oduya\'s "Low Country Psalm," a novel …, won X', "Orla Keaveney's third novel, The Tide Tables, was named X": the work's author.)
  const kind = (k: number): boolean => { const c = toks.findIndex((t, n) => n > k && n - k <= 4 && t.text === ','); return c > k + 1 && toks.slice(k + 1, c).every((t) => t.word && !t.cap) && WORK_KIND.test(toks[c - 1]!.lower); };
  const poss = toks.findIndex((t, k) => k > 0 && k < 6 && /^(’s|'s)$/.test(t.text) && (/^["“‘']$/.test(toks[k + 1]?.text ?? '') || kind(k)));
  if (poss > 0 && poss < v && !toks.slice(poss, v).some((t) => /^(who|which|and|;)$/.test(t.lower))) {
    const owner = personIn(u, people, 0, poss, true)?.name ?? (nameEnd(toks, 0) === poss ? capRun(u, 0, poss) : null);
    if (owner) return { text: owner, score: 2, pronoun: false };
  }
  // "He and his wife, Lorna Manalastas, …, were named X": the pronoun's person and the one named with them.
  const kin = /^(he|she)$/i.test(toks[0]?.text ?? '') && toks[1]?.lower === 'and' && /^(his|her)$/.test(toks[2]?.lower ?? '') && KIN.test(toks[3]?.lower ?? '') && toks[4]?.text === ',' && v > 6;
  const partner = kin ? (personIn(u, people, 5, Math.min(v, 9))?.name ?? capRun(u, 5, Math.min(v, nameEnd(toks, 5)))) : null;
  if (partner) return { text: null, score: 2, pronoun: true, earlier: true, also: [partner] };
  let e = v;
  // ("Both were presented with X": "both" opening the clause is its subject.)
  const opens = (k: number): boolean => /^(both|each|all)$/.test(toks[k]!.lower) && (k === 0 || !toks[k - 1]!.word);
  // ("She first took out X": an adverb of time or order too; "…, who was himself awarded X": a reflexive only stresses the subject.)
  while (e > 0 && (AUX.has(toks[e - 1]!.lower) || /^([a-z]+ly|first|then|later|earlier|once|again|finally|since|himself|herself|themselves)$/.test(toks[e - 1]!.text)) && !opens(e - 1)) e--;
  // "… were on Saturday presented with X", "was last week named X": a time between the auxiliary and the verb.
  const time = inlineTime(toks, e);
  if (time < e && AUX.has(toks[time - 1]?.lower ?? '')) {
    e = time;
    while (e > 0 && AUX.has(toks[e - 1]!.lower) && !opens(e - 1)) e--;
  }
  // ("A, who …, was among 38 people awarded X": the one among them.)
  // ("A, who as Nuapada Collector received X": past the role the relative clause gives.)
  const asRole = toks.findLastIndex((t, k) => k < e && e - k <= 5 && t.lower === 'as' && toks[k - 1]?.lower === 'who');
  if (asRole > 0 && toks.slice(asRole + 1, e).every((t) => t.cap && t.word)) e = asRole;
  const amongN = toks.findLastIndex((t, k) => k < e && e - k <= 4 && t.lower === 'among' && /^(was|were)$/.test(toks[k - 1]?.lower ?? ''));
  if (amongN > 0 && toks.slice(amongN + 1, e).every((t) => t.word && !t.cap)) e = amongN - 1;
  const pair = pairSubject(u, people, e);
  if (pair) return { text: pair[0]!, score: 2, pronoun: false, more: pair };
  // "Two Rotherham firms, A and B, both received X": the names in apposition to a counted group.
  // ("Two officers, A and B, were each awarded X": a plural verb after the closing comma.)
  // ("Two reporters of X, A and B, shared Y": a counted subject names its people between commas.)
  const counted = COUNTED_GROUP.test(toks[0]?.lower ?? '') && toks[e - 1]?.text === ',';
  const each = /^(both|all|each)$/.test(toks[e - 1]?.lower ?? '') ? e - 1 : counted || toks.slice(e, v).some((t) => /^(both|all|each|were|are|have)$/.test(t.lower)) ? e : -1;
  if (each > 0 && toks[each - 1]?.text === ',') {
    const named = appositionList(u, people, each - 1);
    if (named.length > 1) return { text: named[0]!, score: 2, pronoun: false, more: named };
    // "A, a former councillor, and B, who ran the tuck shop while it was …, were both awarded X": the two
    // people the sentence names before the verb, whatever their asides say.
    // ("A and his neighbour, B, each received X": the same, by "each".)
    const both = toks.slice(each, v).some((t) => /^(both|each)$/.test(t.lower)) ? peopleIn(u, people, 0, each - 1) : [];
    if (both.length === 2) return { text: both[0]!.name, score: 2, pronoun: false, more: both.map((p) => p.name) };
    // ("She and the passenger who helped her, Marcus Tilden, …, were both given X": the one "she" stands for, and B.)
    if (both.length === 1 && /^(he|she)$/i.test(toks[0]!.text) && toks[1]?.lower === 'and') return { text: null, score: 2, pronoun: true, earlier: true, also: [both[0]!.name] };
  }
  // "Three of her volunteers — A, B and C — were presented with X": the people between the dashes.
  if (/^[—–]$/.test(toks[e - 1]?.text ?? '')) {
    const open = toks.findLastIndex((t, k) => k < e - 1 && e - k < 30 && t.text === toks[e - 1]!.text);
    const listed = open >= 0 ? listedUntil(u, people, open + 1, toks[e - 2]!.end).map((h) => h.name) : [];
    if (listed.length > 1) return { text: listed[0]!, score: 2, pronoun: false, more: listed };
  }
  // "Police, whose squad was awarded X": the side the squad belongs to.
  // ("Adaeze Okonkwo-Bello, whose novel won X", "…, whose debut film won X": a work's prize is its maker's.)
  // ("B, whose middle-grade novel "Bus 44" won X": a quoted title after the work's kind.)
  // (… or a capitalised title with no quotes: "the trio Bluebottle Parade, whose Low Tide Choir was named X".)
  const bare = (k: number): boolean => toks.slice(k + 1, e).every((t) => t.cap && t.word);
  const titled = toks.findLastIndex((t, k) => k < e - 1 && e - k <= 10 && t.lower === 'whose' && (/^["”’']$/.test(toks[e - 1]?.text ?? '') || bare(k)));
  const w2 = toks[e - 2]?.lower === 'whose' ? e - 2 : toks[e - 3]?.lower === 'whose' && !toks[e - 2]!.cap ? e - 3 : titled;
  const whose = w2 > 0 && toks[w2 - 1]?.text === ',' && ((!toks[e - 1]!.cap && toks[e - 1]!.word) || w2 === titled) && !toks.slice(w2, e).some((t) => t.text === ',');
  if (whose) {
    const owner = personIn(u, people, Math.max(0, w2 - 8), w2 - 1, true)?.name ?? capRun(u, Math.max(0, w2 - 6), w2 - 1);
    if (owner) return { text: owner, score: 2, pronoun: false };
  }
  // "Three of those nurses, A, B and C, were among the health workers who received X": everyone listed.
  const among = toks[e - 1]?.lower === 'who' ? toks.findLastIndex((t, k) => k < e - 1 && t.lower === 'among' && /^(were|are)$/.test(toks[k - 1]?.lower ?? '') && toks[k - 2]?.text === ',') : -1;
  const amongList = among > 0 ? appositionList(u, people, among - 2) : [];
  if (amongList.length > 1) return { text: amongList[0]!, score: 2, pronoun: false, more: amongList };
  // "Tamsin Ochoa, a hydrogeologist at the Survey who won X": the person the relative clause hangs on.
  // ("Breakwater Atelier, a Halifax firm that won X": a body, by "that" or "which".)
  if (/^(who|that|which)$/.test(toks[e - 1]?.lower ?? '') && toks[e - 2]?.text !== ',') {
    const p = toks[e - 1]!.lower === 'who' ? personIn(u, people, 0, e - 1, true) : null;
    if (p) return { text: p.name, score: 2, pronoun: false };
    // (A name no list holds before its apposition: "Tamsin Ochoa, a …", "opened by Tharshan Yogarajah, a 17-year-old from K who won X".)
    const comma = toks.findLastIndex((t, k) => k < e - 1 && e - k <= 16 && t.text === ',');
    let from = comma;
    for (; from > 0 && comma - from < 4 && toks[from - 1]!.cap && toks[from - 1]!.word; ) from--;
    const named = comma - from >= 2 && /^(a|an|the)$/.test(toks[comma + 1]?.lower ?? '') ? capRun(u, from, comma) : null;
    if (named && nameEnd(toks, from) === comma) return { text: named, score: 2, pronoun: false };
  }
  // ("Ruth Kilsby, 74, of Mount Gambier, was named X": an age and where someone is from, both asides.)
  const whence = toks[e - 1]?.text === ',' ? toks.findLastIndex((t, k) => k < e - 2 && e - k <= 7 && t.text === ',') : -1;
  if (whence > 0 && /^(of|from)$/.test(toks[whence + 1]?.lower ?? '') && toks.slice(whence + 2, e - 1).every((t) => t.cap && t.word) && /^\d{1,3}$/.test(toks[whence - 1]?.text ?? '') && toks[whence - 2]?.text === ',') e = whence;
  if (toks[e - 1]?.text === ',') {
    // "She was made an MBE in 2012, was named X in 2013": a second verb after a whole clause shares its subject.
    const prev = /^(was|were)$/.test(toks[e]?.lower ?? '') ? toks.findIndex((t, k) => k < e - 2 && /^(was|were|is|are|has|had)$/.test(t.lower) && k > 0 && !/^[,;]$/.test(toks[k - 1]!.text)) : -1;
    // (Only when the verb sits in the stretch right before the comma: not "her quintet, the Shore Road Five, were voted".)
    const seg = toks.findLastIndex((t, k) => k < e - 1 && /^[,;:]$/.test(t.text));
    if (prev > seg && !toks.slice(prev, e - 1).some((t) => t.lower === 'who' || t.lower === 'which')) return subject(u, people, prev + 1);
    let c = e - 2;
    // (A semicolon or colon ends the search: "…; Matale spice processor K, named Best Exporter".)
    while (c > 0 && e - c < 24 && (toks[c]!.text !== ',' || numberComma(toks, c)) && !/^[;:]$/.test(toks[c]!.text)) c--;
    // (A long relative clause with no comma of its own: "A, who began … and now oversees a food bank that …, was named X".)
    const who = toks[c]?.text === ',' ? -1 : toks.findLastIndex((t, k) => k < e - 1 && e - k < 48 && t.lower === 'who' && toks[k - 1]?.text === ',' && !toks.slice(k, e - 1).some((x, n) => /^[,;:]$/.test(x.text) && !numberComma(toks, k + n)));
    if (who > 1) c = who - 1;
    // ", who …,", ", 38,", ", the former chief constable of …,", ", chief executive of …,": an aside.
    // "its battery-electric prime mover, the TF-2030, picked up …": an apposition naming what was described.
    // ("Its loyalty programme, IslaMiles, collected …": a one-word name without "the".)
    const the = toks[c + 1]?.lower === 'the' ? 1 : 0;
    // ("Sgt Irfan's unit, the Vehicle Profiling Team at Woodlands Checkpoint, was presented with X": where the team is, inside.)
    const naming = c > 1 && toks[c]!.text === ',' && (the === 1 || toks[c + 1]!.cap) && e - c >= 3 + the && e - c <= (the ? 10 : 7) && toks[c - 1]!.word && !toks[c - 1]!.cap &&
      toks.slice(c + 1 + the, e - 1).every((t, n, all) => t.cap || /^\d/.test(t.text) || t.text === '-' || (the === 1 && /^(at|of|in|and)$/.test(t.lower) && n > 0 && !!all[n + 1]?.cap)) && (the === 1 || /^(its|their|the)$/i.test(toks[0]!.text));
    if (naming) return { text: slice(u.source, toks, c + 1 + the, e - 1), score: 2, pronoun: false };
    // "His colleague, crew manager Rhian Evans, received …": a description, then a role and the name.
    const described = c > 0 && toks[c]!.text === ',' && !toks[c - 1]!.cap && !toks[c + 1]!.cap && toks.slice(c, e).filter((t) => !/^["“”]$/.test(t.text)).length <= 8;
    const roled = described ? (personIn(u, people, c + 1, e - 1)?.name ?? (e - 3 > c && nameEnd(toks, e - 3) === e - 1 ? capRun(u, c + 1, e - 1) : null)) : null;
    if (roled) return { text: roled, score: 2, pronoun: false };
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
  // ("a historian's book on Alcock and Brown is named …": a pair named inside a phrase is no new subject.)
  const inPhrase = (k: number): boolean => { let c = k - 1; while (c > 0 && toks[c]!.cap) c--; return c < k - 1 && !!toks[k + 1]?.cap && /^(on|about|of|by|between|with)$/.test(toks[c]!.lower); };
  const joinsPeople = (k: number): boolean => toks[k]!.lower === 'and' && (!!personIn(u, people, Math.max(0, k - 3), k) || inPhrase(k));
  // ("Hanthana Valley Teas (Pvt) Ltd": a bracketed word inside a name is no clause boundary.)
  // (… nor the quotes of a ring name: 'Calvin "Doc" Mabry'.)
  const inName = (k: number): boolean => (toks[k]!.text === '(' && !!toks[k - 1]?.cap && toks[k + 2]?.text === ')') || (/^["“”]$/.test(toks[k]!.text) && !!toks[k - 1]?.cap && !!toks[k + 1]?.cap);
  const back = (): void => { while (s > 0 && (!/^[,;:.—–(“"]$/.test(toks[s - 1]!.text) || inName(s - 1)) && !(CONJ.has(toks[s - 1]!.lower) && !toks[s - 1]!.cap && !joinsPeople(s - 1))) s--; };
  back();
  // ("Pilot A, paramedic B and Dr C received X": the earlier items of a list of people joined by "and".)
  // (A headline drops the "and": "Para swimmer A, late boxing coach B among five inducted into X".)
  const listed = (k: number): boolean => (u.index < 0 || toks.slice(s, e).some((_, n) => joinsPeople(s + n))) && people.some((p) => p.mentions.some((m) => !!m.source === u.index < 0 && m.span.end === toks[k]?.end));
  while (toks[s - 1]?.text === ',' && s > 1 && !!toks[s]?.word && !CONJ.has(toks[s]!.lower) && listed(s - 2)) {
    s -= 1;
    back();
  }
  const heads = u.index < 0 && toks.slice(s, e).some((t) => t.text === ',') ? peopleIn(u, people, s, e) : [];
  if (heads.length > 1) return { text: heads[0]!.name, score: 2, pronoun: false, more: heads.map((p) => p.name) };
  // ("A rice farmer from Talavera, Nueva Ecija, who …, was named X": the province of a place is no subject.)
  const from = toks.findLastIndex((t, k) => k < s - 1 && s - k <= 5 && /^(from|of|in)$/.test(t.lower));
  if (toks[s - 1]?.text === ',' && e - s <= 3 && toks.slice(s, e).every((t) => t.cap && t.word) && from > 0 && toks.slice(from + 1, s - 1).every((t) => t.cap && t.word)) {
    s -= 1;
    back();
  }
  // ("A scaffolder who drowned after pulling two children from a car that had rolled into the River Yare has been
  // awarded X": a conjunction inside the relative clause; the subject is the phrase before "who".)
  // (… or any conjunction after "A … who": "A doctor who has spent 17 years flying to stations and remote communities out of K has been named X".)
  const broad = !/ing$/.test(toks[s]?.lower ?? '') && /^(a|an)$/i.test(toks[0]?.text ?? '') && !/^(a|an)$/.test(toks[s]?.lower ?? '');
  const who = CONJ.has(toks[s - 1]?.lower ?? '') && (/ing$/.test(toks[s]?.lower ?? '') || broad) ? toks.findIndex((t, k) => k < s - 1 && t.lower === 'who' && toks[k - 1]?.word) : -1;
  // ("who" says it is a person: "A Gorleston scaffolder" is someone described, named next.)
  const head = who > 0 && !toks.slice(0, who).some((t) => /^[,;:]$/.test(t.text)) ? nounPhrase(u, people, 0, who, 2) : null;
  if (head) return head.text || head.bodyAhead || !/^(a|an)$/i.test(toks[0]!.text) ? head : { text: null, score: 2, pronoun: true, indefinite: true };
  // ("…, and in 2001 received X": a time between "and" and the verb.)
  if (s < e && /^(and|but)$/.test(toks[s - 1]?.lower ?? '') && /^(in|on|by|during|later|then)$/.test(toks[s]!.lower) && toks.slice(s + 1, e).every((t) => TIME_WORD.test(t.lower))) s = e;
  // "Gill scored 112 and was named player of the match": a second verb shares the first one's subject.
  if (s === e && /^(and|but)$/.test(toks[s - 1]?.lower ?? '')) {
    let c = s - 1;
    while (c > 0 && !/^[;:.—–(“"]$/.test(toks[c - 1]!.text)) c--;
    // (Only the person opening that clause: "The fund was established by A and has given …" is the fund's.)
    // ("Batting at No 5, Ahmed Raza struck 142 and was named …": past an opening phrase to its comma.)
    const lead = toks.findIndex((t, k) => k > c && k < s - 2 && k - c <= 6 && t.text === ',');
    if (lead > 0 && (/ing$|^(born|raised|educated|trained)$/.test(toks[c]!.lower) || OPENING_PREP.test(toks[c]!.text))) c = lead + 1; // (… "Born in Lerwick in 1948, A")
    const p = personIn(u, people, c, Math.min(s - 1, c + 4));
    const opens = p?.mentions.some((m) => !m.source && m.span.start <= (toks[c + 1]?.start ?? 0) && m.span.start >= toks[c]!.start);
    if (p && opens) return { text: p.name, score: 2, pronoun: false };
    // "…, Bev Stacey, who has worked … and was awarded X": the person the relative clause is about.
    const who = toks.findLastIndex((t, n) => n >= c && n < s - 1 && /^(who|which)$/.test(t.lower) && toks[n - 1]?.text === ',');
    const before = who > 0 ? personIn(u, people, Math.max(0, who - 8), who - 1, true) : null;
    if (before) return { text: before.name, score: 2, pronoun: false };
    let k = c;
    while (k < s - 1 && toks[k]!.cap && toks[k]!.word && !/^(the|a|an|he|she|they|it)$/i.test(toks[k]!.text)) k++;
    if (k > c) return nounPhrase(u, people, c, k, 2);
    // "He was appointed X …, and in 2001 received Y": the pronoun opening the first clause.
    if (/^(he|she|they)$/i.test(toks[c]?.text ?? '')) return { text: null, score: 2, pronoun: true };
    // "the six-foot-four shooter was voted X and also collected Y": a described person opening it.
    if (/^the$/i.test(toks[c]?.text ?? '') && toks.slice(c + 1, c + 5).some((t) => personNoun(t.lower))) return { text: null, score: 2, pronoun: true };
  }
  // "Captain X, who receives the Y": the relative pronoun stands for the noun phrase before it.
  // "Sergeant X, 1st Battalion, who …": the person opening the clause, past appositions.
  if (/^(who|which)$/.test(toks[s]?.lower ?? '') && toks[s - 1]?.text === ',') {
    let c = s - 1;
    while (c > 0 && !/^[;:.—–(]$/.test(toks[c - 1]!.text)) c--;
    // ("A, left, and B, who received X", "and Mi'kmaw elder Mary Louise Francis, who …", "and Upendo Massawe of Shinyanga, who …": the name after "and".)
    const and = toks.findLastIndex((t, k) => k >= c && k < s - 2 && t.lower === 'and');
    const last = and > 0 ? personIn(u, people, and + 1, s - 1) : null;
    // ("A, left, who received X, with rescue swimmer B, who was awarded Y": the name right before the comma, if the first has its own clause.)
    const near = personIn(u, people, c, s - 1, true);
    const own = toks.some((t, k) => k > c && k < s - 2 && t.lower === 'who');
    const closes = own && !!near?.mentions.some((m) => m.span.end === toks[s - 2]?.end);
    const atComma = (x: Person | null): boolean => !!x?.mentions.some((m) => m.span.end === toks[s - 2]?.end);
    const beside = (x: Person): boolean => x.mentions.some((m) => m.span.end === toks[s - 2]?.end && /^(beside|alongside|with|behind|joined|by)$/.test(toks.findLast((t) => t.end <= m.span.start)?.lower ?? ''));
    const e2 = and > 0 ? nameEnd(toks, and + 1) : -1;
    const whence = e2 - and > 2 && /^(of|from)$/.test(toks[e2]?.lower ?? '');
    // ("… holds his Silver Medal beside Wiremu Rāwiri, who received X": a person named right before the comma.)
    const p = last && (e2 === s - 1 || atComma(last) || whence) ? last : closes || (atComma(near) && beside(near!)) ? near : personIn(u, people, c, s - 1);
    if (!last && e2 - and > 2 && (e2 === s - 1 || whence)) return { text: capRun(u, and + 1, e2), score: 2, pronoun: false };
    return p ? { text: p.name, score: 2, pronoun: false } : subject(u, people, s - 1);
  }
  // "Reyes is the first Latin American to receive …": the subject of the copula, not its complement.
  if (toks[v - 1]?.lower === 'to') {
    const cop = toks.findIndex((t, k) => k > s && k < e && COPULA.test(t.lower) && /^(the|a|an)$/.test(toks[k + 1]?.lower ?? ''));
    // ("…, and on Friday became the first athlete to receive X": a time, then the copula, shares the first clause's subject.)
    const timed = cop > 0 && /^(and|but)$/.test(toks[s - 1]?.lower ?? '') && /^(in|on|by|during|later|then)$/.test(toks[s]!.lower) && toks.slice(s + 1, cop).every((t) => TIME_WORD.test(t.lower));
    if (timed) return subject(u, people, cop);
    if (cop > 0) e = cop;
  }
  // "A soldier who threw himself … in South Sudan has been awarded": the head ends at "who".
  // ("A researcher whose models now feed the forecasts for Kananaskis Country has been awarded": at "whose".)
  const rel = toks.findIndex((t, k) => k > s && k < e && (t.lower === 'who' || (t.lower === 'whose' && !toks[k - 1]!.cap && toks[k - 1]!.word)));
  if (rel > 0) e = rel;
  // "X, a former winner of Y,": an apposition without a name; the subject stands before the comma.
  // "Raymond Bush, the Vietnam War veteran who received …": so is a described person.
  // …, and "Marco Bellandi, the Italian who won …": a nationality as the noun.
  const described = toks.slice(s, e).every((t) => !t.cap) || personNoun(toks[e - 1]?.lower ?? '') || (e - s === 2 && toks[s + 1]!.cap);
  // "Councillor X, leader of Y, who …, is appointed MBE": a title as apposition, too.
  // ("its hybrid ferry, the MV Kestrel, which …": a name after a description is the subject itself.)
  const naming = toks[s]?.lower === 'the' && e - s > 1 && toks.slice(s + 1, e).every((t) => t.cap) && !!toks[s - 2]?.word && !toks[s - 2]!.cap;
  const apposition = (/^(a|an|the)$/.test(toks[s]?.lower ?? '') && described) || (toks[e]?.text === ',' && !!toks[s] && !toks[s]!.cap && toks[s]!.word && !personIn(u, people, s, e) && !naming);
  // ("At the awards function that followed, the shooter was voted …": an opening phrase, not a noun the description stands beside.)
  let o = s - 1;
  while (o > 0 && !/^[,;:.—–(“"]$/.test(toks[o - 1]!.text)) o--;
  // (… or a time clause: "More than four decades after she cut the song, the 78-year-old singer was inducted".)
  const opener = OPENING_PREP.test(toks[o]?.text ?? '') || toks.slice(o, Math.min(o + 6, s - 1)).some((t) => /^(after|before|since|later|ago|when|while)$/.test(t.lower));
  if (s < e && toks[s - 1]?.text === ',' && apposition && !opener) {
    return subject(u, people, s - 1);
  }
  return nounPhrase(u, people, s, e, 2);
}

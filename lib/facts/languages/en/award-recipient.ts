/**
 * The recipient of one English award, read from its sentence: "<Award> winner Y", "the prize went to
 * Y", "Y won X", "Y was named X", "X … for Cate Blanchett", "A, B and C are this year's recipients of X".
 */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { slice } from '../../words';
import { EN_WIN, HOLDERS, POSS_YEAR } from './award-lexicon';
import type { EnAwardSpan } from './award-find';
import { afterFor, allAfterColon, alsoGiven, amongThem, copulaWinner } from './award-inverted';
import { activeTo, categoryFor, namedItem, cellBefore, endOfClause, listHead, openingApposition, pastOwner, pinnedOn } from './award-parties';
import { listedFrom, listedUntil } from './honorees';
import { nameEnd } from './names';
import { BETWEEN, capRun, NONE, nounPhrase, personIn, PRONOUN, type Rec, sentenceSubject, subject, WIN_WORD } from './award-subject';
import { afterColon, colonList, commaTo, holderNamed, namedAfter, withRecipient, gappedTo, pluralBefore, sharedWith, whichGave, yearsWinner } from './award-agents';
import { amongHolders, givenToWhom, kinAccepts, namedAsHolders, onBehalf, semicolonItems, splitBetween, winnersAfterColon, wonBy } from './award-by';
import { participleTo, toWhom } from './award-to';
import { passiveTo } from './award-passive';
import { nameBeforeBracket } from './award-items';

export function recipient(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec {
  const { toks } = u;
  const j = a.to;
  const w = (k: number): string => toks[k]?.lower ?? '';
  if (w(a.from) === 'knighted' || (w(a.from) === 'mentioned' && toks[j]?.text !== ':')) return subject(u, people, a.from);
  const following = participleTo(u, people, j) ?? namedItem(u, people, a) ?? givenToWhom(u, people, a) ?? onBehalf(u, people, j) ?? splitBetween(u, people, a) ?? commaTo(u, people, j, a.from) ?? pinnedOn(u, people, a) ?? categoryFor(u, people, a) ?? cellBefore(u, people, a) ?? nameBeforeBracket(u, a);
  if (following) return following;
  const listed = colonList(u, people, j);
  if (listed.length) return { text: listed[0]!, score: 3, pronoun: false, more: listed };
  const them = [allAfterColon(u, people, a), amongThem(u, people, j), alsoGiven(u, people, a)].find((x) => x.length);
  if (them) return { text: them[0]!, score: 3, pronoun: false, more: them };
  const won = wonBy(u, people, j);
  if (won) return won;
  const agent = afterColon(u, people, j, a.from === 0) ?? copulaWinner(u, people, a);
  if (agent || whichGave(u, j)) return agent ? { text: agent, score: 3, pronoun: false } : { text: null, score: 2, pronoun: true };
  const titled = holderNamed(u, people, a);
  if (titled) return titled;
  const items = winnersAfterColon(u, people, a);
  if (items) return items;
  // "X awarded the medal to A and B", "the prize went to A": the person after "to", never X.
  const to = Math.max(activeTo(u, a.from, j), passiveTo(u, j));
  if (to > 0) return toWhom(u, people, to);
  if (w(j + 1) === 'won' && w(j + 2) === 'by') return nounPhrase(u, people, j + 3, endOfClause(u, j + 3), 3);
  const named = namedAfter(u, people, a);
  if (named) return named;
  const thisYears = yearsWinner(u, people, j);
  if (thisYears) return { text: thisYears, score: 2, pronoun: false };
  // "The Lasker Award for clinical research this year honours Dr. Omar Faris".
  let h = j;
  if (/^(this|next|last)$/.test(w(h)) && /^(year|month|week|season)$/.test(w(h + 1))) h += 2;
  if (/^(honours|honors|recognises|recognizes|celebrates)$/.test(w(h))) {
    const listed = listedFrom(u, people, h + 1).map((x) => x.name);
    if (listed.length) return { text: listed[0]!, score: 3, pronoun: false, more: listed };
  }
  const gapped = gappedTo(u, people, a.from, j);
  if (gapped) return { text: gapped, score: 3, pronoun: false };
  // "…, as did his co-star Ruby Kwan for Best Supporting Actress": the person after "did".
  if (w(a.from - 1) === 'for') {
    const did = toks.findLastIndex((t, k) => k < a.from - 1 && a.from - k < 10 && t.lower === 'did' && /^(as|so)$/.test(w(k - 1)));
    const p = did >= 0 ? listedFrom(u, people, did + 1)[0] : undefined;
    if (p) return { text: p.name, score: 2, pronoun: false };
  }
  // "Winnipeg poet Tanya Okimaw won the poetry award for Red River Psalter": "for" the work, not its winner.
  const wonBySubject = [1, 2, 3].some((d) => EN_WIN.match(toks, a.from - d)?.end === a.from || (w(a.from - 1) === 'the' && EN_WIN.match(toks, a.from - 1 - d)?.end === a.from - 1));
  const forWhom = w(j) === 'for' ? afterFor(u, people, a, wonBySubject) : null;
  if (forWhom) return { text: forWhom, score: 3, pronoun: false };
  // "Winners included Sara Ming for best actress and Paul Dunn for best actor": the name before "for".
  if (w(a.from - 1) === 'for' && toks.slice(0, a.from).some((t) => /^(winners?|won|wins|included|includes|honou?red)$/.test(t.lower))) {
    const end = toks[a.from - 2]?.end;
    const p = people.find((x) => x.mentions.some((m) => !m.source && m.span.end === end && m.span.start >= (toks[0]?.start ?? 0)));
    if (p) return { text: p.name, score: 2, pronoun: false };
  }
  let b = a.from;
  // ("received a posthumous Lifetime Achievement Award": past a word that only describes the giving.)
  while (b > 0 && (/^(the|a|an)$/.test(w(b - 1)) || (/^(posthumous|honorary|special|inaugural|group|joint|team|unit|overall)$/.test(w(b - 1)) && /^(the|a|an)$/.test(w(b - 2))))) b--;
  // ("received Agaciro, the National Order of Honour": the award's own name before its gloss is the award too.)
  const native = w(b - 1) === ',' ? [2, 3, 4].map((d) => b - 1 - d).find((k) => { const m = EN_WIN.match(toks, k); return !!m && m.end < b - 1 && toks.slice(m.end, b - 1).every((t) => t.cap && t.word); }) : undefined;
  if (native !== undefined) b = EN_WIN.match(toks, native)!.end;
  // "… gave him its highest honour, the Gold Medal of …": the award in apposition to what was given.
  const noun = w(b - 1) === ',' ? toks.findLastIndex((t, k) => k < b - 1 && b - k <= 6 && /^(honou?r|award|prize|medal|accolade|distinction)$/.test(t.lower)) : -1;
  const pos = noun > 0 ? toks.findLastIndex((t, k) => k < noun && noun - k <= 3 && /^(its|their|the)$/.test(t.lower)) : -1;
  if (pos > 1 && /^(gave|give|gives|awarded|presented|handed)$/.test(w(pos - 2)) && PRONOUN.has(w(pos - 1)) && w(pos - 1) !== 'it') return { text: null, score: 2, pronoun: true };
  // ("Keele, 36, received the department's highest honor, the Medal of Valor": what was received, past its description.)
  const described = noun > 0 ? toks.findLastIndex((t, k) => k < noun && noun - k <= 5 && /^(the|its|their|his|her|a|an)$/.test(t.lower)) : -1;
  if (described > 0 && [1, 2, 3].some((d) => EN_WIN.match(toks, described - d)?.end === described)) b = described;
  // An honours list line: "Hamish Munro, chief executive of the Highland Hospice – MBE, for services to …".
  if (/^[–—-]$/.test(toks[b - 1]?.text ?? '') && toks[0]?.cap) {
    const stop = toks.findIndex((t) => /^[,(–—-]$/.test(t.text));
    const p = stop > 0 ? (personIn(u, people, 0, stop)?.name ?? capRun(u, 0, stop)) : null;
    if (p) return { text: p, score: 3, pronoun: false };
  }
  // "Paolo Dizon, the 2024 Rookie of the Year, scored 27": an apposition names its holder.
  let c = b;
  while (c > 0 && /^(\d{4}|last|this|season|year|’s|'s)$/.test(w(c - 1))) c--;
  while (c > 0 && /^(the|a|an)$/.test(w(c - 1))) c--;
  // (… also "the X Player of the Year in 2025,".)
  const after = /^(in|since)$/.test(w(j)) && /^\d{4}$/.test(w(j + 1)) ? j + 2 : j;
  // ("…included: A, Irish Language Book of the Year, for Cladach; and B, …": a winners list's items.)
  const inList = toks.slice(0, c).some((t) => t.text === ':' || t.text === ';');
  // ("Also honored were A of Tacurong City, Sultan Kudarat, Outstanding Young Farmer;": the item's first name.)
  const itemStart = inList || w(0) === 'also' ? toks.findLastIndex((t, k) => k < c && /^(;|:|were|are|included)$/.test(t.lower)) : -1;
  const first = itemStart >= 0 && w(c - 1) === ',' && /^[;.]$/.test(w(after)) ? listedFrom(u, people, itemStart + 1)[0] : undefined;
  if (first) return { text: first.name, score: 2, pronoun: false };
  if ((c < a.from || inList) && w(c - 1) === ',' && /^[,;.]$/.test(w(after)) && !EN_WIN.match(toks, c - 2)) {
    const p = personIn(u, people, Math.max(0, c - 6), c - 1, true)?.name ?? capRun(u, Math.max(0, c - 4), c - 1);
    if (p) return { text: p, score: 2, pronoun: false };
  }
  const withWhom = withRecipient(u, people, b);
  if (withWhom) return withWhom;
  // "… earned her the award", "… gave her its Penrose Medal": the object pronoun receives it.
  const q = /^(its|their)$/.test(w(b - 1)) && PRONOUN.has(w(b - 2)) ? b - 1 : b;
  if (q < b && /^(gave|gives|give|awarded|awards|presented|handed|sent)$/.test(w(q - 2))) return { text: null, score: 2, pronoun: true };
  // "The Institute of Jamaica gave her the Silver Musgrave Medal": the object pronoun after a giving verb.
  if (b < a.from && PRONOUN.has(w(b - 1)) && w(b - 1) !== 'it' && /^(gave|gives|give|awarded|awards|presented|handed|sent)$/.test(w(b - 2))) return { text: null, score: 2, pronoun: true };
  // "the government conferred on him the Chaconia Medal", "bestowed upon Dr Lee the X": who it was conferred on.
  const on = toks.findLastIndex((t, k) => k < b && b - k <= 6 && /^(on|upon)$/.test(t.lower) && /^(conferred|bestowed)$/.test(w(k - 1)));
  if (on >= 0 && b - on === 2 && PRONOUN.has(w(on + 1))) return { text: null, score: 2, pronoun: true };
  const onWho = on >= 0 ? (personIn(u, people, on + 1, b)?.name ?? capRun(u, on + 1, b)) : null;
  if (onWho) return { text: onWho, score: 3, pronoun: false };
  // "… and the Gold Musgrave Medal followed in 2011" (or "and in 2009 the X followed"): a further honour of the sentence's person.
  const opener = /^(in|by)$/.test(w(b - 2)) && /^\d{4}$/.test(w(b - 1)) ? b - 2 : b;
  if (/^(followed|came|arrived)$/.test(w(j)) && /^(and|;|,)$/.test(w(opener - 1))) return { text: null, score: 1, pronoun: true };
  // (Not "A receives her X": after a verb of receiving the pronoun owns the award; the subject got it.)
  if (PRONOUN.has(w(b - 1)) && EN_WIN.match(toks, b - 2)?.end === b - 1 && !/^(receives?|received|receiving|collects?|collected|accepts?|accepted)$/.test(w(b - 2))) {
    // "Ahmed, whose work on malaria earned him the prize,": the person before "whose".
    const whose = toks.findLastIndex((t, k) => k < b - 2 && b - k < 14 && t.lower === 'whose' && toks[k - 1]?.text === ',');
    // ("the son of a steelworker at the melting shop, whose work earned him X": someone unnamed.)
    const art = whose > 0 ? toks.findLastIndex((t, k) => k < whose && whose - k <= 8 && /^(a|an)$/.test(t.lower)) : -1;
    if (art >= 0 && !personIn(u, people, art, whose - 1)) return NONE;
    const p = whose > 0 ? (personIn(u, people, Math.max(0, whose - 6), whose - 1, true)?.name ?? capRun(u, Math.max(0, whose - 4), whose - 1)) : null;
    return p ? { text: p, score: 2, pronoun: false } : { text: null, score: 2, pronoun: true };
  }
  // "was conferred with the national honour of Commander of the Order of the Niger": past what kind of honour it is.
  if (w(b - 1) === 'of' && /^(honou?r|title|rank|decoration|award|distinction)$/.test(w(b - 2))) {
    b -= 2;
    while (b > 0 && /^(the|a|an|national|highest|rare|prestigious|civilian|military)$/.test(w(b - 1))) b--;
  }
  // "the winner of this year's X": the year belongs to the phrase, not the name.
  if (POSS_YEAR.test(w(b - 1)) && /^(this|last|next)$/.test(w(b - 2))) b -= 2;
  else if (/^(’s|'s)$/.test(w(b - 1)) && /^year$/.test(w(b - 2)) && /^(this|last|next)$/.test(w(b - 3))) b -= 3;
  // "was named the league's Player of the Season", "were named Central Luzon's X": past an owner in front of the award.
  b = pastOwner(toks, b);
  while (b > 0 && (BETWEEN.has(w(b - 1)) || /^([a-z]+-level|the)$/.test(w(b - 1)) || /^(\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(w(b - 1)) || (/^(’s|'s)$/.test(w(b - 1)) && BETWEEN.has(w(b - 3))))) b -= /^(’s|'s)$/.test(w(b - 1)) ? 2 : 1;
  // "the winner of X", "Crowe was among the 12 recipients of X", "one of three laureates of X".
  if (w(b - 1) === 'of' && HOLDERS.test(w(b - 2))) {
    let k = b - 2;
    // (… and past an adverb between commas: "He was also named, posthumously, the winner of X".)
    while (k > 0 && (/^(the|a|an|among|one|of|herself|himself|themselves|itself|also|former|past|previous|joint|named|declared|\d+|two|three|four|five|six|seven|eight|nine|ten|first|latest|youngest|oldest|this|last|next|year|year’s|year's|’s|'s|[a-z]+-time)$/.test(w(k - 1)) || (w(k - 1) === ',' && /ly$/.test(w(k - 2)) && w(k - 3) === ','))) k -= w(k - 1) === ',' ? 3 : 1;
    // "A former winner of the X award in 2018, he was made …": the subject after the opening apposition.
    const comma = k === 0 ? toks.findIndex((t, n) => n >= j && n - j <= 3 && t.text === ',') : -1;
    if (comma > 0) return PRONOUN.has(w(comma + 1)) ? { text: null, score: 2, pronoun: true } : nounPhrase(u, people, comma + 1, Math.min(toks.length, nameEnd(toks, comma + 1)), 2);
    // "A, B and C are this year's recipients of the Cultural Medallion": every person of the subject.
    if (/^(are|were)$/.test(w(k - 1))) {
      // Past a dateline ("SINGAPORE – …").
      const from = /^[–—-]$/.test(toks[1]?.text ?? '') && toks[0]!.text === toks[0]!.text.toUpperCase() ? 2 : 0;
      const all = listedUntil(u, people, from, toks[k - 1]!.start).map((h) => h.name);
      if (all.length > 1) return { text: all[0]!, score: 2, pronoun: false, more: all };
    }
    const v = /^(this|last)$/.test(w(j)) && w(j + 1) === 'year' ? j + 2 : j; // "Previous winners of the Forbes award include A and B" (past "this year")
    if (/^(include|included|includes|are|were)$/.test(w(v))) {
      const [plain, items] = [listedFrom(u, people, v + 1).map((h) => h.name), semicolonItems(u, people, v + 1)];
      const listed = items.length > plain.length ? items : plain;
      return listed.length ? { text: listed[0]!, score: 2, pronoun: false, more: listed } : NONE;
    }
    return namedAsHolders(u, people, k) ?? (/^(each|every|all|any)$/.test(w(b - 3)) ? NONE : subject(u, people, k)); // ("each recipient of the award would receive …": anyone)
  }
  const among = amongHolders(u, people, b, j);
  if (among) return among;
  const opening = openingApposition(u, people, a);
  if (opening) return opening;
  // "named retired teacher Grace Field as the 2026 Citizen of the Year" (and "picked poet Ama Lee, 24, for the X Award"): the person before "as".
  if (w(b - 1) === 'as' || w(b - 1) === 'for') {
    const v = toks.findLastIndex((t, k) => k < b - 1 && b - k < 12 && (w(b - 1) === 'as' ? /^(named|voted|crowned|chose|chosen|selected|picked)$/ : /^(chose|selected|picked)$/).test(t.lower));
    const p = v >= 0 ? (personIn(u, people, v + 1, b - 1)?.name ?? capRun(u, v + 1, b - 1)) : null;
    if (p) return { text: p, score: 3, pronoun: false };
  }
  // "the Arts Council named the Akwaaba Rhythm Kings its Dance Band of the Year": the verb's object (past its apposition: "named A, a rail operator who …, its X").
  if (b < a.from) {
    // "the force gave the whole Lunenburg District RCMP detachment a Commanding Officer's Commendation" ("A picture … earned Hadija Nalwanga the Photojournalism award").
    const apposed = w(b - 1) === ',' ? toks.findLastIndex((t, k) => k < b - 1 && b - k < 30 && /^(named|crowned|voted|declared)$/.test(t.lower) && toks.slice(k + 2, k + 5).some((x) => x.text === ',')) : -1;
    const v = apposed >= 0 ? apposed : toks.findLastIndex((t, k) => (k < b - 1 || (k === b - 1 && PRONOUN.has(w(b)))) && b - k < 10 && /^(named|crowned|voted|declared|made|gave|gives|give|handed|awarded|presented|earned|earns|earning|brought|won)$/.test(t.lower));
    if (v >= 0 && !/^(was|were|been|is|are|be|being|get|got)$/.test(w(v - 1))) {
      if ((b - v === 2 || b - v === 1) && PRONOUN.has(w(v + 1))) return { text: null, score: 2, pronoun: true }; // (… "named her its X")
      const cap = toks.findIndex((t, k) => k > v && k < b && t.cap);
      const body = cap > 0 && b - cap <= 6 && toks.slice(cap, b).every((t) => t.word) ? slice(u.source, toks, cap, b) : null; // ("the whole … RCMP detachment")
      const e = apposed >= 0 ? toks.findIndex((t, k) => k > v && t.text === ',') : b;
      const p = personIn(u, people, v + 1, e)?.name ?? capRun(u, v + 1, e) ?? body;
      if (p) return { text: p, score: 3, pronoun: false };
    }
  }
  // "Oliver Wynn was Young Citizen of the Year", "Tsikana was already a Member of the Order of X": what its holder is.
  const cop = /^(already|also|once|still)$/.test(w(b - 1)) ? b - 2 : b - 1;
  if (/^(was|is|became|becomes)$/.test(w(cop)) && (/(of the year|MVP)$/i.test(slice(u.source, toks, a.from, a.to)) || (/^(Member|Officer|Companion|Commander|Fellow) of /.test(slice(u.source, toks, a.from, a.to))))) return subject(u, people, cop);
  // "X beat Y … to (the prize for) Z", "Eastwood pipped Scorsese to best director".
  if (w(b - 1) === 'to') {
    for (let k = b - 2; k >= 0 && b - k < 16; k--) if (/^(beat|beats|pipped|beating)$/.test(w(k))) return subject(u, people, k);
  }
  const head = w(b - 1) === 'in' && /^(gold|silver|bronze)$/.test(w(b - 2)) ? b - 2 : listHead(toks, b); // ("won gold in the X Award")
  for (let k = Math.max(0, head - 3); k < head; k++) {
    const verb = EN_WIN.match(toks, k);
    if (verb?.end !== head) continue;
    // "The Royal Society awarded its Copley Medal": "awarded its" names the giver, not the winner.
    const own = /^(its|their)$/.test(w(a.from - 1)) || /^(its|their)$/.test(w(b));
    if (verb.value === 'passive' && own && !/^(was|were|is|are|been|be|being)$/.test(w(k - 1))) return NONE;
    // "In addition to becoming a dame, she …", "…, winning outstanding drama series": the sentence's person.
    // ("A salutes after receiving X": the subject of the verb before "after"; "A, right, with B after receiving X": the sentence's.)
    const after = /^(after|before|upon|while)$/.test(w(k - 1)) && k >= 3;
    const main = after && toks[k - 2]!.word && !toks[k - 2]!.cap && !/^(was|were|is|are|been|be|has|have|had)$/.test(w(k - 2));
    if (toks[k]!.lower.endsWith('ing')) return main ? subject(u, people, k - 2) : after || toks[k - 1]?.text === ',' ? sentenceSubject(u, people) : { text: null, score: 1, pronoun: true };
    // "…, having been made a Member of …": a perfect participle's subject is the sentence's too.
    const having = w(k - 1) === 'having' ? k - 1 : w(k - 1) === 'been' && w(k - 2) === 'having' ? k - 2 : -1;
    if (having > 0) return toks[having - 1]?.text === ',' ? sentenceSubject(u, people) : { text: null, score: 1, pronoun: true };
    if (kinAccepts(u, k)) return NONE;
    const r = subject(u, people, k);
    // "Dr. A, a director at X, and Dr. B of Y shared the prize", "A of X, B of Y and C of Z were awarded …":
    // a plural subject lists its people with their asides.
    if (r.text && !r.more && (/^(shared|share)$/.test(w(k)) || pluralBefore(toks, k))) {
      // (From the clause's start: "The series won X, and in 1984 A and his producer, B, shared Y".)
      let from = toks.findLastIndex((t, n) => n < k && (t.text === ';' || (/^(and|while|whereas)$/.test(t.lower) && toks[n - 1]?.text === ','))) + 1;
      while (/^(in|on|by)$/.test(w(from)) && /^\d{4}$/.test(w(from + 1))) from += 2;
      const whole = listedUntil(u, people, 0, toks[k]!.start).map((h) => h.name);
      const all = whole.length > 1 ? whole : listedUntil(u, people, from, toks[k]!.start).map((h) => h.name);
      if (all.length > 1 && all.includes(r.text)) return { ...r, text: all[0]!, more: all };
    }
    const others = sharedWith(u, people, k, j);
    // "In 1987 she shared the prize with A": the pronoun's person and A.
    if (others.length && !r.text && r.pronoun) return { ...r, also: others };
    return others.length && r.text ? { ...r, more: [r.text, ...others] } : r;
  }
  if (/(category|section)$/.test(slice(u.source, toks, a.from, a.to)) && toks.some((t) => WIN_WORD.test(t.lower))) {
    const p = personIn(u, people, 0, toks.length);
    return p ? { text: p.name, score: 1, pronoun: false } : NONE;
  }
  return NONE;
}

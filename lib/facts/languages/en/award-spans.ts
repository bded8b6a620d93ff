/** The award spans of one English sentence, read left to right: the finder award-find.ts describes. */
import { withTranslations } from '../../awards-merge';
import type { Tok } from '../../words';
import { orderRankEnd } from './award-orders';
import { andAfter, bracketed, givenPlural, pastLevel, titledBefore, headAwardSpan, namedCategorySpan, ofAwardSpan, nativeStart, ofOwner, withNativeName } from './award-joins';
import { championTitle, titleAfterWin, yearTitle } from './award-titles';
import { DET, metalNamed, namedBody, nightOf, notGiven, passedExam, placed, signedBy } from './award-shape';
import { capCategoryEnd, categoryInView, isCategoryStart, lowerCategorySpan, ownerFor, sectionFrom } from './award-categories';
import { COMPETITION, CONTEST_PART, EN_AWARD_NAMES, EN_AWARD_NOUNS, EN_GENERIC_NOUNS, EN_ORDER_RANKS, EN_WIN, FUNDED, categoryHonour, MONEY, namedHonour, PLANNED, PROPOSED, RANKED } from './award-lexicon';
import { capsBefore, category, classAfter, complement, counted, given, longerAhead, lowerCategory, modifier, POSS, winBefore, wonAfter, YEAR } from './award-extent';
import { type EnAwardSpan, opensLower, PLACE_AFTER } from './award-find';

/** Award spans of one sentence, left to right, without the ones only nominated for. */
export function enAwardSpans(toks: readonly Tok[], aside?: EnAwardSpan[]): EnAwardSpan[] {
  const out: EnAwardSpan[] = [];
  const push = (from: number, to: number, won: boolean): void => {
    if (/^(each|every|all|both|any|another)$/i.test(toks[from]!.text) && to - from > 1) from++; // ("Each Khel Ratna winner receives …")
    if (toks[from - 1]?.lower === 'no' || toks[from]!.lower === 'no') return; // ("received no medal for that result")
    const last = out[out.length - 1];
    // "Champions League trophy", "World Cup": a competition, not an honour ("Best Drama Series" is a category, "World Cup Golden Boot" and "American League Cy Young Award" awards).
    const category = isCategoryStart(toks, from) || EN_AWARD_NAMES.match(toks, from)?.end === to ||
      /^(award|prize|medal|year|season|month|week|match|series|game|tournament)$/.test(toks[to - 1]?.lower ?? '');
    // "won a gold medal at the 2015 SEA Games", "an Olympic bronze medal": a result (not "the Royal … Association's bronze medal").
    if (/^medals?$/.test(toks[to - 1]?.lower ?? '') && /^(gold|silver|bronze)$/.test(toks[to - 2]?.text ?? '') && !POSS.has(toks[to - 3]?.text ?? '')) return;
    if ((last && from < last.to) || (!category && !championTitle(toks, from, to) && toks.slice(from, to).some((t, n) => COMPETITION.test(t.lower) && (t.lower !== 'grand' || /^(slam|prix|final)$/i.test(toks[from + n + 1]?.text ?? ''))))) return; // (not "the Grand Companion of Freedom")
    // "the top of the Quaid-e-Azam Trophy table", "the Ranfurly Shield final": a contest, not an honour.
    if (CONTEST_PART.test(toks[to]?.lower ?? '') || namedBody(toks, to) || notGiven(toks, to)) return; // (… and "the George Cross Committee", "X was not given")
    // "the Turing Award, often called the Nobel Prize of computing": a likeness, not the award.
    const native = nativeStart(toks, from, to);
    const own = native >= 0 ? native : from;
    const the = /^(the|a|an)$/.test(toks[own - 1]?.lower ?? '') ? own - 1 : own;
    // ("ranks second only to the Victoria Cross": a comparison.)
    const likened = toks[the - 1]?.lower === 'to' && /^(only|next|equal|equivalent|comparable|similar|second)$/.test(toks[the - 2]?.lower ?? '');
    if (likened || /^(called|dubbed|nicknamed|like|equivalent)$/.test(toks[the - 1]?.lower ?? '') || (toks[the - 1]?.lower === 'as' && toks[the - 2]?.lower === 'known')) return;
    if (nightOf(toks, the) || passedExam(toks, the)) return;
    // "the 2026 Booker prize", "Booker Prize 2026": the year or edition is part of the name.
    if (YEAR.test(toks[from - 1]?.text ?? '') && !(last && from - 1 < last.to)) from--;
    if (YEAR.test(toks[to]?.text ?? '') && toks[to - 1]?.word) to++;
    to = bracketed(toks, to);
    // ("the Order of the Eagle of Zambia, Third Division": its class after a comma belongs to the name.)
    to = classAfter(toks, to);
    const before = toks.slice(Math.max(0, from - 7), from);
    const upFor = before.some((t, k) => t.lower === 'up' && before[k + 1]?.lower === 'for');
    const nominated = /^(nominations?|nominee|nod)$/.test(toks[to]?.lower ?? '');
    // "she would nominate two marshals who carried … for a Lord Mayor's Award", "put him forward for X".
    // ("would propose a new X Award", "is considering a Y Award", "a proposal for a new Z Medal": an award not yet made.)
    const lead = toks.slice(Math.max(0, own - 6), own);
    const verb = lead.findIndex((t) => PLANNED.test(t.lower));
    const planned = verb >= 0 && lead.slice(verb).some((t) => /^(a|an)$/.test(t.lower)) && !lead.slice(verb).some((t) => /^[,;]$/.test(t.text));
    // ("Each recipient of a X will also …": anyone who holds it, no award given here.)
    const anyHolder = toks[the - 1]?.lower === 'of' && /^(recipient|winner|holder)s?$/.test(toks[the - 2]?.lower ?? '') && /^(each|every|any|all)$/.test(toks[the - 3]?.lower ?? '');
    const proposed = planned || anyHolder || (toks[the - 1]?.lower === 'for' && toks.slice(Math.max(0, the - 18), the - 1).some((t) => PROPOSED.test(t.lower)));
    let funded = false;
    // ("Grant" the surname is no grant, nor is the verb: "voted to grant the Freedom of the Borough to …".)
    const granting = (k: number): boolean => /^grants?$/.test(toks[k]!.lower) && (toks[k]!.cap || (k === the - 1 && the < own) || toks[k - 1]?.lower === 'to');
    for (let k = the - 1; k >= 0 && the - k <= 18 && !/^[.;,]$/.test(toks[k]!.text); k--) funded ||= FUNDED.test(toks[k]!.lower) && !granting(k);
    if (!upFor && !proposed && !funded && !nominated && !placed(before)) out.push({ from, to, won });
    // (Named but not won here: a later "that award" still means it.)
    else if (!funded) aside?.push({ from, to, won: false });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap && !opensLower(t.lower)) continue;
    // "a Dame Companion of the New Zealand Order of Merit", "Members of the Order of Australia".
    const rank = orderRankEnd(toks, i);
    if (rank > 0) {
      push(i, rank, true);
      i = rank - 1;
      continue;
    }
    const order = EN_ORDER_RANKS.match(toks, i);
    if (order && t.cap) {
      let e = order.end + (toks[order.end]?.lower === 'the' ? 1 : 0);
      while (e < toks.length && toks[e]!.cap) e++;
      push(i, e, true);
      i = e - 1;
      continue;
    }
    let lex = EN_AWARD_NAMES.match(toks, i);
    // "Tony" is a first name too: an award only as "Tony winner", "Tony award(s)".
    if (lex && t.lower === 'tony' && lex.end === i + 1 && !/^(winner|winners|award|awards|winning)$/.test(toks[i + 1]?.lower ?? '')) lex = null;
    // "Pulitzer Prize for Breaking News", "Nobel Peace Prize": the fuller capitalised name wins.
    const noun = lex ? [0, 1, 2].map((d) => lex.end + d).find((k) => toks[k]?.cap && EN_AWARD_NOUNS.has(toks[k]!.lower)) : undefined;
    if (noun !== undefined && toks.slice(lex!.end, noun).every((x) => x.cap)) continue;
    // ("were given the key to the city": a long honour in lower case.)
    if (lex && (t.cap || /^(obe|mbe|cbe|kbe|dbe|bem)$/.test(t.lower) || /^(knighthood|damehood|peerage)s?$/.test(t.lower) || (lex.end - i >= 4 && winBefore(toks, i)))) {
      // "Pulitzer prize", "Turner prize": a lower-case award noun still belongs to the name (not "her … Hall of Fame trophy").
      let lexEnd = lex.end;
      if (!toks[lexEnd]?.cap && EN_AWARD_NOUNS.has(toks[lexEnd]?.lower ?? '') && !(toks[lexEnd - 1]!.lower === 'fame' && toks[lexEnd]!.lower !== 'award')) lexEnd++;
      // "the Nobel peace prize": a lower-case field before the noun ("the Freedom of the Borough of Hartlepool": which borough).
      else if (/^(peace|literature|physics|chemistry|economics|medicine)$/.test(toks[lexEnd]?.lower ?? '') && toks[lexEnd + 1]?.lower === 'prize') lexEnd += 2;
      else if (lexEnd + 1 < toks.length && namedHonour(toks, lexEnd + 1)) lexEnd += 2; // ("the Kala Suri national honour")
      else if (/^(city|borough|town|county)$/.test(toks[lexEnd - 1]!.lower) && toks[lexEnd]?.lower === 'of' && toks[lexEnd + 1]?.cap) for (lexEnd += 1; toks[lexEnd]?.cap && toks[lexEnd]!.word; ) lexEnd++;
      const hasNoun = EN_AWARD_NOUNS.has(toks[lexEnd - 1]!.lower);
      // "International Booker prize": capitalised words before a named prize are part of it.
      let from = toks[i - 1]?.lower === 'honorary' ? i - 1 : i;
      // "International Booker prize", "Baseball Hall of Fame", "NL Cy Young": the words before belong to it.
      const long = lex.end - i >= 2;
      const acronym = /^[A-Z]{2,4}$/.test(toks[i - 1]?.text ?? '');
      // … and "the National Women's Hall of Fame": through a possessive.
      const capBefore = (toks[i - 1]?.cap && toks[i - 1]!.word) || (POSS.has(toks[i - 1]?.text ?? '') && !!toks[i - 2]?.cap);
      if ((hasNoun || long || acronym) && capBefore) from = ofOwner(toks, titledBefore(toks, i));
      let end = complement(toks, lexEnd, toks[lexEnd + 1]?.lower === 'best');
      if (end === lexEnd && hasNoun) end = lowerCategory(toks, lexEnd);
      const winner = toks[lexEnd]?.lower === 'winner';
      // "Cory Booker" is a senator, not a prize: a one-word award needs a win around it.
      const surname = !hasNoun && !long && !acronym && toks[i - 1]?.cap && toks[i - 1]!.word && !/^(the|a|an)$/.test(toks[i - 1]!.lower);
      // "last season's Most Improved Player": a sports honour written with capitals stands alone.
      const titled = /^most$/.test(t.lower) && toks.slice(i, lex.end).every((x) => x.cap);
      const won = winner || winBefore(toks, i) || wonAfter(toks, end) || titled || andAfter(toks, out, i);
      // A name with its noun ("the Turing Award") or of three words ("the Order of Luthuli") is an award wherever it stands; a bare "Booker" needs a win.
      if ((won || from < i || hasNoun || (lex.end - i >= 3 && toks[end]?.lower !== 'of')) && !surname) push(from, end, won || from < i);
      i = end - 1;
      continue;
    }
    // "who was knighted in 2005", "were mentioned in despatches": the honour by its verb (named in awards.ts).
    const mentioned = t.lower === 'mentioned' && toks[i + 1]?.lower === 'in' && /^(despatches|dispatches)$/.test(toks[i + 2]?.lower ?? '');
    if ((t.lower === 'knighted' || mentioned) && /^(was|were|been|be|is|being)$/.test(toks[i - 1]?.lower ?? '')) {
      push(i, mentioned ? i + 3 : i + 1, true);
      continue;
    }
    // "made a dame", "becoming a dame": the honour by its title.
    if (/^(dame|knight)$/.test(t.lower) && /^(a|an)$/.test(toks[i - 1]?.lower ?? '') && /^(made|becoming|became|become)$/.test(toks[i - 2]?.lower ?? '')) {
      push(i, i + 1, true);
      continue;
    }
    // "the Medal of the Order of Australia (OAM)", "the Star of Courage", "a Commendation for Brave Conduct".
    const ownedBy = POSS.has(toks[i - 1]?.text ?? '') && !!toks[i - 2]?.cap; // "the Founder's Medal of …" is read below
    // (… and "the Darjah Dato' Paduka Mahkota Perak", a Malay order by its opening noun; "took out the X category".)
    const ofAward = (ownedBy && EN_AWARD_NOUNS.has(t.lower) ? null : ofAwardSpan(toks, i)) ?? headAwardSpan(toks, i) ?? namedCategorySpan(toks, i) ?? metalNamed(toks, i);
    if (ofAward) {
      push(ofAward.from, ofAward.to, true);
      i = ofAward.to - 1;
      continue;
    }
    // "the Red Cross", "King's Cross", "the Sleepy Bear Motor Inn": a body, business or place named like an award.
    const body = t.lower === 'cross' && /^(red|blue|holy|charing|king|’s|'s)$/.test(toks[i - 1]?.lower ?? '');
    // "The society's Royal Medals go to A and B": a plural name given to several people.
    // ("the Kavli Prizes", "the CES Innovation Awards" name a programme or its night, not one award.)
    // ("presented Citizen Lifesaving Awards to A, B and C": one award each.)
    const givenTo = /^(awards|prizes)$/.test(t.lower) && toks[i + 1]?.lower === 'to' && toks[i - 1]?.cap === true;
    const plural = t.cap && (/^(medals|medallions|commendations|citations)$/.test(t.lower) || (/^(awards|prizes)$/.test(t.lower) && (givenTo || counted(toks, i) || givenPlural(toks, capsBefore(toks, i)) || (toks[i + 1]?.lower === 'were' && /^(presented|awarded|given)$/.test(toks[i + 2]?.lower ?? ''))))) && (wonAfter(toks, i + 1) || winBefore(toks, capsBefore(toks, i)));
    // "the Bronze Bauhinia Star": a star of metal is a decoration ("Morning Star" is not).
    const metal = t.lower === 'star' && toks.slice(capsBefore(toks, i), i).some((x) => /^(bronze|silver|gold|golden|grand)$/.test(x.lower));
    if (t.cap && (EN_AWARD_NOUNS.has(t.lower) || plural || metal) && (toks[i - 1]?.cap || ownedBy) && !body && !longerAhead(toks, i) && !PLACE_AFTER.test(toks[i + 1]?.text ?? '')) {
      const from = titledBefore(toks, i);
      let end = i + 1;
      // "Congressional Medal of Honor", "the Founder's Medal of the Royal Geographical Society": the name goes on after "of"
      // (… and on: "the Gold Medal of the Institution of Structural Engineers").
      const ofName = (k: number): number => (toks[k]?.lower === 'of' ? (toks[k + 1]?.lower === 'the' ? k + 2 : k + 1) : -1);
      for (let n = 0; n < 3 && toks[ofName(end)]?.cap; n++) for (end = ofName(end); toks[end]?.cap; end++);
      const named = end;
      end = complement(toks, end, false);
      // "the Leelavati Prize for public outreach": a lower-case field belongs to the name too.
      if (end === named) end = lowerCategory(toks, end);
      push(from, end, false);
      i = end - 1;
      continue;
    }
    // "X of the Year", "woman athlete of 2004": a title of the year (see yearTitle).
    const year = yearTitle(toks, i, out);
    if (year) {
      if (year.from >= 0) push(year.from, year.to, year.won);
      continue;
    }
    const titled = titleAfterWin(toks, i);
    if (titled > i) {
      push(i, titled, true);
      i = titled - 1;
      continue;
    }
    // "won Best Direction", "Best Lead Actress was awarded to", "and Best Editing to Claire Novak".
    const capEnd = capCategoryEnd(toks, i);
    const past = toks[capEnd]?.text === '(' && toks[capEnd + 1]?.cap && toks[capEnd + 2]?.text === ')' ? capEnd + 3 : capEnd; // ("Best Teacher (Primary) was won by")
    if (capEnd > 0 && categoryInView(toks, i, past, winBefore(toks, i) || wonAfter(toks, past) || (i === 0 && toks[capEnd]?.text === ':'))) {
      // ("was named Kebbi State Best Farmer of the Year": the place whose title it is, with it.)
      let from = i;
      while (from > 0 && i - from < 3 && toks[from - 1]!.cap && toks[from - 1]!.word) from--;
      from = from < i && winBefore(toks, from) ? from : ownerFor(toks, i);
      // ("the Golden Peacock" is inside "the Golden Peacock for Best Film"; in "Best Actor (Female)" the bracket is the category's.)
      if (out.length && out[out.length - 1]!.to > from) out.pop();
      push(from, past, true);
      i = past - 1;
      continue;
    }
    // "winning outstanding drama series", "took home the award for lead actress in a drama series".
    const lc = lowerCategorySpan(toks, i);
    if (lc && given(toks, lc, out)) {
      if (out.length && out[out.length - 1]!.to > lc.from) out.pop(); // "the Emmy" inside "the Emmy for …"
      push(lc.from, lc.to, true);
      i = lc.to - 1;
      continue;
    }
    // ("named UK's best primary headteacher", "the best possible advertisement": a ranking, not a category.)
    if (t.lower === 'best' && !t.cap && !POSS.has(toks[i - 1]?.text ?? '') && toks[i + 1]?.lower !== 'possible') {
      let end = category(toks, i + 1);
      if (end === i + 1) continue;
      const noun = toks[end]?.lower;
      if (noun === 'oscar' || noun === 'prize' || noun === 'award' || noun === 'category') end++;
      const generic = noun === 'prize' || noun === 'award';
      if (generic) end = complement(toks, end, true);
      // "the best apps and games" is no award: a category needs a win, a list or an award word.
      const prev = toks[i - 1]?.lower ?? '';
      const listed = /^(including|to|and|for|named)$/.test(prev) || (prev === 'the' && toks[i - 2]?.lower === 'won');
      // "given each year to the best young player": whom it goes to, not a category.
      if (prev === 'the' && toks[i - 2]?.lower === 'to' && !listed) {
        i = end - 1;
        continue;
      }
      if (noun === 'oscar' || generic || listed || winBefore(toks, i)) push(i, end, true);
      i = end - 1;
      continue;
    }
    if ((EN_GENERIC_NOUNS.has(t.lower) || namedHonour(toks, i) || categoryHonour(toks, i)) && !t.cap) {
      // "collected that award at …", "received the award in the corporate category": the award named before (see backReference).
      if (/^(that|this)$/.test(toks[i - 1]?.lower ?? '') || (toks[i - 1]?.lower === 'the' && toks[i + 1]?.lower === 'in' && toks[i + 2]?.lower === 'the')) continue;
      // [Capitalised name ['s]] [lower-case modifiers] noun: "Whitbread novel prize", "the poetry award".
      if (MONEY.test(toks[i - 1]?.lower ?? '') || RANKED.test(toks[i - 1]?.lower ?? '')) continue; // ("the State's highest award for courage")
      let a = namedHonour(toks, i) ? i - 1 : i;
      // (A verb of winning is none of them: "… in fog win national award", but "a shared leadership award".)
      while (a > 0 && i - a < 3 && (modifier(toks[a - 1]!) || POSS.has(toks[a - 1]!.text)) && !(EN_WIN.match(toks, a - 1) && !DET.test(toks[a - 2]?.lower ?? ''))) a--;
      if (toks[a - 1]?.cap || (POSS.has(toks[a - 1]?.text ?? '') && toks[a - 2]?.cap)) a = titledBefore(toks, a);
      while (a < i && (POSS.has(toks[a]!.text) || !toks[a]!.word || /^(No|Any|Every|Each|Another)$/.test(toks[a]!.text))) a++; // (not "No prize was given")
      // ("wins Ogun Springs top SERAS sustainability prize": a rank before the name describes it.)
      if (/^(highest|top|biggest|greatest)$/.test(toks[a - 1]?.lower ?? '') && toks[a]!.cap && a < i) continue;
      const d = /^(the|a|an)$/.test(toks[a - 1]?.lower ?? '') ? a - 1 : a;
      // "received the award for language and literature", "the award for the Language Movement": the award named before, and what for.
      const field = (k: number): boolean => !!toks[k]?.word && !toks[k]!.cap && !/^(best|most|outstanding|the)$/.test(toks[k]!.lower);
      const anaphor = a === i && toks[d]?.lower === 'the' && toks[i + 1]?.lower === 'for' && ((toks[i + 2]?.lower === 'the' && toks[i + 3]?.cap) || (field(i + 2) && toks[i + 3]?.lower === 'and' && field(i + 4)));
      const end = anaphor ? i + 1 : complement(toks, i + 1, true);
      const beat = toks[d - 1]?.lower === 'to' && toks.slice(0, d).some((x) => /^(beat|beats|pipped|beating)$/.test(x.lower));
      // A described award needs a winner in view ("scooped the poetry award"); "a pay award" or "was handed the golden trophy" names none, nor does "holding the glass trophy"
      // (but "was handed the award for Excellence in Teaching" names its category).
      // ("The Health award went to A, and the Education award to B": the verb said once for both.)
      const gapped = toks[end]?.lower === 'to' && toks[d - 1]?.lower === 'and' && out.some((o) => o.won);
      const won = (winBefore(toks, a) && !(/^(handed|holding|held|clutching|raising)$/.test(toks[/^(her|him|them)$/.test(toks[d - 1]?.lower ?? '') ? d - 2 : d - 1]?.lower ?? '') && !toks.slice(a, end).some((x) => x.cap))) || wonAfter(toks, pastLevel(toks, end)) || /^winners?$/.test(toks[a - 2]?.lower ?? '') || beat || gapped;
      // ("presented the award at the X Hall to …": the award named before, where it was given.)
      if ((a < i || (end > i + 1 && toks[i + 1]!.lower !== 'at')) && won) push(a, end, true);
      i = end - 1;
      continue;
    }
    // "in the visual effects category", "the first novel section" (see sectionFrom).
    if ((t.lower === 'category' || t.lower === 'section') && !t.cap && !/^(winners?|awards?|prizes?|finalists?|nominees?)$/.test(toks[i + 1]?.lower ?? '')) { // (not "the remaining category winners")
      const from = sectionFrom(toks, i, out.at(-1)?.to ?? -1);
      if (from >= 0) push(from, i + 1, false);
    }
  }
  for (const o of out) o.to = signedBy(toks, o.to); // "a Framed Letter of Thanks signed by the Chairman of the RNLI"
  return withNativeName(toks, withTranslations(toks, out, (a, b) => ({ from: a.from, to: b.to + 1, won: a.won || b.won })));
}

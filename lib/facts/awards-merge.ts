/**
 * One entry per award and recipient: repeated and shortened mentions ("Huân chương Lao động"
 * after "Huân chương Lao động hạng Nhất") merge, and the fullest written name wins.
 */
import type { FactContext } from './context';
import type { AwardFact, Span } from './types';
import { foldKey, type Tok } from './words';

/** One award mention with what its sentence says about recipient and giver. */
export interface AwardMention {
  name: string;
  span: Span;
  /** Index into ctx.sentences; -1 for the title (then `span` is into the title). */
  sentence: number;
  recipient: string | null;
  /** How explicit the recipient is: 3 "trao X cho Y", 2 "Y nhận X", 1 inferred (pronoun, topic). */
  recipientScore: number;
  giver: string | null;
  /** The rest of a counted group whose named members have mentions of their own: an entry of its own. */
  unnamed?: boolean;
}

interface Recipient {
  text: string;
  /** Sum of the explicitness scores of every mention written this way. */
  total: number;
  /** The most explicit single mention written this way. */
  best: number;
}

interface Entry {
  key: string[];
  name: string;
  size: number;
  /** Distinct recipient forms by folded key: repeated mentions add up instead of piling up. */
  recipients: Map<string, Recipient>;
  giver: string | null;
  sentence: number;
  span: Span;
  /** Where the entry stands in reading order: its first mention, or the first naming its recipient. */
  at: number;
  unnamed: boolean;
  /** Sentence and key of each mention: two names one sentence sets side by side are two awards. */
  seen: Map<number, string>;
  /** Where each of its mentions starts: entries from one mention ("cho A và B") share a name. */
  starts: Set<number>;
}

const toks = (s: string): string[] => foldKey(s).split(' ').filter(Boolean);

// Token containment, contiguous: "lao dong" in "huan chuong lao dong hang nhat".
function contains(big: readonly string[], small: readonly string[]): boolean {
  if (!small.length || small.length > big.length) return false;
  for (let i = 0; i + small.length <= big.length; i++) {
    if (small.every((t, k) => big[i + k] === t)) return true;
  }
  return false;
}

// Two to four words, each capitalised: a person's name, or a body named by capitals only.
const capitalised = (s: string): boolean => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(s.trim());

/** True when two recipient strings name the same body or person (token F1 ≥ 0.5 or containment). */
export function sameRecipient(a: string, b: string): boolean {
  const ta = toks(a);
  const tb = toks(b);
  if (!ta.length || !tb.length) return false;
  if (contains(ta, tb) || contains(tb, ta)) return true;
  // "Kazeem Olaleye" and his nephew "Sodiq Olaleye": two names that differ in what opens them are two people.
  if (capitalised(a) && capitalised(b) && ta[0] !== tb[0]) return false;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  // ("Hội Người cao tuổi xã Mai Châu" and "… phường Vĩnh Yên" share most words but not the place that ends them.)
  return (2 * common) / (ta.length + tb.length) >= 0.5 && ta[ta.length - 1] === tb[tb.length - 1];
}

// One giver's name contains the other's: "Thủ tướng" and "Thủ tướng Chính phủ".
const sameGiver = (a: string, b: string): boolean => foldKey(a).includes(foldKey(b)) || foldKey(b).includes(foldKey(a));

// "Bằng khen của Chủ tịch UBND tỉnh X" and a later "được Tư lệnh Bộ đội Biên phòng tặng Bằng khen": one head,
// two givers, two certificates.
// Either way round: the certificate "của" one giver named first and the other's later, or the
// other's first ("Ông từng được Thủ tướng tặng Bằng khen", then "Bằng khen của Chủ tịch UBND tỉnh").
function otherGiver(e: Entry, name: string, giver: string | null): boolean {
  const differ = (of: string, by: string): boolean => !sameGiver(of, by);
  // (A person who hands it over, "Đại tá Võ Thành Nhân … trao Giấy khen", may be the office named after "của".)
  const person = (g: string): boolean => /^(\p{Lu}\p{Ll}*\s?){2,4}$/u.test(g);
  const of = / của (.+)$/.exec(e.name)?.[1];
  if (giver && of && !/ của /.test(name)) return !person(giver) && differ(of, giver);
  const ofNew = / của (.+)$/.exec(name)?.[1];
  return !!e.giver && !!ofNew && !/ của /.test(e.name) && !person(e.giver) && differ(ofNew, e.giver);
}

// The longer key is the shorter with an age or class word in front ("young", "junior", "women", "independent").
const CLASS = /^(young|junior|senior|youth|yuva|rookie|emerging|women|womens|men|mens|girls|boys|independent|international|indigenous|breakthrough|female|male)$/;
function qualified(long: readonly string[], short: readonly string[]): boolean {
  const at = long.length - short.length;
  return at > 0 && short.every((t, k) => long[at + k] === t) && long.slice(0, at).some((t) => CLASS.test(t));
}

// "the Scott Medal" beside "the Scott Gold Medal": the family of awards, named without its class.
const classGap = (long: readonly string[], short: readonly string[]): boolean =>
  short.length >= 2 && long.length === short.length + 1 && long[0] === short[0] && long.at(-1) === short.at(-1) &&
  long.slice(1, -1).some((t) => /^(gold|silver|bronze)$/.test(t)) && short.slice(1, -1).every((t) => long.includes(t));

function fits(e: Entry, key: readonly string[], recipient: string | null, unnamed: boolean, name = '', giver: string | null = null, sentence = -1): number {
  if (e.unnamed !== unnamed || otherGiver(e, name, giver)) return 0;
  // "voted Player of the Year by the fans and Players' Player of the Year by his team-mates".
  const other = sentence >= 0 ? e.seen.get(sentence) : undefined;
  // (A shorter mention opening the longer one, "Giải Báo chí tỉnh X" and "… lần thứ I", is the same award.)
  const [short = '', long = ''] = [key.join(' '), other ?? ''].sort((x, y) => x.length - y.length);
  if (other !== undefined && short !== long && !long.startsWith(short) && Math.min(key.length, other.split(' ').length) >= 3) return 0;
  const same = key.join(' ') === e.key.join(' ');
  // "Young Player of the Year" and "Player of the Year": an age or class before a title makes another award.
  if (!same && (qualified(key, e.key) || qualified(e.key, key))) return 0;
  if (!same && !contains(e.key, key) && !contains(key, e.key) && !(!recipient && classGap(e.key, key))) return 0;
  // ("Sargeson Prize" and "Grimshaw Sargeson Fellowship": one name, two kinds of award.)
  const kind = (n: string): string | undefined => /\b(prize|fellowship|medal|scholarship|trophy)\b/i.exec(n)?.[1]?.toLowerCase();
  if (!same && name && kind(name) && kind(e.name) && kind(name) !== kind(e.name)) return 0;
  const known = [...e.recipients.values()];
  if (recipient && known.length && !known.some((r) => sameRecipient(r.text, recipient))) return 0;
  return (same ? 2 : 1) + (recipient && known.length ? 2 : 0);
}

// The recipient the mentions agree on: the best-supported group, then its most repeated and most
// explicit form ("Đảng bộ Khối …" written three times beats "Đảng ủy Khối …" written once).
// Works on distinct forms, so a long article repeating one recipient stays linear.
function chooseRecipient(forms: ReadonlyMap<string, Recipient>): string | null {
  const rs = [...forms.values()];
  let best: string | null = null;
  let bestScore = -1;
  for (const r of rs) {
    const support = rs.filter((o) => sameRecipient(o.text, r.text)).reduce((s, o) => s + o.total, 0);
    const score = support * 1e4 + r.total * 10 + r.best;
    if (score > bestScore) [best, bestScore] = [r.text, score];
  }
  return best;
}

function addRecipient(forms: Map<string, Recipient>, text: string, score: number): void {
  const key = foldKey(text);
  const known = forms.get(key);
  if (!known) forms.set(key, { text, total: score, best: score });
  else {
    known.total += score;
    // The most explicit mention speaks for its group ("trao … cho Y" over "Y đón nhận").
    if (score > known.best) [known.text, known.best] = [text, score];
  }
}

// "tặng Bằng khen cho A và B" after a headline's "Bằng khen của Thủ tướng Chính phủ": B's entry, from the
// same mention as A's, or a bare certificate whose giver is the office a fuller entry names, takes that name.
function fullerNames(entries: Entry[]): void {
  for (const e of entries) {
    const o = entries.find((x) => x !== e && x.key.length > e.key.length && contains(x.key, e.key) &&
      ([...e.starts].some((k) => x.starts.has(k)) || (!!e.giver && / của /.test(x.name) && !/ của /.test(e.name) && sameGiver(/ của (.+)$/.exec(x.name)![1]!, e.giver))));
    if (o) [e.name, e.key] = [o.name, o.key];
  }
}


/**
 * Merges award mentions in text order. `keyOf` gives the comparison tokens of a name (a language
 * drops words like "danh hiệu" or "the" there); a mention joins the entry whose key contains or
 * is contained in its own, unless both name different recipients.
 */
export function mergeAwards(
  ctx: FactContext,
  mentions: readonly AwardMention[],
  keyOf: (name: string) => string[],
): AwardFact[] {
  const entries: Entry[] = [];
  const at = (m: AwardMention): number => (m.sentence < 0 ? m.span.start - 1e9 : m.span.start);
  for (const m of [...mentions].sort((a, b) => at(a) - at(b))) {
    const key = keyOf(m.name);
    if (!key.length) continue;
    // "He received the VC" read as "the Victoria Cross" receiving it: an award is no recipient.
    const recipient = m.recipient && keyOf(m.recipient).join(' ') === key.join(' ') ? null : m.recipient;
    let e: Entry | undefined;
    let best = 0;
    for (const x of entries) {
      const f = fits(x, key, recipient, !!m.unnamed, m.name, m.giver, m.sentence);
      if (f > best) [e, best] = [x, f];
    }
    if (!e) {
      e = { key, name: m.name, size: toks(m.name).length, recipients: new Map(), giver: null, sentence: m.sentence, span: m.span, at: at(m), unnamed: !!m.unnamed, seen: new Map(), starts: new Set() };
      entries.push(e);
    }
    if (m.sentence >= 0) e.seen.set(m.sentence, key.join(' '));
    e.starts.add(m.span.start);
    if (key.length > e.key.length) e.key = key;
    // ("Clarke Medal for bar rescue leads …" in a headline, "the Clarke Medal" in the text: lower-case words a
    // headline puts after a name are its own verb and object, not the name's.)
    const inHead = e.sentence < 0 && m.sentence >= 0 ? e.name.indexOf(`${m.name} `) : -1;
    const tail = inHead >= 0 && /\s\p{Ll}/u.test(e.name.slice(inHead + m.name.length));
    if (tail || toks(m.name).length > e.size) [e.name, e.size] = [m.name, toks(m.name).length];
    if (recipient) addRecipient(e.recipients, recipient, m.recipientScore);
    e.giver ??= m.giver;
    if (e.sentence < 0 && m.sentence >= 0) [e.sentence, e.span] = [m.sentence, m.span];
  }
  fullerNames(entries);
  // ("Diallo-Rossi takes women's prize" in the title, "The Ballon d'Or Feminin went to Amara Diallo-Rossi"): a
  // headline's award in lower case only paraphrases the named one its recipient gets in the text.
  const paraphrase = (e: Entry): boolean => {
    const said = e.sentence < 0 && !/\p{Lu}/u.test(e.name) ? chooseRecipient(e.recipients) : null;
    return !!said && entries.some((x) => x !== e && x.sentence >= 0 && /\p{Lu}/u.test(x.name) && [...x.recipients.values()].some((r) => sameRecipient(r.text, said)));
  };
  entries.splice(0, entries.length, ...entries.filter((e) => !paraphrase(e)));
  // Awards in the order they are first named; one award given to several people lists them in the
  // order the award reached them (the order of the sentences and lists that give it), as most gold
  // sets write them.
  const chosen = entries.map((e) => chooseRecipient(e.recipients));
  const firstNamed = new Map<string, number>();
  for (const e of entries) firstNamed.set(e.name, Math.min(firstNamed.get(e.name) ?? Infinity, e.at));
  const sorted = entries.map((_, i) => i).sort((x, y) => firstNamed.get(entries[x]!.name)! - firstNamed.get(entries[y]!.name)! || x - y);
  return sorted.map((i) => {
    const e = entries[i]!;
    const fact: AwardFact = {
      name: e.name,
      recipient: chosen[i]!,
      giver: e.giver,
      sentence: e.sentence < 0 ? (ctx.title ?? '') : (ctx.sentences[e.sentence]?.text ?? ''),
      span: e.span,
    };
    if (e.sentence < 0) fact.source = 'title';
    return fact;
  });
}

/**
 * "Pingat Bakti Masyarakat (Public Service Medal)", "Giải thưởng Văn học ASEAN (SEA Write Award)": a
 * name and its bracketed translation, found as two spans, are one award (`join` makes the one span).
 */
export function withTranslations<S extends { from: number; to: number }>(toks: readonly Tok[], spans: S[], join: (a: S, b: S) => S): S[] {
  for (let k = spans.length - 2; k >= 0; k--) {
    const [a, b] = [spans[k]!, spans[k + 1]!];
    if (toks[a.to]?.text === '(' && b.from === a.to + 1 && toks[b.to]?.text === ')') spans.splice(k, 2, join(a, b));
  }
  return spans;
}

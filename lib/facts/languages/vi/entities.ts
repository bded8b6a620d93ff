/**
 * Vietnamese organisations ("Đảng bộ Khối Công nghiệp Hà Nội", "Bộ Y tế", "TTXVN") and places
 * ("tỉnh Nghệ An", "TP Hải Phòng", "Hà Nội", "Indonesia"): a type word and the capitalised name
 * after it, or a known name. Kept modest: precision over coverage.
 */
import type { FactContext } from '../../context';
import { collectEntities, type EntitySpan } from '../../entities';
import type { EntityFact } from '../../types';
import { unitsOf } from '../../units';
import { PhraseTrie, type Tok } from '../../words';
import { VI_PLACES } from './gazetteer';
import { viNames } from './names';
import { isAcronym, orgEnd } from './title-parse';

const split = (s: string): string[] => s.split(/[|\n]/).map((x) => x.trim()).filter(Boolean);

// Words an organisation's name starts with.
const ORG_TYPES = new PhraseTrie<true>();
for (const w of split(`Đảng bộ|Đảng ủy|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|UBND|HĐND|Ủy ban|Ủy ban nhân dân|Hội đồng nhân dân
|Bộ|Sở|Cục|Tổng cục|Vụ|Ban|Viện|Học viện|Trường|Đại học|ĐH|Bệnh viện|Công ty|Tập đoàn|Tổng Công ty|Ngân hàng
|Hội|Hiệp hội|Liên hiệp|Liên đoàn|Trung tâm|Quỹ|Báo|Đài|Thông tấn xã|Quân chủng|Quân khu|Bộ đội|Công an
|Tòa án|Viện kiểm sát|Mặt trận|Câu lạc bộ|Nhà xuất bản|Văn phòng|Kho bạc|Thanh tra|Hãng|Đoàn|Tổng liên đoàn`)) {
  ORG_TYPES.add(w, true);
}
// Bodies known by their abbreviation alone.
const ACRONYMS = new Set(`TTXVN VOV VTV VNA EVN ASEAN WHO UN LHQ WTO NATO EU IMF WB ADB UNESCO UNICEF APEC FAO ILO
VCCI PVN TKV VNPT CNN BBC AFP AP Reuters MTTQ VASA NASA`.split(/\s+/));
// Names that need the country word ("nước Anh"): alone they are also given names or common words.
const AMBIGUOUS = new Set(['anh', 'nhật', 'ý', 'áo', 'bỉ', 'séc', 'đức', 'úc', 'nga', 'mỹ', 'pháp', 'lào']);
const PLACE_TYPES = new PhraseTrie<true>();
for (const w of split('tỉnh|thành phố|TP|TP.|quận|huyện|xã|phường|thị xã|thị trấn|thủ đô|nước')) PLACE_TYPES.add(w, true);
const THERE = new Set(['tại', 'ở', 'sang', 'đến', 'từ', 'nước', '(', 'thăm', 'và']);

// The organisations of one sentence.
function orgSpans(toks: readonly Tok[], names: ReadonlySet<number>): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap && !isAcronym(t)) continue;
    if (ACRONYMS.has(t.text)) {
      out.push({ from: i, to: i + 1 });
      continue;
    }
    const type = ORG_TYPES.match(toks, i);
    // "phường Sở Dầu" is a ward, not a department.
    if (!type || PLACE_TYPES.match(toks, i - 1)?.end === i) continue;
    const end = orgEnd(toks, type.end, names);
    // "UBND TP Hải Phòng", "Bộ Y tế": the type needs a name after it.
    if (end > type.end && toks.slice(type.end, end).some((x) => x.cap || isAcronym(x))) {
      out.push({ from: i, to: end });
      i = end - 1;
    }
  }
  return out;
}

// The places of one sentence: a place word with its name, or a known name.
function placeSpans(toks: readonly Tok[], people: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  const inPerson = (i: number): boolean => people.some((p) => p.from <= i && i < p.to);
  for (let i = 0; i < toks.length; i++) {
    if (inPerson(i)) continue;
    const type = PLACE_TYPES.match(toks, i);
    if (type && toks[type.end]?.cap && !inPerson(type.end)) {
      const known = VI_PLACES.match(toks, type.end);
      let end = known?.end ?? type.end;
      while (!known && end < toks.length && end - type.end < 4 && toks[end]!.cap && toks[end]!.word) end++;
      if (end > type.end) {
        out.push({ from: toks[i]!.lower === 'nước' ? type.end : i, to: end });
        i = end - 1;
        continue;
      }
    }
    const t = toks[i]!;
    if (!t.cap && !isAcronym(t)) continue;
    const p = VI_PLACES.match(toks, i);
    if (!p || (p.end === i + 1 && AMBIGUOUS.has(t.lower) && !THERE.has(toks[i - 1]?.lower ?? ''))) continue;
    out.push({ from: i, to: p.end });
    i = p.end - 1;
  }
  return out;
}

/** Organisations named in a Vietnamese article, one entry per name with all mentions. */
export function organizations(ctx: FactContext): EntityFact[] {
  return collectEntities(
    ctx,
    unitsOf(ctx).map((u) => ({ u, spans: orgSpans(u.toks, new Set(viNames(u.toks).map((n) => n.from))) })),
  );
}

/** Places named in a Vietnamese article, one entry per name with all mentions. */
export function places(ctx: FactContext): EntityFact[] {
  return collectEntities(ctx, unitsOf(ctx).map((u) => ({ u, spans: placeSpans(u.toks, viNames(u.toks)) })));
}

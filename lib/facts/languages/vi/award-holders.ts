/**
 * Who a Vietnamese recipient written as a role or title is: "cho Đại sứ Phần Lan" (the one person with
 * that title), "bị cáo", "tác giả" (the person last named so), "Thượng tá Lâm" (a rank and a short name).
 */
import { type Person, resolvePerson } from '../../people';
import { foldKey, slice, tokenize } from '../../words';
import { AUTHOR_ROLES } from './award-roles';
import { VI_HEADS } from './titles';

// The one person whose titles include `title` ("Đại sứ Phần Lan"), or null.
export function holderOf(people: readonly Person[], title: string): Person | null {
  const key = foldKey(title);
  const holders = people.filter((p) => p.titles.some((t) => foldKey(t) === key));
  return holders.length === 1 ? holders[0]! : null;
}

// The person last named right after `role` ("bị cáo Dũng") before offset `pos`.
// ("tác giả": the person last named as a writer, poet, composer … of the work.)
export function withRole(text: string, people: readonly Person[], role: string, pos: number): Person | null {
  const roles = role === 'tác giả' ? AUTHOR_ROLES : [role];
  let best: Person | null = null;
  let at = -1;
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.source || m.span.start >= pos || m.span.start <= at) continue;
      const before = (r: string): string => text.slice(Math.max(0, m.span.start - r.length - 1), m.span.start).trim().toLowerCase();
      if (roles.some((r) => before(r) === r)) [best, at] = [p, m.span.start];
    }
  }
  return best;
}

// "Thượng tá Lâm", "Giám đốc Hùng": a rank or office, then a short name the story gives in full elsewhere.
export function rankedPerson(people: readonly Person[], r: string): Person | null {
  const toks = tokenize(r);
  const head = VI_HEADS.match(toks, 0);
  if (!head || head.end >= toks.length || !toks[head.end]!.cap) return null;
  // ("Chủ tịch Hiệp hội Doanh nghiệp thành phố Huỳnh Tấn Lộc": the name closing a title with its body.)
  for (let k = head.end; k < toks.length; k++) {
    const p = resolvePerson(people, slice(r, toks, k, toks.length));
    if (p && (k === head.end || toks.length - k >= 2)) return p;
  }
  return null;
}

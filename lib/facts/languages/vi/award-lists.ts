/**
 * Recipients written as lists the sentence does not hold: every author after "thuộc về", the items
 * below "… được trao cho:", and the first cell of each row of a table under a caption.
 */
import { slice } from '../../words';
import { np, type Sent } from './award-parties';
import { viNames } from './names';

// Every name from token j to the sentence end, outside brackets (which hold the authors' outlets).
export function namesAfter(s: Sent, j: number): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let k = j; k < s.u.toks.length; k++) {
    const t = s.u.toks[k]!.text;
    depth += t === '(' ? 1 : t === ')' ? -1 : 0;
    const n = depth ? undefined : s.starts.get(k);
    if (n) out.push(slice(s.u.source, s.u.toks, n.from, n.to));
  }
  return out;
}

// The recipient each list item after a colon names: its first name, else its capitalised body.
export function listItems(units: readonly Sent['u'][], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < units.length && k - from < 12; k++) {
    const u = units[k]!;
    if (u.toks.length > 40 || u.paragraph === units[from - 1]?.paragraph) break;
    const names = viNames(u.toks);
    const s: Sent = { u, starts: new Map(names.map((n) => [n.from, n])), awards: [] };
    const start = u.toks.findIndex((t) => t.cap);
    // A body as the whole item ("Đội tuyển bóng chuyền nữ quốc gia."), up to a bracket or the end.
    let end = start;
    while (end >= 0 && end < u.toks.length && u.toks[end]!.word && end - start < 12) end++;
    const whole = start >= 0 && end > start + 1 && !/^[(\w]/u.test(u.toks[end]?.text ?? '.') ? slice(u.source, u.toks, start, end) : null;
    const who = names[0] ? slice(u.source, u.toks, names[0].from, names[0].to) : start >= 0 ? (np(s, start, u.toks.length) ?? whole) : null;
    if (!who) break;
    out.push(who);
    if (!/^[;,]$/.test(u.toks[u.toks.length - 1]?.text ?? '')) break;
  }
  return out;
}

// The recipient in the first cell of each table row ("PGS.TS Hà Thị Minh Khuê | Khoa học"); the
// header row ("Cá nhân / tập thể | Lĩnh vực") names nobody and is skipped.
export function tableRows(units: readonly Sent['u'][], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < units.length && k - from < 30; k++) {
    const { toks, source } = units[k]!;
    const bar = toks.findIndex((t) => t.text === '|');
    if (bar < 0) break;
    const names = viNames(toks).filter((n) => n.to <= bar);
    const cell = toks.slice(0, bar).filter((t) => t.text !== '(' && t.text !== ')');
    const body = cell[0]?.cap && cell.slice(1).some((t) => t.cap) && !cell.some((t) => t.text === '/');
    if (names[0]) out.push(slice(source, toks, names[0].from, names[0].to));
    else if (body) out.push(slice(source, toks, 0, bar).trim());
  }
  return out;
}

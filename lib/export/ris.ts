import type { Author, DateParts, Source } from './cite';

const pad = (n: number) => String(n).padStart(2, '0');
/** RIS dates are YYYY/MM/DD/ with empty parts left empty. */
const risDate = (d: DateParts) => `${d[0]}/${d[1] ? pad(d[1]) : ''}/${d[2] ? pad(d[2]) : ''}/`;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const risName = (a: Author) => ('literal' in a ? a.literal : `${a.family}, ${a.given}`);

/** One TY NEWS record, tags in the order Zotero writes them. */
export function risRecord(s: Source): string {
  const lines: Array<[string, string]> = [['TY', 'NEWS']];
  lines.push(['TI', s.title]);
  for (const a of s.authors) lines.push(['AU', risName(a)]);
  if (s.container) lines.push(['T2', s.container]);
  if (s.issued) lines.push(['PY', String(s.issued[0])], ['DA', risDate(s.issued)]);
  lines.push(['UR', s.url], ['Y2', risDate(s.accessed)]);
  if (s.lang && s.lang !== 'und') lines.push(['LA', s.lang]);
  if (s.abstract) lines.push(['AB', s.abstract]);
  lines.push(['ID', s.key]);
  return lines.map(([tag, v]) => `${tag}  - ${oneLine(v)}`).join('\r\n') + '\r\nER  - \r\n';
}

/** A .ris file (CRLF line ends, as the format expects). */
export function toRis(sources: Source[]): string {
  return sources.map(risRecord).join('\r\n');
}

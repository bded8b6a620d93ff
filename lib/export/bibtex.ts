import type { Author, DateParts, Source } from './cite';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes LaTeX's special characters; other Unicode stays as is (biber and bibtex8/UTF-8 read it). */
export function bibEscape(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/[\\{}$&%#_~^]/g, (c) => SPECIAL[c]!);
}

// Braces in a URL would unbalance the field; percent-encoding them keeps the address the same.
const bibUrl = (u: string) => u.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\s/g, '%20');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (d: DateParts) => d.map((n, i) => (i ? pad(n) : String(n))).join('-');

// A literal name in extra braces is taken whole ("{Thông tấn xã Việt Nam}"), not split into parts.
const bibName = (a: Author) => ('literal' in a ? `{${bibEscape(a.literal)}}` : `${bibEscape(a.family)}, ${bibEscape(a.given)}`);

/** One @article entry (BibTeX has no newspaper type; journal = the newspaper). Title double-braced to keep its capitals. */
export function bibEntry(s: Source): string {
  const fields: Array<[string, string]> = [];
  if (s.authors.length) fields.push(['author', `{${s.authors.map(bibName).join(' and ')}}`]);
  fields.push(['title', `{{${bibEscape(s.title)}}}`]);
  if (s.container) fields.push(['journal', `{${bibEscape(s.container)}}`]);
  if (s.issued) {
    fields.push(['year', `{${s.issued[0]}}`]);
    if (s.issued[1]) fields.push(['month', MONTHS[s.issued[1] - 1] ?? `{${s.issued[1]}}`]);
    fields.push(['date', `{${isoOf(s.issued)}}`]);
  }
  fields.push(['url', `{${bibUrl(s.url)}}`], ['urldate', `{${isoOf(s.accessed)}}`]);
  return `@article{${s.key},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}\n`;
}

/** A .bib file with one entry per source. */
export function toBibtex(sources: Source[]): string {
  return sources.map(bibEntry).join('\n');
}

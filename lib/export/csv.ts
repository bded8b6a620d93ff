import type { SavedArticle } from '../db';

/** One row per fact, for spreadsheets. */
export interface FactCsvRow {
  title: string;
  url: string;
  type: string;
  /** The normalised value: a name, an ISO date (range as start/end), a number. */
  value: string;
  /** The words as the article writes them. */
  text: string;
  sentence: string;
  /** Extra: an official's titles, an award's recipient, what a figure counts. */
  detail: string;
}

const HEADER: Array<keyof FactCsvRow> = ['title', 'url', 'type', 'value', 'text', 'sentence', 'detail'];

/** The fact rows of an article, in a stable order: dates, officials, awards, organisations, places, figures. */
export function factRows(a: SavedArticle): FactCsvRow[] {
  const f = a.facts;
  const row = (type: string, value: string, text: string, sentence: string, detail = ''): FactCsvRow => ({
    title: a.title, url: a.url, type, value, text, sentence, detail,
  });
  return [
    ...f.dates.map((d) => row('date', d.value ? (d.end ? `${d.value}/${d.end}` : d.value) : '', d.text, d.sentence)),
    ...f.officials.map((o) => row('official', o.name, o.mentions[0]?.text ?? o.name, o.sentence, o.titles.join('; '))),
    ...f.awards.map((w) => row('award', w.name, w.name, w.sentence, w.recipient ?? '')),
    ...f.organizations.map((o) => row('organization', o.name, o.mentions[0]?.text ?? o.name, o.sentence)),
    ...f.places.map((p) => row('place', p.name, p.mentions[0]?.text ?? p.name, p.sentence)),
    ...f.figures.map((g) => row('figure', String(g.value), g.text, g.sentence, [g.unit, g.what].filter(Boolean).join('; '))),
  ];
}

// A cell starting like a formula would run in Excel or Sheets (CSV injection): quote it as text.
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; formula-like text defused with a leading apostrophe. */
export function csvField(value: string): string {
  const safe = FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Facts of every article as CSV: UTF-8 BOM (so Excel reads Vietnamese), CRLF line ends, header row. */
export function factsCsv(articles: SavedArticle[]): string {
  const lines = [HEADER.join(',')];
  for (const a of articles) for (const r of factRows(a)) lines.push(HEADER.map((k) => csvField(r[k])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

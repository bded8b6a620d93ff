import type { Clipping, LibraryData, SavedArticle } from '../db';
import { fold } from '../db/fold';
import { zip } from './zip';

/** A YAML scalar: JSON string syntax is valid YAML double-quoted style and escapes everything needed. */
const yaml = (s: string) => JSON.stringify(s);

/** Escapes text so Markdown shows it as written (and never as HTML or a link). */
export function mdEscape(line: string): string {
  return line
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/, '$1\\$2');
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.split('\n').map(mdEscape).join('  \n')).filter((p) => p.trim());
const quote = (text: string) => text.split('\n').map((l) => `> ${mdEscape(l)}`).join('\n');
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function frontMatter(a: SavedArticle): string {
  const lines = ['---', `title: ${yaml(a.title)}`, `url: ${yaml(a.url)}`, `site: ${yaml(a.site)}`];
  if (a.byline) lines.push(`author: ${yaml(a.byline)}`);
  if (a.publishedTime) lines.push(`published: ${yaml(a.publishedTime)}`);
  lines.push(`saved: ${yaml(new Date(a.savedAt).toISOString())}`, `lang: ${yaml(a.lang)}`);
  lines.push(`tags: [${a.tags.map(yaml).join(', ')}]`, '---');
  return lines.join('\n');
}

function factLines(a: SavedArticle): string[] {
  const f = a.facts;
  return [
    ...f.dates.map((d) => `- Date: ${mdEscape(d.text)}${d.value ? ` (${d.value}${d.end ? `/${d.end}` : ''})` : ''}`),
    ...f.officials.map((o) => `- Official: ${mdEscape(o.name)}${o.titles.length ? ` (${mdEscape(o.titles.join('; '))})` : ''}`),
    ...f.awards.map((w) => `- Award: ${mdEscape(w.name)}${w.recipient ? ` (${mdEscape(w.recipient)})` : ''}`),
    ...f.organizations.map((o) => `- Organization: ${mdEscape(o.name)}`),
    ...f.places.map((p) => `- Place: ${mdEscape(p.name)}`),
    ...f.figures.map((g) => `- Figure: ${mdEscape(g.text)}`),
  ];
}

/** One article as Markdown: YAML front matter, the text, key facts, the note and its clippings. */
export function articleMarkdown(a: SavedArticle, clippings: Clipping[] = []): string {
  const parts = [frontMatter(a), `# ${mdEscape(a.title)}`, ...paragraphs(a.text)];
  const facts = factLines(a);
  if (facts.length) parts.push('## Key facts', facts.join('\n'));
  if (a.note.trim()) parts.push('## Note', ...paragraphs(a.note));
  if (clippings.length) parts.push('## Clippings', ...clippings.map((c) => quote(c.quote) + (c.note ? `\n\n${mdEscape(c.note)}` : '')));
  return parts.join('\n\n') + '\n';
}

/** Clippings whose page is not saved, grouped in one file. */
function looseClippings(clippings: Clipping[]): string {
  const parts = ['# Clippings'];
  for (const c of clippings) {
    parts.push(`## ${mdEscape(c.title || c.url)}`, `${link(c.url)}  \nSaved ${day(c.savedAt)}`, quote(c.quote));
    if (c.note) parts.push(mdEscape(c.note));
  }
  return parts.join('\n\n') + '\n';
}

/** Web addresses become autolinks (with <, > and spaces percent-encoded); anything else stays plain text. */
function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : mdEscape(url);
}

/** "2024-09-02-tong-bi-thu-trao-huan-chuong.md": publication (else save) day and a folded title. */
export function fileName(a: SavedArticle, taken: Set<string>): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(a.publishedTime ?? '')?.[0] ?? day(a.savedAt);
  const slug = fold(a.title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '') || 'article';
  let name = `${date}-${slug}.md`;
  for (let n = 2; taken.has(name); n++) name = `${date}-${slug}-${n}.md`;
  taken.add(name);
  return name;
}

/** Every article as its own .md file (clippings without a saved page in clippings.md), zipped. */
export function markdownZip(data: LibraryData, now: Date): Uint8Array {
  const byArticle = new Map<string, Clipping[]>();
  for (const c of data.clippings) if (c.articleId) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const taken = new Set<string>();
  const entries = data.articles.map((a) => ({ name: fileName(a, taken), data: articleMarkdown(a, byArticle.get(a.id)) }));
  const known = new Set(data.articles.map((a) => a.id));
  const loose = data.clippings.filter((c) => !c.articleId || !known.has(c.articleId));
  if (loose.length) entries.push({ name: 'clippings.md', data: looseClippings(loose) });
  return zip(entries, now);
}

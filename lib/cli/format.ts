/** Human-readable rendering of a page result for the terminal. */
import type { Facts } from '../facts/index';
import type { PageRecord } from './run';

function factLines(facts: Facts): string[] {
  const lines: string[] = [];
  if (facts.dates.length) lines.push(`  Dates: ${facts.dates.map((d) => `${d.value ?? '?'}${d.end ? `–${d.end}` : ''} (${d.text})`).join('; ')}`);
  for (const o of facts.officials) lines.push(`  Official: ${o.name}${o.titles.length ? ` — ${o.titles.join('; ')}` : ''}`);
  for (const a of facts.awards) lines.push(`  Award: ${a.name}${a.recipient ? ` → ${a.recipient}` : ''}`);
  return lines;
}

/** A short report: title, site, date, language, reading time, facts, first paragraph. */
export function formatRecord(r: PageRecord): string {
  const meta = [
    r.siteName ?? 'unknown site',
    r.publishedTime ? `published ${r.publishedTime}` : 'no date',
    `lang ${r.lang}${r.dir === 'rtl' ? ' (rtl)' : ''}`,
    `${r.readingMinutes} min read (${r.wordCount} ${r.lang === 'vi' ? 'syllables' : 'words'})`,
  ].join(' · ');
  const lines = [`${r.source}`, `  ${r.title}`, `  ${meta}`];
  if (r.byline) lines.push(`  By ${r.byline}`);
  if (r.url) lines.push(`  ${r.url}`);
  const facts = factLines(r.facts);
  if (facts.length) lines.push('Facts:', ...facts);
  const first = r.text.split('\n\n')[0] ?? '';
  lines.push('', first);
  if (r.timings) {
    const t = r.timings;
    lines.push('', `  timings ms: parse ${t.parseMs} · readability ${t.readabilityMs} · clean-up ${t.cleanupMs} · facts ${t.factsMs} · total ${t.totalMs}`);
  }
  return `${lines.join('\n')}\n`;
}

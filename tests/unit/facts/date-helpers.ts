import { computeFacts } from '../../../lib/facts/index';

/** The date values computeFacts reads from `text`: "YYYY[-MM[-DD]]", ranges as "start..end", null as "?". */
export function dateValues(text: string, lang: string, publishedTime: string | null = null): string[] {
  return computeFacts({ text, lang, publishedTime }).dates.map((d) => (d.end ? `${d.value}..${d.end}` : (d.value ?? '?')));
}

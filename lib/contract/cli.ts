import { validateArticle, validateError } from './article';
import { validateFacts } from './facts';
import { isObj } from './shape';

/**
 * Checks one parsed line of `npm run extract -- --json`: either `{source, error: {code, message}}`
 * and nothing else, or `{source, ...article fields, facts}` (the CLI leaves out images and
 * readerable). Returns one line per problem; [] means valid.
 */
export function validateCliLine(line: unknown): string[] {
  if (!isObj(line)) return ['line: expected a JSON object'];
  const where = typeof line.source === 'string' ? line.source : '(no source)';
  const out: string[] = [];
  if (typeof line.source !== 'string' || !line.source) out.push('source: expected a non-empty string');
  if ('error' in line) {
    out.push(...validateError(line.error));
    const extra = Object.keys(line).filter((k) => k !== 'source' && k !== 'error');
    if (extra.length) out.push(`error line carries extra keys: ${extra.join(', ')}`);
  } else {
    out.push(...validateArticle(line, 'record', ['images', 'readerable']));
    if (typeof line.text === 'string') {
      const title = typeof line.title === 'string' ? line.title.normalize('NFC') : undefined;
      out.push(...validateFacts(line.facts, line.text, { title, path: 'record.facts' }));
    }
  }
  return out.map((p) => `${where}: ${p}`);
}

/** Runs the core and sorts the outcome: an article, a coded ExtractError, or a crash (anything else). */
import { ExtractError, extractArticle, type Article } from '../../../lib/extract';

export type Outcome = { kind: 'article'; article: Article } | { kind: 'error'; error: ExtractError } | { kind: 'crash'; error: unknown };

export function attempt(run: () => Article): Outcome {
  try {
    return { kind: 'article', article: run() };
  } catch (error) {
    return error instanceof ExtractError ? { kind: 'error', error } : { kind: 'crash', error };
  }
}

/** extractArticle on a document, sorted. */
export const extractOutcome = (doc: Document, url?: string): Outcome => attempt(() => extractArticle(doc, { url }));

/** A one-line description for assertion messages. */
export function describeOutcome(o: Outcome): string {
  if (o.kind === 'article') return `article "${o.article.title}" (${o.article.text.length} chars)`;
  if (o.kind === 'error') return `error ${o.error.code}: ${o.error.message}`;
  return `crash: ${o.error instanceof Error ? `${o.error.name}: ${o.error.message}` : String(o.error)}`;
}

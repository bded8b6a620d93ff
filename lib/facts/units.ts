/**
 * The pieces of an article the name-based extractors read: the title (which is not part of
 * `text`, yet a fact may stand only there) and then every sentence of the body.
 */
import type { FactContext } from './context';
import { type Tok, tokenize } from './words';

/** One sentence to read, tokenized; offsets are into `source`. */
export interface Unit {
  /** The string the token offsets point into: the article text, or the title. */
  source: string;
  toks: Tok[];
  /** Index into ctx.sentences, or -1 for the title. */
  index: number;
  paragraph: number;
}

const cache = new WeakMap<FactContext, Unit[]>();

/** Title first (unless the text already starts with it), then the body sentences. Memoised per context. */
export function unitsOf(ctx: FactContext): Unit[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: Unit[] = [];
  const title = ctx.title?.trim();
  if (title && !ctx.text.trimStart().startsWith(title)) {
    out.push({ source: ctx.title!, toks: tokenize(ctx.title!, 0), index: -1, paragraph: -1 });
  }
  for (const [i, s] of ctx.sentences.entries()) {
    out.push({ source: ctx.text, toks: tokenize(s.text, s.span.start), index: i, paragraph: s.paragraph });
  }
  cache.set(ctx, out);
  return out;
}

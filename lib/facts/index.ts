import type { FactContext } from './context';
import { parsePublished } from './date-math';
import { packFor, primaryLanguage } from './languages/registry';
import { nfc } from './normalize';
import { splitSentences } from './sentences';
import { summarize } from './summary';
import type { Facts, FactsInput } from './types';

export type { Facts, FactsInput } from './types';

/** The context every extractor reads: NFC text split once, the publication date parsed once. */
export function buildContext(input: FactsInput, abbreviations: readonly string[]): FactContext {
  const text = nfc(input.text);
  const ctx: FactContext = {
    text,
    sentences: splitSentences(text, abbreviations),
    published: parsePublished(input.publishedTime),
    lang: primaryLanguage(input.lang),
  };
  if (input.title) ctx.title = nfc(input.title);
  if (input.locale) ctx.locale = input.locale;
  return ctx;
}

/**
 * Article text → key facts. Pure and deterministic. Input is normalised to NFC first, so spans are
 * offsets into `input.text.normalize('NFC')` (the same string when the caller already passes NFC,
 * as the extraction core does). Unsupported languages get the neutral pack and `supported: false`.
 * Extractor errors are not caught: a bug should fail loudly, not return half the facts.
 */
export function computeFacts(input: FactsInput): Facts {
  const { pack, supported } = packFor(input.lang);
  const ctx = buildContext(input, pack.abbreviations);
  const officials = pack.officials(ctx);
  const facts: Facts = {
    lang: ctx.lang,
    supported,
    dates: pack.dates(ctx),
    officials,
    awards: pack.awards(ctx, officials),
    organizations: pack.organizations(ctx),
    places: pack.places(ctx),
    figures: pack.figures(ctx),
    summary: [],
  };
  facts.summary = summarize(ctx, facts);
  return facts;
}

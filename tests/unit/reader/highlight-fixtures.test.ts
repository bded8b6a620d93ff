// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtml } from '@/lib/cli/parse';
import { ExtractError, extractArticle, type Article } from '@/lib/extract';
import { computeFacts } from '@/lib/facts';
import { prepareContent } from '@/lib/reader/content';
import { factGroups } from '@/lib/facts/view';
import { foldText, highlightQuote, sentenceHint } from '@/lib/reader/highlight';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

/** The fixture pages that are articles (others exist to test refusals), extracted as the content script would. */
const articles = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .flatMap((file): [string, Article][] => {
    try {
      return [[file, extractArticle(parseHtml(decodeHtml(readFileSync(join(PAGES, file))), `https://fixture.test/${file}`))]];
    } catch (err) {
      if (err instanceof ExtractError) return []; // a page that tests a refusal, not an article
      throw err;
    }
  });

// End to end over the real cores: every fact's source sentence must be found in the rendered body.
describe.each(articles)('highlighting facts of %s', (_file, article) => {
  const facts = computeFacts({ text: article.text, lang: article.lang, publishedTime: article.publishedTime, title: article.title });
  const items = factGroups(facts).flatMap((g) => g.items);

  it('finds every source sentence in the rendered article, exactly', () => {
    const root = document.createElement('div');
    root.innerHTML = prepareContent(article.html, window).html;
    document.body.replaceChildren(root);
    const missing: string[] = [];
    for (const fact of items) {
      // Sentences from the title are found in the header, which this test does not render.
      if (!article.text.includes(fact.sentence)) continue;
      const marks = highlightQuote(root, fact.sentence, { hint: sentenceHint(article.text, fact.sentence, fact.span) });
      const marked = marks.map((m) => m.textContent).join('');
      if (foldText(marked) !== foldText(fact.sentence)) missing.push(`${fact.key}: ${fact.sentence.slice(0, 60)}`);
    }
    expect(missing).toEqual([]);
  });
});

import { extractArticleTimed } from '@/lib/extract';
import { computeFacts } from '@/lib/facts';
import { failure, toCodedError, type ExtractResult } from '@/lib/messaging';

// Injected on demand by lib/tabs (scripting.executeScript under activeTab). No `matches`: they
// would be copied into the manifest's host permissions.
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractResult {
    if (document.contentType === 'application/pdf') return failure('pdf', 'The page is a PDF.');
    try {
      const start = performance.now();
      const { article, timings } = extractArticleTimed(document, { url: location.href });
      const factsStart = performance.now();
      const facts = computeFacts({
        text: article.text,
        lang: article.lang,
        publishedTime: article.publishedTime,
        title: article.title,
      });
      const end = performance.now();
      // The browser parsed the page before Lede came: parsing costs Lede nothing here.
      return {
        ok: true,
        article,
        facts,
        timings: { parseMs: 0, ...timings, factsMs: end - factsStart, totalMs: end - start },
      };
    } catch (err) {
      return { ok: false, error: toCodedError(err) };
    }
  },
});

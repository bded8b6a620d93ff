import type { Article } from '@/lib/extract/types';
import { formatIsoDate, siteOf } from '@/lib/reader/format';
import { rt, uiLocale } from './strings';

/** Title, site, byline, publication date and reading time. */
export function ArticleHeader({ article }: { article: Article }) {
  const site = article.siteName || siteOf(article.url);
  const published = formatIsoDate(article.publishedTime, uiLocale());
  return (
    <header class="article-header">
      {site && (
        <p class="site">
          <a href={article.url} target="_blank" rel="noopener noreferrer" title={rt('readerOriginal')}>
            {site}
          </a>
        </p>
      )}
      <h1 data-testid="reader-title">{article.title}</h1>
      <p class="meta">
        {article.byline && <span class="byline">{article.byline}</span>}
        {published && article.publishedTime && <time dateTime={article.publishedTime}>{published}</time>}
        {article.readingMinutes > 0 && <span class="reading-time">{rt('readingTime', article.readingMinutes)}</span>}
      </p>
    </header>
  );
}

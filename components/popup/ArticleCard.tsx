import type { Article } from '@/lib/extract/types';
import { t } from '@/lib/i18n';
import { formatDay } from './format';

/** How many characters of the text the card shows before the reader view takes over. */
const OPENING_CHARS = 320;

function opening(text: string): string {
  const first = text.split(/\n\s*\n/).slice(0, 2).join(' ');
  return first.length > OPENING_CHARS ? `${first.slice(0, OPENING_CHARS).trimEnd()}…` : first;
}

/** Title, site, byline, date, reading time and the first lines of the article. */
export function ArticleCard({ article }: { article: Article }) {
  return (
    <article class="card" lang={article.lang} dir={article.dir}>
      {article.siteName && <p class="site">{article.siteName}</p>}
      <h1 class="title" data-testid="article-title">
        {article.title}
      </h1>
      <p class="meta">
        {article.byline && <span>{article.byline}</span>}
        {article.publishedTime && (
          <time dateTime={article.publishedTime} data-testid="article-date">
            {formatDay(article.publishedTime)}
          </time>
        )}
        <span>{t('readingTime', article.readingMinutes)}</span>
      </p>
      <p class="opening" aria-label={t('excerptLabel')}>
        {opening(article.text)}
      </p>
    </article>
  );
}

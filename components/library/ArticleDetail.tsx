import { useMemo } from 'preact/hooks';
import type { Clipping, FactType, ItemKind, SavedArticle } from '@/lib/db/types';
import { FactLinks } from './FactLinks';
import { formatDay, formatPublished, isWebUrl } from './format';
import { MetaEditor } from './MetaEditor';
import { offlineHtml } from './offline-html';
import { lt } from './strings';

interface Props {
  article: SavedArticle;
  clippings: Clipping[];
  locale: string;
  onBack: () => void;
  onFact: (type: FactType, value: string) => void;
  onSaveMeta: (kind: ItemKind, id: string, patch: { tags: string; note: string }) => void;
  onDelete: (kind: ItemKind, id: string, title: string) => void;
}

/** One saved article: its offline copy, facts, clippings, tags and note. */
export function ArticleDetail({ article: a, clippings, locale, onBack, onFact, onSaveMeta, onDelete }: Props) {
  // Sanitized again here: the stored html may come from an imported file, not from our extractor.
  const html = useMemo(() => offlineHtml(a.html, window, (alt) => lt('libImageRemoved', alt)), [a.html]);
  const published = formatPublished(a.publishedTime, locale);
  return (
    <article class="detail" data-testid="detail" aria-labelledby="detail-title">
      <p>
        <button type="button" class="link" data-testid="back" onClick={onBack}>
          ← {lt('libBack')}
        </button>
      </p>
      <header lang={a.lang} dir={a.dir}>
        <h2 id="detail-title" tabIndex={-1}>
          {a.title}
        </h2>
        <p class="meta">
          <span>{a.site}</span>
          {a.byline && <span>{a.byline}</span>}
          {published && <span>{lt('libPublishedOn', published)}</span>}
          <span>{lt('libSavedOn', formatDay(a.savedAt, locale))}</span>
        </p>
        <p class="actions">
          {isWebUrl(a.url) && (
            <a href={a.url} target="_blank" rel="noopener noreferrer">
              {lt('libOpenOriginal')}
            </a>
          )}
          <a href={`/reader.html?id=${encodeURIComponent(a.id)}`}>{lt('libOpenReader')}</a>
          <button type="button" class="delete" data-testid="delete-article" onClick={() => onDelete('article', a.id, a.title)}>
            {lt('libDelete')}
          </button>
        </p>
      </header>
      <div class="detail-side">
        <section aria-labelledby="meta-heading">
          <h3 id="meta-heading">{lt('libNote')}</h3>
          <MetaEditor key={a.id + a.updatedAt} id={a.id} tags={a.tags} note={a.note} onSave={(p) => onSaveMeta('article', a.id, p)} />
        </section>
        <section aria-labelledby="facts-heading">
          <h3 id="facts-heading">{lt('libFacts')}</h3>
          <FactLinks facts={a.facts} onFact={onFact} />
        </section>
        {clippings.length > 0 && (
          <section aria-labelledby="clippings-heading">
            <h3 id="clippings-heading">{lt('libClippings')}</h3>
            <ul class="clippings">
              {clippings.map((c) => (
                <li key={c.id} data-testid="detail-clipping">
                  <blockquote lang={a.lang}>{c.quote}</blockquote>
                  {c.note && <p class="note">{c.note}</p>}
                  <button type="button" class="delete" onClick={() => onDelete('clipping', c.id, c.quote.slice(0, 60))}>
                    {lt('libDelete')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <section class="offline" aria-labelledby="offline-heading">
        <h3 id="offline-heading">{lt('libOfflineCopy')}</h3>
        <div class="article-body" lang={a.lang} dir={a.dir} data-testid="offline-copy" dangerouslySetInnerHTML={{ __html: html }} />
      </section>
    </article>
  );
}

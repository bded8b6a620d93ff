import type { ArticleSummary, Clipping, ItemKind, ListItem } from '@/lib/db/types';
import { formatDay, formatPublished, isWebUrl } from './format';
import { lt } from './strings';

interface Props {
  item: ListItem;
  locale: string;
  onDelete: (kind: ItemKind, id: string, title: string) => void;
}

function Tags({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return (
    <ul class="tags" aria-label={lt('libTags')}>
      {tags.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}

function DeleteButton({ kind, id, title, onDelete }: { kind: ItemKind; id: string; title: string; onDelete: Props['onDelete'] }) {
  return (
    <button type="button" class="delete" aria-label={`${lt('libDelete')}: ${title}`} onClick={() => onDelete(kind, id, title)}>
      {lt('libDelete')}
    </button>
  );
}

function ArticleRow({ a, locale, onDelete }: { a: ArticleSummary; locale: string; onDelete: Props['onDelete'] }) {
  const published = formatPublished(a.publishedTime, locale);
  return (
    <li class="item" data-testid="item" lang={a.lang} dir={a.dir}>
      <h3>
        <a data-testid="item-title" href={`#article/${encodeURIComponent(a.id)}`}>
          {a.title || a.url}
        </a>
      </h3>
      <p class="meta">
        <span>{a.site}</span>
        {published && <span>{lt('libPublishedOn', published)}</span>}
        <span>{lt('libSavedOn', formatDay(a.savedAt, locale))}</span>
      </p>
      {a.excerpt && <p class="excerpt">{a.excerpt}</p>}
      {a.note && <p class="note">{a.note}</p>}
      <Tags tags={a.tags} />
      <DeleteButton kind="article" id={a.id} title={a.title} onDelete={onDelete} />
    </li>
  );
}

function ClippingRow({ c, locale, onDelete }: { c: Clipping; locale: string; onDelete: Props['onDelete'] }) {
  const source = c.title || c.url;
  // A clipping opens its saved article; a page that was never saved opens at its own address.
  const link = c.articleId ? (
    <a data-testid="clipping-title" href={`#article/${encodeURIComponent(c.articleId)}`}>
      {source}
    </a>
  ) : isWebUrl(c.url) ? (
    <a data-testid="clipping-title" href={c.url} target="_blank" rel="noopener noreferrer">
      {source}
    </a>
  ) : (
    <span data-testid="clipping-title">{source}</span>
  );
  return (
    <li class="item clipping" data-testid="clipping">
      <p class="kind">{lt('libClipping')}</p>
      <blockquote>{c.quote}</blockquote>
      <p class="meta">
        {link}
        <span>{c.site}</span>
        <span>{lt('libSavedOn', formatDay(c.savedAt, locale))}</span>
      </p>
      {c.note && <p class="note">{c.note}</p>}
      <Tags tags={c.tags} />
      <DeleteButton kind="clipping" id={c.id} title={c.quote.slice(0, 60)} onDelete={onDelete} />
    </li>
  );
}

/** One saved article or clipping in the list. */
export function ItemRow({ item, locale, onDelete }: Props) {
  return item.kind === 'article' ? (
    <ArticleRow a={item.article} locale={locale} onDelete={onDelete} />
  ) : (
    <ClippingRow c={item.clipping} locale={locale} onDelete={onDelete} />
  );
}

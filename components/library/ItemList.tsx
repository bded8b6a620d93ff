import type { ItemKind, ListPage } from '@/lib/db/types';
import { formatCount } from './format';
import { ItemRow } from './ItemRow';
import { lt } from './strings';

interface Props {
  page: ListPage | null;
  offset: number;
  pageSize: number;
  filtered: boolean;
  locale: string;
  onPage: (offset: number) => void;
  onDelete: (kind: ItemKind, id: string, title: string) => void;
}

/** One page of items, newest first, with a pager: 10,000 items never render at once. */
export function ItemList({ page, offset, pageSize, filtered, locale, onPage, onDelete }: Props) {
  if (!page) return <p role="status">{lt('libLoading')}</p>;
  if (!page.total) return <p class="empty">{lt(filtered ? 'libNoMatch' : 'libEmpty')}</p>;
  const first = offset + 1;
  const last = offset + page.items.length;
  return (
    <section class="results" aria-labelledby="results-count">
      <p id="results-count" class="count" role="status" data-testid="result-count">
        {`${formatCount(first, locale)}–${formatCount(last, locale)} · ${lt('libTotal', formatCount(page.total, locale))}`}
      </p>
      <ol class="items">
        {page.items.map((item) => (
          <ItemRow key={item.id} item={item} locale={locale} onDelete={onDelete} />
        ))}
      </ol>
      <nav class="pager" aria-label={lt('libTotal', formatCount(page.total, locale))}>
        <button type="button" disabled={offset === 0} onClick={() => onPage(offset - pageSize)}>
          {lt('libPrev')}
        </button>
        <button type="button" disabled={last >= page.total} onClick={() => onPage(offset + pageSize)}>
          {lt('libNext')}
        </button>
      </nav>
    </section>
  );
}

import { useEffect } from 'preact/hooks';
import { ArticleDetail } from '@/components/library/ArticleDetail';
import { FilterBar } from '@/components/library/FilterBar';
import { ItemList } from '@/components/library/ItemList';
import { NoticeBar } from '@/components/library/NoticeBar';
import { SearchBox } from '@/components/library/SearchBox';
import { lt } from '@/components/library/strings';
import { TransferPanel } from '@/components/library/TransferPanel';
import { PAGE_SIZE, type LibraryModel } from '@/lib/state/library';
import { download } from './download';

const ROUTE = /^#article\/(.+)$/;

/** Wires the library model to the components. `#article/<id>` is the detail view, so Back works. */
export function App({ model, locale }: { model: LibraryModel; locale: string }) {
  useEffect(() => {
    const route = () => {
      const id = ROUTE.exec(location.hash)?.[1];
      if (id) void model.open(decodeURIComponent(id)).then(() => document.getElementById('detail-title')?.focus());
      else model.close();
    };
    route();
    addEventListener('hashchange', route);
    return () => removeEventListener('hashchange', route);
  }, [model]);

  const back = () => {
    if (location.hash) location.hash = '';
  };
  const detail = model.detail.value;
  return (
    <div class="library">
      <header class="top">
        <h1>{lt('libTitle')}</h1>
        <SearchBox
          value={model.query.value}
          busy={model.loading.value}
          onInput={(text) => {
            back();
            model.search(text);
          }}
        />
      </header>
      <NoticeBar notice={model.notice.value} onUndo={() => void model.undoDelete()} onDismiss={model.dismiss} />
      <div class="columns">
        <aside>
          <FilterBar
            filters={model.filters.value}
            sites={model.sites.value}
            tags={model.tags.value}
            onChange={(patch) => {
              back();
              model.setFilters(patch);
            }}
            onClear={model.clearFilters}
          />
          <TransferPanel onExport={(f) => void model.exportAs(f).then((file) => file && download(file))} onImport={(file) => void model.importFile(file)} />
        </aside>
        <main>
          {detail?.kind === 'article' ? (
            <ArticleDetail
              article={detail.article}
              clippings={detail.clippings}
              locale={locale}
              onBack={back}
              onFact={(type, value) => {
                back();
                model.filterByFact(type, value);
              }}
              onSaveMeta={(kind, id, patch) => void model.saveMeta(kind, id, patch)}
              onDelete={(kind, id, title) => {
                if (kind === 'article') back();
                void model.remove(kind, id, title);
              }}
            />
          ) : (
            <>
              {detail?.kind === 'missing' && <p class="empty">{lt('libMissing')}</p>}
              <ItemList
                page={model.page.value}
                offset={model.offset.value}
                pageSize={PAGE_SIZE}
                filtered={!!model.query.value.trim() || Object.keys(model.filters.value).length > 0}
                locale={locale}
                onPage={model.goTo}
                onDelete={(kind, id, title) => void model.remove(kind, id, title)}
              />
            </>
          )}
        </main>
      </div>
    </div>
  );
}

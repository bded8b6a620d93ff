import { ArticleCard } from '@/components/popup/ArticleCard';
import { FactList } from '@/components/popup/FactList';
import { Notice } from '@/components/popup/Notice';
import { SavePanel } from '@/components/popup/SavePanel';
import { Toolbar } from '@/components/popup/Toolbar';
import { t } from '@/lib/i18n';
import type { PopupModel } from '@/lib/state/popup';

/** Wires the popup model to the components; the model decides, the components render. */
export function App({ model }: { model: PopupModel }) {
  const view = model.view.value;
  return (
    <main class="popup" aria-busy={view.kind === 'loading'}>
      <Toolbar canRead={view.kind === 'article'} onReader={model.openReader} onLibrary={model.openLibrary} />
      {view.kind === 'loading' && (
        <p class="loading" role="status">
          {t('loading')}
        </p>
      )}
      {view.kind === 'article' && (
        <>
          <ArticleCard article={view.article} />
          <SavePanel
            state={model.save.value}
            tags={model.tags.value}
            note={model.note.value}
            onTags={(value) => (model.tags.value = value)}
            onNote={(value) => (model.note.value = value)}
            onSave={() => void model.saveArticle()}
          />
          <FactList facts={view.facts} selected={model.selectedFact.value} onSelect={model.toggleFact} />
        </>
      )}
      {(view.kind === 'not-article' || view.kind === 'error') && (
        <Notice
          view={view}
          clip={model.clip.value}
          onSaveClipping={(withSelection) => void model.saveClipping(withSelection)}
          onRetry={() => void model.load()}
        />
      )}
    </main>
  );
}

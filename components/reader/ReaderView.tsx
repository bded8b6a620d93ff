import type { Notice, ReaderModel, ReaderView as View } from '@/lib/state/reader';
import { directionOf } from '@/lib/reader/format';
import { showToc } from '@/lib/reader/toc';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { FactsPanel } from './FactsPanel';
import { ReaderToolbar } from './ReaderToolbar';
import { rt, type ReaderString } from './strings';
import { TableOfContents } from './TableOfContents';

type Ready = Extract<View, { kind: 'ready' }>;
type Failed = Extract<View, { kind: 'error' }>;

const ERRORS: Partial<Record<Failed['code'], ReaderString>> = {
  'restricted-page': 'errRestricted',
  pdf: 'errPdf',
  'no-access': 'errNoAccess',
  'tab-closed': 'errTabClosed',
  navigated: 'errNavigated',
  'no-tab': 'errNoTab',
  empty: 'errEmpty',
  'not-article': 'notArticle',
  'too-large': 'errTooLarge',
  'bad-address': 'readerBadAddress',
  'not-found': 'readerNotFound',
};

const NOTICES: Record<Notice, ReaderString> = {
  saved: 'clipSaved',
  'save-failed': 'saveFailed',
  copied: 'readerCopied',
  'copy-failed': 'readerCopyFailed',
  'sentence-missing': 'readerSentenceMissing',
};

function Article({ view, model }: { view: Ready; model: ReaderModel }) {
  const { article, facts, content } = view;
  const dir = directionOf(article);
  const target = model.highlight.value;
  return (
    <div class={`layout${showToc(content.toc) ? ' with-toc' : ''}`}>
      {showToc(content.toc) && <TableOfContents toc={content.toc} />}
      <main id="article" tabIndex={-1}>
        <article lang={article.lang === 'und' ? undefined : article.lang} dir={dir}>
          <ArticleHeader article={article} />
          <ArticleBody html={content.html} highlight={target} onMissing={model.sentenceMissing} />
        </article>
      </main>
      <aside data-testid="facts-panel" aria-labelledby="facts-heading">
        <FactsPanel
          groups={model.groups.value}
          supported={facts.supported}
          lang={facts.lang}
          selected={target?.key ?? null}
          onSelect={model.selectFact}
        />
      </aside>
    </div>
  );
}

function Status({ view }: { view: View }) {
  if (view.kind === 'loading') return <main class="status" aria-busy="true"><p>{rt('loading')}</p></main>;
  if (view.kind !== 'error') return null;
  const key = ERRORS[view.code];
  return (
    <main class="status" id="article" tabIndex={-1}>
      <p role="alert">{key ? rt(key) : rt('errOther', view.message)}</p>
    </main>
  );
}

/** The whole reader page: toolbar, then the article between its contents and its key facts. */
export function ReaderView({ model }: { model: ReaderModel }) {
  const view = model.view.value;
  const notice = model.notice.value;
  const save = model.saveState.value;
  return (
    <div class="reader">
      <a class="skip" href="#article">{rt('readerSkip')}</a>
      <header class="bar">
        <ReaderToolbar
          settings={model.settings.value}
          saveState={save}
          ready={view.kind === 'ready'}
          onChange={model.updateSettings}
          onFontStep={model.fontStep}
          onSave={model.save}
          onPrint={model.print}
          onCite={model.copyCitation}
          onClose={model.close}
        />
      </header>
      {view.kind === 'ready' ? <Article view={view} model={model} /> : <Status view={view} />}
      <p class="notice" role="status" aria-live="polite">
        {notice && rt(NOTICES[notice], save.kind === 'failed' ? save.message : undefined)}
      </p>
    </div>
  );
}

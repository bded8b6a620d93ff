import { t, type MessageKey } from '@/lib/i18n';
import type { ErrorCode } from '@/lib/messaging';
import type { PopupView, SaveState } from '@/lib/state/popup';
import { SaveStatus } from './SavePanel';

/** What each failure tells the reader; anything else reads errOther with the raw message. */
const MESSAGES: Partial<Record<ErrorCode, MessageKey>> = {
  'restricted-page': 'errRestricted',
  pdf: 'errPdf',
  'no-access': 'errNoAccess',
  'tab-closed': 'errTabClosed',
  navigated: 'errNavigated',
  'no-tab': 'errNoTab',
  empty: 'errEmpty',
  'too-large': 'errTooLarge',
};

/** Retrying helps only where the page itself may have changed. */
const RETRYABLE = new Set<ErrorCode>(['navigated', 'internal', 'parse-failed', 'read-failed']);

interface Props {
  view: Extract<PopupView, { kind: 'not-article' | 'error' }>;
  clip: SaveState;
  onSaveClipping: (withSelection: boolean) => void;
  onRetry: () => void;
}

/** A calm, in-place message for a page Lede cannot show as an article, with what can still be done. */
export function Notice({ view, clip, onSaveClipping, onRetry }: Props) {
  if (view.kind === 'error') {
    const key = MESSAGES[view.code];
    return (
      <section class="notice" data-testid="notice" data-code={view.code}>
        <p>{key ? t(key) : t('errOther', view.message)}</p>
        {RETRYABLE.has(view.code) && (
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        )}
      </section>
    );
  }
  const page = view.page;
  const busy = clip.kind === 'saving' || clip.kind === 'saved';
  return (
    <section class="notice" data-testid="notice" data-code="not-article">
      <p>{t('notArticle')}</p>
      {page && (
        <>
          <p class="hint">{t('notArticleHint')}</p>
          <div class="row">
            <button type="button" class="primary" disabled={busy} onClick={() => onSaveClipping(false)}>
              {t('savePageLink')}
            </button>
            {page.selection && (
              <button type="button" disabled={busy} onClick={() => onSaveClipping(true)}>
                {t('saveSelection')}
              </button>
            )}
          </div>
          <SaveStatus state={clip} />
        </>
      )}
    </section>
  );
}

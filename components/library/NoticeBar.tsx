import type { ImportReport } from '@/lib/db/types';
import type { Notice } from '@/lib/state/library';
import { lt } from './strings';

interface Props {
  notice: Notice | null;
  onUndo: () => void;
  onDismiss: () => void;
}

const counts = (r: ImportReport) =>
  [lt('libImportAdded', r.added), lt('libImportUpdated', r.updated), lt('libImportSkipped', r.skipped)].join(', ');

function text(n: Notice): string {
  switch (n.kind) {
    case 'deleted':
      return lt('libDeleted', n.title);
    case 'undo-failed':
      return lt('libUndoFailed');
    case 'saved':
      return lt('libSavedChanges');
    case 'imported':
      return lt('libImportDone', counts(n.report));
    case 'import-failed':
      return lt('libImportFailed', n.reason);
    case 'error':
      return lt('libError', n.message);
  }
}

/** The one live message: outcomes of deletes (with undo), edits and imports. */
export function NoticeBar({ notice, onUndo, onDismiss }: Props) {
  const failed = notice?.kind === 'import-failed' || notice?.kind === 'error' || notice?.kind === 'undo-failed';
  return (
    <div class="notice-area" role={failed ? 'alert' : 'status'} aria-live={failed ? 'assertive' : 'polite'}>
      {notice && (
        <p class={failed ? 'notice failed' : 'notice'} data-testid="notice">
          <span>{text(notice)}</span>
          {notice.kind === 'deleted' && (
            <button type="button" data-testid="undo" onClick={onUndo}>
              {lt('libUndo')}
            </button>
          )}
          <button type="button" class="link" onClick={onDismiss}>
            {lt('libDismiss')}
          </button>
        </p>
      )}
    </div>
  );
}

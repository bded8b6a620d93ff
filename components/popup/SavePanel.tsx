import { t } from '@/lib/i18n';
import type { SaveState } from '@/lib/state/popup';
import { formatMoment } from './format';

interface Props {
  state: SaveState;
  tags: string;
  note: string;
  onTags: (value: string) => void;
  onNote: (value: string) => void;
  onSave: () => void;
}

/** Tags, a note and the save button; says when the article is already in the library. */
export function SavePanel({ state, tags, note, onTags, onNote, onSave }: Props) {
  const saving = state.kind === 'saving';
  return (
    <form
      class="save"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label>
        {t('tagsLabel')}
        <input value={tags} placeholder={t('tagsHint')} onInput={(e) => onTags(e.currentTarget.value)} />
      </label>
      <label>
        {t('noteLabel')}
        <textarea rows={2} value={note} onInput={(e) => onNote(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="submit" class="primary" data-testid="save" disabled={saving} aria-busy={saving}>
          {saving ? t('saving') : t('save')}
        </button>
        <SaveStatus state={state} />
      </div>
    </form>
  );
}

/** The outcome of a save, announced to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  if (state.kind === 'saved') {
    return (
      <p class="status ok" role="status" data-testid="saved">
        {t('savedOn', formatMoment(state.savedAt))}
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <p class="status bad" role="alert">
        {t('saveFailed', state.message)}
      </p>
    );
  }
  return null;
}

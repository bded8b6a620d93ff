import { useState } from 'preact/hooks';
import { lt } from './strings';

interface Props {
  /** Unique per edited item: ids in the form's fields. */
  id: string;
  tags: string[];
  note: string;
  onSave: (patch: { tags: string; note: string }) => void;
}

/** Tags (comma separated) and a note; the draft lives here until Save (give it a `key` per item). */
export function MetaEditor({ id, tags, note, onSave }: Props) {
  const [tagText, setTagText] = useState(tags.join(', '));
  const [noteText, setNoteText] = useState(note);
  return (
    <form
      class="meta-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ tags: tagText, note: noteText });
      }}
    >
      <label for={`tags-${id}`}>{lt('libTags')}</label>
      <input
        id={`tags-${id}`}
        data-testid="tags-input"
        value={tagText}
        aria-describedby={`tags-hint-${id}`}
        onInput={(e) => setTagText(e.currentTarget.value)}
      />
      <p id={`tags-hint-${id}`} class="hint">
        {lt('libTagsHint')}
      </p>
      <label for={`note-${id}`}>{lt('libNote')}</label>
      <textarea id={`note-${id}`} data-testid="note-input" rows={4} value={noteText} onInput={(e) => setNoteText(e.currentTarget.value)} />
      <button type="submit" data-testid="save-meta">
        {lt('libSave')}
      </button>
    </form>
  );
}

import { lt } from './strings';

interface Props {
  value: string;
  busy: boolean;
  onInput: (value: string) => void;
}

/** The library's search field; the model debounces, so every keystroke is passed on. */
export function SearchBox({ value, busy, onInput }: Props) {
  return (
    <div class="search" role="search">
      <label for="library-search">{lt('libSearch')}</label>
      <input
        id="library-search"
        type="search"
        data-testid="search"
        value={value}
        autocomplete="off"
        spellcheck={false}
        aria-describedby="library-search-hint"
        aria-busy={busy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id="library-search-hint" class="hint">
        {lt('libSearchHint')}
      </p>
    </div>
  );
}

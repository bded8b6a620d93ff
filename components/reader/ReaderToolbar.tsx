import type { TargetedEvent } from 'preact';
import { formatLocalDate } from '@/lib/reader/format';
import { atFontLimit, FAMILIES, SPACINGS, THEMES, WIDTHS, type ReaderSettings } from '@/lib/reader/settings';
import type { SaveState } from '@/lib/state/reader';
import { rt, uiLocale, type ReaderString } from './strings';

interface Props {
  settings: ReaderSettings;
  saveState: SaveState;
  /** False while there is no article (loading, error): the article actions are then disabled. */
  ready: boolean;
  onChange: (patch: Partial<ReaderSettings>) => void;
  onFontStep: (direction: 1 | -1) => void;
  onSave: () => void;
  onPrint: () => void;
  onCite: () => void;
  onClose: () => void;
}

const LABELS: Record<string, ReaderString> = {
  serif: 'readerSerif',
  sans: 'readerSans',
  narrow: 'readerNarrow',
  medium: 'readerMedium',
  wide: 'readerWide',
  compact: 'readerCompact',
  normal: 'readerNormal',
  loose: 'readerLoose',
  system: 'readerThemeSystem',
  light: 'readerThemeLight',
  sepia: 'readerThemeSepia',
  dark: 'readerThemeDark',
};

interface ChoiceProps<T extends string> {
  name: ReaderString;
  value: T;
  options: readonly T[];
  testId?: string;
  /** Keep the label for screen readers only, where the options name themselves ("System theme"). */
  hideLabel?: boolean;
  onPick: (value: T) => void;
}

/** A labelled native select: keyboard and screen-reader behaviour come for free. */
function Choice<T extends string>({ name, value, options, testId, hideLabel, onPick }: ChoiceProps<T>) {
  const onInput = (e: TargetedEvent<HTMLSelectElement>) => onPick(e.currentTarget.value as T);
  return (
    <label class="choice">
      <span class={hideLabel ? 'visually-hidden' : 'choice-name'}>{rt(name)}</span>
      <select value={value} onInput={onInput} data-testid={testId}>
        {options.map((o) => (
          <option key={o} value={o}>
            {rt(LABELS[o] ?? name)}
          </option>
        ))}
      </select>
    </label>
  );
}

function saveLabel(state: SaveState): string {
  if (state.kind === 'saving') return rt('saving');
  if (state.kind !== 'saved') return rt('save');
  const when = new Date(state.savedAt);
  return Number.isNaN(when.getTime()) ? rt('clipSaved') : rt('savedOn', formatLocalDate(when, uiLocale()));
}

function FontSize({ settings, onFontStep }: Pick<Props, 'settings' | 'onFontStep'>) {
  const step = (direction: 1 | -1, testId: string, label: ReaderString, sign: string) => (
    <button
      type="button"
      data-testid={testId}
      aria-label={rt(label)}
      title={`${rt(label)} (${sign})`}
      disabled={atFontLimit(settings, direction)}
      onClick={() => onFontStep(direction)}
    >
      A<span aria-hidden="true">{sign}</span>
    </button>
  );
  return (
    <div class="group font">
      {step(-1, 'font-decrease', 'readerSmaller', '−')}
      <output class="size">{settings.fontSize}</output>
      {step(1, 'font-increase', 'readerLarger', '+')}
    </div>
  );
}

/** Typography controls and the article actions (save, cite, print, close). */
export function ReaderToolbar(p: Props) {
  const s = p.settings;
  const saving = p.saveState.kind === 'saving' || p.saveState.kind === 'saved';
  return (
    <div class="toolbar" role="toolbar" aria-label={rt('readerSettings')} title={rt('readerShortcuts')}>
      <FontSize settings={s} onFontStep={p.onFontStep} />
      <div class="group">
        {/* The less used settings fold away, as in the best reader modes; Escape closes the menu first. */}
        <details class="text-menu">
          <summary title={rt('readerTextSettings')}>{rt('readerText')}</summary>
          <div class="menu">
            <Choice name="readerTypeface" value={s.family} options={FAMILIES} onPick={(family) => p.onChange({ family })} />
            <Choice name="readerWidth" value={s.width} options={WIDTHS} onPick={(width) => p.onChange({ width })} />
            <Choice name="readerSpacing" value={s.lineHeight} options={SPACINGS} onPick={(lineHeight) => p.onChange({ lineHeight })} />
          </div>
        </details>
        <Choice name="readerTheme" value={s.theme} options={THEMES} testId="theme" hideLabel onPick={(theme) => p.onChange({ theme })} />
      </div>
      <div class="group actions">
        <button type="button" data-testid="save" data-state={p.saveState.kind} disabled={!p.ready || saving} onClick={p.onSave}>
          {saveLabel(p.saveState)}
        </button>
        <button type="button" data-testid="cite" disabled={!p.ready} onClick={p.onCite}>
          {rt('readerCite')}
        </button>
        <button type="button" data-testid="print" disabled={!p.ready} onClick={p.onPrint}>
          {rt('readerPrint')}
        </button>
        <button type="button" data-testid="close" onClick={p.onClose} title={`${rt('readerClose')} (Esc)`}>
          {rt('readerClose')}
        </button>
      </div>
    </div>
  );
}

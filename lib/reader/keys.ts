/** Keyboard shortcuts of the reader view. */
export type ReaderCommand = 'font-up' | 'font-down' | 'theme' | 'close';

/** The parts of a KeyboardEvent that decide a shortcut. */
export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element's tag, e.g. "INPUT"; typing there is never a shortcut. */
  targetTag?: string;
  targetEditable?: boolean;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const KEYS: Readonly<Record<string, ReaderCommand>> = {
  '+': 'font-up',
  '=': 'font-up', // the unshifted "+" key on US layouts
  '-': 'font-down',
  _: 'font-down',
  t: 'theme',
  T: 'theme',
  Escape: 'close',
};

/**
 * The command a key press means, or null. Ctrl/Cmd/Alt combinations stay the browser's (Ctrl+"+"
 * is page zoom), and keys typed into a form field stay there, except Escape which still closes.
 */
export function commandFor(input: KeyInput): ReaderCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const command = KEYS[input.key] ?? null;
  const typing = input.targetEditable === true || TYPING.has(input.targetTag ?? '');
  return typing && command !== 'close' ? null : command;
}

import { useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ReaderView } from '@/components/reader/ReaderView';
import { rt } from '@/components/reader/strings';
import { commandFor } from '@/lib/reader/keys';
import { settingsStyle } from '@/lib/reader/settings';
import { watchSettings } from '@/lib/reader/settings-store';
import type { ReaderModel } from '@/lib/state/reader';

/** Wires the model to the page: settings onto <html>, the title, shortcuts, settings from other tabs. */
export function App({ model }: { model: ReaderModel }) {
  useSignalEffect(() => {
    const s = model.settings.value;
    const root = document.documentElement;
    root.dataset.theme = s.theme;
    root.dataset.family = s.family;
    for (const [name, value] of Object.entries(settingsStyle(s))) root.style.setProperty(name, value);
  });

  useSignalEffect(() => {
    const view = model.view.value;
    document.title = view.kind === 'ready' ? `${view.article.title} — Lede` : rt('readerTitle');
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const { key, ctrlKey, metaKey, altKey } = e;
      const command = commandFor({ key, ctrlKey, metaKey, altKey, targetTag: target?.tagName, targetEditable: target?.isContentEditable });
      if (!command) return;
      e.preventDefault();
      const menu = document.querySelector<HTMLDetailsElement>('details[open]');
      // Escape closes an open menu before it closes the reader.
      if (command === 'close' && menu) {
        menu.open = false;
        menu.querySelector('summary')?.focus();
      } else model.run(command);
    };
    // A menu closes when the reader clicks elsewhere, as menus do.
    const onPointer = (e: PointerEvent) => {
      for (const menu of document.querySelectorAll('details[open]')) if (!menu.contains(e.target as Node)) menu.removeAttribute('open');
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    const unwatch = watchSettings(model.receiveSettings);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      unwatch();
    };
  }, [model]);

  return <ReaderView model={model} />;
}

import { t } from '@/lib/i18n';

interface Props {
  /** The reader view needs an article to show. */
  canRead: boolean;
  onReader: () => void;
  onLibrary: () => void;
}

/** The popup's header: the name, and the ways on to the reader view and the library. */
export function Toolbar({ canRead, onReader, onLibrary }: Props) {
  return (
    <header class="toolbar">
      <span class="brand">
        <img src="/icon/32.png" width={16} height={16} alt="" />
        {t('extName')}
      </span>
      <nav>
        <button type="button" disabled={!canRead} onClick={onReader} data-testid="open-reader">
          {t('openReader')}
        </button>
        <button type="button" onClick={onLibrary} data-testid="open-library">
          {t('openLibrary')}
        </button>
      </nav>
    </header>
  );
}

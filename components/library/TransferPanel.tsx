import type { ExportFormat } from '@/lib/export';
import { lt, type LibraryString } from './strings';

interface Props {
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
}

const FORMATS: Array<[ExportFormat, LibraryString]> = [
  ['json', 'libExportJson'],
  ['csv', 'libExportCsv'],
  ['markdown', 'libExportMarkdown'],
  ['csl', 'libExportCsl'],
  ['bibtex', 'libExportBibtex'],
  ['ris', 'libExportRis'],
];

/** Export buttons (one per format) and the backup import. */
export function TransferPanel({ onExport, onImport }: Props) {
  return (
    <section class="transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{lt('libExport')}</h2>
      <div class="buttons">
        {FORMATS.map(([format, label]) => (
          <button key={format} type="button" data-testid={`export-${format}`} onClick={() => onExport(format)}>
            {lt(label)}
          </button>
        ))}
      </div>
      <label class="import">
        <span>{lt('libImport')}</span>
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onImport(file);
            input.value = ''; // the same file can be chosen again
          }}
        />
      </label>
    </section>
  );
}

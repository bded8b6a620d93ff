import type { LibraryData } from '../db';
import { serializeBackup, toBackup } from './backup';
import { toBibtex } from './bibtex';
import { citationSources } from './cite';
import { toCslJson } from './csl';
import { factsCsv } from './csv';
import { markdownZip } from './markdown';
import { toRis } from './ris';

export { parseBackup, serializeBackup, toBackup, BACKUP_FORMAT, BACKUP_VERSION, type Backup, type ParsedBackup } from './backup';
export { citationSources, parseByline, type Source } from './cite';
export { factsCsv } from './csv';
export { articleMarkdown, markdownZip } from './markdown';
export { toCslJson } from './csl';
export { toBibtex } from './bibtex';
export { toRis } from './ris';
export { importBackupText, type ImportResult } from './import';

export type ExportFormat = 'json' | 'csv' | 'markdown' | 'csl' | 'bibtex' | 'ris';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'markdown', 'csl', 'bibtex', 'ris'];

/** A file ready to download. */
export interface ExportFile {
  filename: string;
  mime: string;
  data: string | Uint8Array;
}

/** The library in `format`, named after the day of `now` ("lede-library-2025-01-15.json"). */
export function buildExport(format: ExportFormat, data: LibraryData, now: Date): ExportFile {
  const day = now.toISOString().slice(0, 10);
  const cite = () => citationSources(data.articles, data.clippings);
  switch (format) {
    case 'json':
      return { filename: `lede-library-${day}.json`, mime: 'application/json', data: serializeBackup(toBackup(data, now)) };
    case 'csv':
      return { filename: `lede-facts-${day}.csv`, mime: 'text/csv;charset=utf-8', data: factsCsv(data.articles) };
    case 'markdown':
      return { filename: `lede-articles-${day}.zip`, mime: 'application/zip', data: markdownZip(data, now) };
    case 'csl':
      return { filename: `lede-citations-${day}.json`, mime: 'application/vnd.citationstyles.csl+json', data: toCslJson(cite()) };
    case 'bibtex':
      return { filename: `lede-citations-${day}.bib`, mime: 'application/x-bibtex;charset=utf-8', data: toBibtex(cite()) };
    case 'ris':
      return { filename: `lede-citations-${day}.ris`, mime: 'application/x-research-info-systems', data: toRis(cite()) };
  }
}

import { importLibrary, type ImportReport } from '../db';
import { parseBackup } from './backup';

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; reason: string };

/** Validates a whole backup file, then merges it in one transaction; a rejected file changes nothing. */
export async function importBackupText(text: string): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, report: await importLibrary(parsed.data) };
}

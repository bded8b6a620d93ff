export type StorageErrorCode = 'quota' | 'not-found' | 'invalid' | 'unavailable' | 'failed';

/** The one error lib/db throws; `code` is stable, `message` is for people. */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

const QUOTA_MESSAGE =
  'The browser has no room left for the Lede library. Nothing was saved and your library is unchanged. ' +
  'Delete some saved articles (or export a backup first), then try again.';

/** Dexie wraps the DOMException several levels deep (AbortError → inner → failures). */
function isQuota(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as { name?: string; inner?: unknown; cause?: unknown; failures?: unknown[] };
  if (err.name === 'QuotaExceededError') return true;
  return (
    isQuota(err.inner, depth + 1) ||
    isQuota(err.cause, depth + 1) ||
    (Array.isArray(err.failures) && err.failures.some((f) => isQuota(f, depth + 1)))
  );
}

/** Any failure from IndexedDB → StorageError (quota recognised however deeply Dexie wrapped it). */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  if (isQuota(e)) return new StorageError('quota', QUOTA_MESSAGE, { cause: e });
  const name = (e as { name?: string } | null)?.name;
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'OpenFailedError')
    return new StorageError('unavailable', 'The library database could not be opened in this context.', { cause: e });
  const msg = e instanceof Error ? e.message : String(e);
  return new StorageError('failed', `The library could not be updated: ${msg}`, { cause: e });
}

/** Runs a db operation and rethrows its failure as a StorageError. */
export async function guard<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw toStorageError(e);
  }
}

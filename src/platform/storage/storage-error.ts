// Storage failures mapped to what a person can be told.

export type StorageProblem = 'quota' | 'unavailable' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause: unknown,
  ) {
    super(`storage ${problem}: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`, { cause });
    this.name = 'StorageError';
  }
}

/** Maps an IndexedDB or DOMException failure to a StorageError. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? String((e as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(e))) return new StorageError('quota', e);
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError' || name === 'NotFoundError') {
    return new StorageError('unavailable', e);
  }
  return new StorageError('unknown', e);
}

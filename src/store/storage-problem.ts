// A storage failure in the terms notices and sources use: the device is full, or storage failed otherwise.
import type { StorageProblem } from '../domain/feed/source';
import { StorageError } from '../platform/storage/storage-error';

export const storageProblem = (e: unknown): StorageProblem => (e instanceof StorageError && e.problem === 'quota' ? 'quota' : 'storage');

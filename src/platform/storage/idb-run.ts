// One IndexedDB transaction on an idb-keyval store: aborted when the body throws, resolved only after commit.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { toStorageError } from './storage-error';

export function request<T>(r: IDBRequest<T>): Promise<T> {
  return promisifyRequest(r);
}

export function createRunner(store: UseStore) {
  return async function run<T>(mode: IDBTransactionMode, body: (os: IDBObjectStore) => Promise<T>): Promise<T> {
    try {
      return await store(mode, async (os) => {
        let result: T;
        try {
          result = await body(os);
        } catch (e) {
          // A throw between requests would otherwise let the transaction commit what was already put.
          try {
            os.transaction.abort();
          } catch {
            // Already finished or aborted.
          }
          throw e;
        }
        // Resolve only once the transaction has committed, so a quota failure is never reported as success.
        if (mode === 'readwrite') await promisifyRequest(os.transaction);
        return result;
      });
    } catch (e) {
      throw toStorageError(e);
    }
  };
}

export type Runner = ReturnType<typeof createRunner>;

// One IndexedDB transaction on an idb-keyval store: aborted when the body throws, resolved only after commit; with
// options (a durability hint) where idb-keyval's store function has no place for them.
import { promisifyRequest, type UseStore } from 'idb-keyval';
import { toStorageError } from './storage-error';

export function request<T>(r: IDBRequest<T>): Promise<T> {
  return promisifyRequest(r);
}

export function createRunner(store: UseStore) {
  // The store's own connection, borrowed once, for transactions opened with options.
  let connection: Promise<[IDBDatabase, string]> | null = null;
  const withOptions =
    (options: IDBTransactionOptions): UseStore =>
    (txMode, callback) =>
      (connection ??= store('readonly', async (os) => [os.transaction.db, os.name] as [IDBDatabase, string])).then(([db, name]) => {
        let tx: IDBTransaction;
        try {
          tx = db.transaction(name, txMode, options);
        } catch {
          // The connection closed (idb-keyval opens a new one): this transaction goes without the options.
          connection = null;
          return store(txMode, callback);
        }
        return callback(tx.objectStore(name));
      });
  /**
   * Runs `body` in one transaction. `options.durability: 'relaxed'` lets a write commit without waiting for the disk
   * to confirm it (a crash may lose the last such transactions whole, never part of one): for upkeep that is simply
   * done again if lost, never for what the person gave.
   */
  return async function run<T>(mode: IDBTransactionMode, body: (os: IDBObjectStore) => Promise<T>, options?: IDBTransactionOptions): Promise<T> {
    const inStore = options ? withOptions(options) : store;
    try {
      return await inStore(mode, (os) => inTransaction(os, mode, body));
    } catch (e) {
      throw toStorageError(e);
    }
  };
}

/**
 * Runs `body` on a store of a transaction just opened: the transaction is aborted when the body throws (a throw between
 * requests would otherwise let it commit what was already put), and a write resolves only once it has committed, so a
 * quota failure is never reported as success.
 */
export async function inTransaction<T>(os: IDBObjectStore, mode: IDBTransactionMode, body: (os: IDBObjectStore) => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await body(os);
  } catch (e) {
    try {
      os.transaction.abort();
    } catch {
      // Already finished or aborted.
    }
    throw e;
  }
  if (mode === 'readwrite') await promisifyRequest(os.transaction);
  return result;
}

export type Runner = ReturnType<typeof createRunner>;

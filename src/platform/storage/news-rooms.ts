// The day rooms: each UTC day's story records in an IndexedDB database of its own, beside the main store that holds
// every index. A day that goes whole (retention, clearing) goes with one deleteDatabase: Chromium sets the database's
// data aside and reclaims it after, so 10,000 stories went in 6–16 ms with no read waiting over 8 ms, where deleting
// their keys took 0.7 s and held every read of the store meanwhile (and clear() or deleteObjectStore() as long).
// Loaded with news-records.ts, through which the records are read and written (with the first story read or written).
import { inTransaction } from './idb-run';
import { toStorageError } from './storage-error';

const STORE = 'kv';
const SEP = '~';
/** The database of a day's records: the main database's name, '~', the UTC day. */
export const roomName = (dbName: string, day: string) => `${dbName}${SEP}${day}`;

export interface Rooms {
  /**
   * Runs `body` in one transaction on the day's room (aborted when it throws; a write resolves once committed). With
   * `create` false a day without a room is not given one: `body` is not run and the result is undefined.
   */
  use<T>(day: string, mode: IDBTransactionMode, body: (os: IDBObjectStore) => Promise<T>, how?: { create?: boolean; options?: IDBTransactionOptions }): Promise<T | undefined>;
  /** Deletes the day's room and every record in it (nothing when it has none). */
  drop(day: string): Promise<void>;
  /** The days that have a room, from the browser's list of databases (null where it cannot list them: then the day index's days). */
  days(): Promise<string[] | null>;
}

/** Rooms of the main database `dbName`. Connections stay open once made, and close when another tab deletes their room. */
export function createRooms(dbName: string): Rooms {
  const open = new Map<string, Promise<IDBDatabase | null>>();

  /** A connection to the day's room; null when it has none and `create` is false (opening does not make it then). */
  function connect(day: string, create: boolean): Promise<IDBDatabase | null> {
    const cached = open.get(day);
    if (cached) return cached.then((db) => db ?? (create ? connect(day, true) : null));
    const made = new Promise<IDBDatabase | null>((resolve, reject) => {
      const req = indexedDB.open(roomName(dbName, day));
      let absent = false;
      req.onupgradeneeded = () => {
        if (create) req.result.createObjectStore(STORE);
        else {
          // A room that does not exist: aborting its creation leaves no database behind.
          absent = true;
          req.transaction?.abort();
        }
      };
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => {
          db.close();
          if (open.get(day) === made) open.delete(day);
        };
        db.onclose = db.onversionchange as () => void;
        resolve(db);
      };
      req.onerror = (e) => {
        e.preventDefault();
        if (absent) resolve(null);
        else reject(req.error);
      };
    });
    // Only a connection is kept: a day without a room may get one from the next write.
    open.set(day, made);
    made.then(
      (db) => {
        if (db === null && open.get(day) === made) open.delete(day);
      },
      () => {
        if (open.get(day) === made) open.delete(day);
      },
    );
    return made;
  }

  return {
    async use(day, mode, body, how = {}) {
      try {
        for (let attempt = 0; ; attempt++) {
          const db = await connect(day, how.create ?? false);
          if (db === null) return undefined;
          let tx: IDBTransaction;
          try {
            tx = db.transaction(STORE, mode, how.options);
          } catch (e) {
            // Closed under us (the room was dropped, or another tab deleted it): once more with a new connection.
            open.delete(day);
            if (attempt > 0) throw e;
            continue;
          }
          return await inTransaction(tx.objectStore(STORE), mode, body);
        }
      } catch (e) {
        throw toStorageError(e);
      }
    },

    async drop(day) {
      const cached = open.get(day);
      open.delete(day);
      (await cached?.catch(() => null))?.close();
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase(roomName(dbName, day));
        req.onsuccess = () => resolve();
        req.onerror = () => reject(toStorageError(req.error));
      });
    },

    async days() {
      if (typeof indexedDB.databases !== 'function') return null;
      const prefix = `${dbName}${SEP}`;
      return (await indexedDB.databases()).flatMap(({ name }) => (name?.startsWith(prefix) ? [name.slice(prefix.length)] : [])).sort();
    },
  };
}

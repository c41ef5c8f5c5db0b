// One fake IndexedDB for the unit tests (Vitest setupFiles in vite.config.ts): each test file gets a fresh, empty
// IDBFactory and the IDB* interfaces, as a browser has them, so no test imports or builds its own. Loaded on first use:
// importing fake-indexeddb into every file made the tests that never touch it (most of src/domain) ~10% slower.
import { createRequire } from 'node:module';
import type * as FakeIndexedDBModule from 'fake-indexeddb';

type FakeIndexedDB = typeof FakeIndexedDBModule;

const INTERFACES = [
  'IDBCursor',
  'IDBCursorWithValue',
  'IDBDatabase',
  'IDBFactory',
  'IDBIndex',
  'IDBKeyRange',
  'IDBObjectStore',
  'IDBOpenDBRequest',
  'IDBRequest',
  'IDBTransaction',
  'IDBVersionChangeEvent',
] as const;

let fake: FakeIndexedDB | undefined;
const load = (): FakeIndexedDB => (fake ??= createRequire(import.meta.url)('fake-indexeddb') as FakeIndexedDB);

/** A global computed on its first read, then a plain writable value (a test may still put its own in its place). */
function lazyGlobal(name: string, create: () => unknown): void {
  const settle = (value: unknown) => Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get: () => {
      const value = create();
      settle(value);
      return value;
    },
    set: settle,
  });
}

lazyGlobal('indexedDB', () => new (load().IDBFactory)());
for (const name of INTERFACES) lazyGlobal(name, () => load()[name]);

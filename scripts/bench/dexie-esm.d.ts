// Types for Dexie's ES module build, which dexie-peer.ts imports by path (see there why): the package types it only
// through dist/dexie.d.ts, which TypeScript does not take for dist/dexie.mjs. The same API as 'dexie'.
declare module 'dexie/dist/dexie.mjs' {
  export * from 'dexie';
  export { default } from 'dexie';
}

// The browser's storage manager: ask for persistent storage (so the archive is not evicted under pressure).

export interface StorageManagerPort {
  /** Asks the browser to keep this site's data under storage pressure; true when it is (or already was) persistent. */
  persist(): Promise<boolean>;
}

export function createStorageManager(nav: Navigator = navigator): StorageManagerPort {
  return {
    async persist() {
      const storage = nav.storage;
      if (!storage?.persist) return false;
      if (storage.persisted && (await storage.persisted())) return true;
      return storage.persist();
    },
  };
}

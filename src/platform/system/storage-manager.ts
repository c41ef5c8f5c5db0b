// The browser's storage manager: ask for persistent storage (so the archive is not evicted under pressure).

export interface StorageManagerPort {
  /** Asks the browser to keep this site's data under storage pressure; true when it is (or already was) persistent. */
  persist(): Promise<boolean>;
  /** Bytes used and available to this site, or null where the browser does not say. */
  estimate(): Promise<{ usage: number; quota: number } | null>;
  /** Whether the browser keeps this site's data under storage pressure. */
  persisted(): Promise<boolean>;
}

export function createStorageManager(nav: Navigator = navigator): StorageManagerPort {
  return {
    async persist() {
      const storage = nav.storage;
      if (!storage?.persist) return false;
      if (storage.persisted && (await storage.persisted())) return true;
      return storage.persist();
    },
    async estimate() {
      const e = await nav.storage?.estimate?.().catch(() => null);
      return e && typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null;
    },
    async persisted() {
      return (await nav.storage?.persisted?.().catch(() => false)) ?? false;
    },
  };
}

// Library: the stories on the device — index repair after a crash, first-run sample edition, counts.
import { SAMPLE_EDITION_VERSION } from '../domain/news/sample-edition';
import { StorageError } from '../platform/storage/storage-error';
import type { LibrarySlice, SliceCreator } from './types';

const SAMPLE_META = 'sample-edition';

export const createLibrarySlice: SliceCreator<LibrarySlice> = (set, get, deps) => {
  let ready: Promise<void> | null = null;
  const { news } = deps;

  async function seed() {
    const seeded = await news.getMeta<number>(SAMPLE_META);
    if ((seeded ?? 0) >= SAMPLE_EDITION_VERSION) return;
    const edition = await deps.loadSampleEdition();
    await news.add(edition.stories);
    await news.setMeta(SAMPLE_META, edition.version);
  }

  return {
    library: { ready: false, storyCount: 0, importing: false },
    notice: null,

    init() {
      ready ??= (async () => {
        try {
          const repaired = await news.recover();
          if (repaired && repaired.repaired > 0) console.warn(`Earshot: repaired ${repaired.repaired} index entries over ${repaired.stories} stories`);
        } catch (e) {
          console.warn('Earshot: the story indexes could not be checked', e);
        }
        try {
          await seed();
        } catch (e) {
          // Without the sample the app still works with imported stories; the next start tries again.
          console.warn('Earshot: the sample edition could not be stored', e);
          if (e instanceof StorageError) set({ notice: { kind: 'storage-unavailable' } });
        }
        // Loading the sources also counts the stories (and says when storage is unavailable).
        await get().loadSources();
        await get().loadHistory();
        set((s) => ({ library: { ...s.library, ready: true } }));
      })();
      return ready;
    },

    storageInfo: null,

    async refreshStorageInfo() {
      const [estimate, persisted] = await Promise.all([deps.feeds.storage.estimate(), deps.feeds.storage.persisted()]);
      set({ storageInfo: estimate ? { ...estimate, persisted } : null });
    },

    async clearStories() {
      try {
        const { removed } = await news.clearStories();
        set({ notice: { kind: 'stories-cleared', removed } });
        await get().loadSources();
      } catch {
        set({ notice: { kind: 'import-failed', reason: 'storage' } });
      }
      await get().refreshStorageInfo().catch(() => undefined);
    },

    dismissNotice: () => set({ notice: null }),
  };
};

// Library: the stories on the device — index repair after a crash, the first-run sample edition, the count, space
// used, clearing, and a link shared from another app stored as a story.
import { SAMPLE_EDITION_VERSION } from '../domain/news/sample-edition';
import { sharedStory, type SharedInput } from '../domain/news/shared-story';
import { StorageError } from '../platform/storage/storage-error';
import { storageProblem } from './storage-problem';
import type { SliceCreator } from './types';

const SAMPLE_META = 'sample-edition';

export interface LibrarySlice {
  library: { ready: boolean; storyCount: number };
  /** Space used and available, and whether the browser keeps the data under pressure; null until read (or unknown). */
  storageInfo: { usage: number; quota: number; persisted: boolean } | null;
  /** Checks the story indexes (repairing them after a crash) and stores the sample edition on first run. Once. */
  openLibrary(): Promise<void>;
  /** Everything the library needs is read (set by startup). */
  markLibraryReady(): void;
  countStories(): Promise<void>;
  refreshStorageInfo(): Promise<void>;
  /** Removes every story but the saved ones (sources stay and refresh again). */
  clearStories(): Promise<void>;
  /** A link or text shared from another app: stored as a story of today. */
  addShared(input: SharedInput): Promise<void>;
}

export const createLibrarySlice: SliceCreator<LibrarySlice> = (set, get, { deps, doors }) => {
  const { news } = deps;
  let opened: Promise<void> | null = null;

  async function seed() {
    const seeded = await news.getMeta<number>(SAMPLE_META);
    if ((seeded ?? 0) >= SAMPLE_EDITION_VERSION) return;
    const edition = await deps.loadSampleEdition();
    await news.add(edition.stories);
    await news.setMeta(SAMPLE_META, edition.version);
  }

  return {
    library: { ready: false, storyCount: 0 },
    storageInfo: null,

    openLibrary() {
      opened ??= (async () => {
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
          if (e instanceof StorageError) doors.notify({ kind: 'storage-unavailable' });
        }
      })();
      return opened;
    },

    markLibraryReady: () => set((s) => ({ library: { ...s.library, ready: true } })),

    async countStories() {
      const storyCount = await news.count();
      set((s) => ({ library: { ...s.library, storyCount } }));
    },

    async refreshStorageInfo() {
      const [estimate, persisted] = await Promise.all([deps.feeds.storage.estimate(), deps.feeds.storage.persisted()]);
      set({ storageInfo: estimate ? { ...estimate, persisted } : null });
    },

    async clearStories() {
      try {
        const { removed } = await news.clearStories();
        doors.notify({ kind: 'stories-cleared', removed });
        await doors.storiesChanged();
      } catch (e) {
        doors.notify({ kind: 'storage-failed', task: 'clear-stories', problem: storageProblem(e) });
      }
      await get().refreshStorageInfo().catch(() => undefined);
    },

    async addShared(input) {
      const story = sharedStory(input, deps.env.now());
      if (!story) return;
      try {
        await doors.ready();
        await news.add([story]);
        doors.notify({ kind: 'shared', title: story.title });
        await doors.storiesChanged();
      } catch (e) {
        doors.notify({ kind: 'storage-failed', task: 'share', problem: storageProblem(e) });
      }
    },
  };
};

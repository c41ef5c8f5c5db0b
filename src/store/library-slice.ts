// Library: the stories on the device — first-run sample edition, feed file import, counts.
import { parseJsonFeed } from '../domain/feed/json-feed';
import { SAMPLE_EDITION_VERSION } from '../domain/news/sample-edition';
import { StorageError } from '../platform/storage/storage-error';
import type { LibrarySlice, SliceCreator } from './types';

const SAMPLE_META = 'sample-edition';

export const createLibrarySlice: SliceCreator<LibrarySlice> = (set, get, deps) => {
  let ready: Promise<void> | null = null;
  const { news } = deps;

  async function refreshCount() {
    const storyCount = await news.count();
    set((s) => ({ library: { ...s.library, storyCount } }));
  }

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
          await seed();
        } catch (e) {
          // Without the sample the app still works with imported stories; the next start tries again.
          console.warn('Earshot: the sample edition could not be stored', e);
          if (e instanceof StorageError) set({ notice: { kind: 'storage-unavailable' } });
        }
        try {
          await refreshCount();
        } catch {
          set({ notice: { kind: 'storage-unavailable' } });
        }
        set((s) => ({ library: { ...s.library, ready: true } }));
      })();
      return ready;
    },

    async importFeedFile(file) {
      set((s) => ({ library: { ...s.library, importing: true } }));
      try {
        const read = await deps.readFile(file);
        if (!read.ok) {
          set({ notice: { kind: 'import-failed', reason: read.problem, detail: String(read.size) } });
          return;
        }
        const parsed = parseJsonFeed(read.text, deps.env.now());
        if (!parsed.ok) {
          const p = parsed.problem;
          set({ notice: { kind: 'import-failed', reason: p.kind, detail: 'detail' in p ? p.detail : undefined } });
          return;
        }
        await get().init();
        const { added, duplicates } = await news.add(parsed.feed.stories);
        set({ notice: { kind: 'imported', feedTitle: parsed.feed.title, added, duplicates, skipped: parsed.feed.skipped } });
        await refreshCount();
      } catch (e) {
        const reason = e instanceof StorageError && e.problem === 'quota' ? 'quota' : 'storage';
        set({ notice: { kind: 'import-failed', reason } });
      } finally {
        set((s) => ({ library: { ...s.library, importing: false } }));
      }
    },

    dismissNotice: () => set({ notice: null }),
  };
};

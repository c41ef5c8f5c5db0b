// Sources: feeds added by address (fetched, refreshed every 30 minutes), feed and OPML files, removal, OPML export.
import type { FeedResult, ParsedFeed } from '../domain/feed/feed-result';
import { feedAddress, isDue, urlSource, type Source } from '../domain/feed/source';
import type { Story } from '../domain/types';
import { DEFAULT_RETENTION } from '../domain/news/retention';
import { sharedStory } from '../domain/news/shared-story';
import { StorageError } from '../platform/storage/storage-error';
import type { ImportFailure, Notice, SliceCreator, SourcesSlice, SourceView } from './types';

const PERSIST_META = 'persist-asked';
/** Feeds fetched at once during a refresh. */
const CONCURRENCY = 3;

const looksLikeOpml = (text: string) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(text);

function parseFailure(result: Extract<FeedResult, { ok: false }>): { reason: ImportFailure; detail?: string } {
  const p = result.problem;
  if (p.kind === 'too-large') return { reason: 'too-large' };
  if (p.kind === 'no-stories') return { reason: 'no-stories' };
  return { reason: p.kind, detail: p.detail };
}

export const createSourcesSlice: SliceCreator<SourcesSlice> = (set, get, deps) => {
  const { news, feeds } = deps;
  let refreshing: Promise<void> | null = null;

  async function reload() {
    const [list, counts] = await Promise.all([feeds.sources.list(), news.countBySource()]);
    const views: SourceView[] = list.map((s) => ({ ...s, storyCount: counts.get(s.id) ?? 0 }));
    const storyCount = await news.count();
    set((s) => ({ sources: { ...s.sources, list: views }, library: { ...s.library, storyCount } }));
  }

  /** Stores a feed's stories under a source; asks once for persistent storage. The caller prunes (once per run). */
  async function store(feed: ParsedFeed, sourceId: string) {
    const stories: Story[] = feed.stories.map((s) => ({ ...s, sourceId }));
    const asked = await news.getMeta<boolean>(PERSIST_META).catch(() => true);
    if (!asked) {
      await feeds.storage.persist().catch(() => false);
      await news.setMeta(PERSIST_META, true).catch(() => undefined);
    }
    return news.addInBatches(stories);
  }

  /** Keeps the archive within retention after stories were added (it reads the whole day index, so once a run). */
  async function pruneAfter(added: number) {
    if (added > 0) await news.prune(deps.env.now(), DEFAULT_RETENTION).catch(() => undefined);
  }

  function storedNotice(feedTitle: string, feed: ParsedFeed, r: Awaited<ReturnType<typeof store>>): Notice {
    if (r.error && r.added === 0) return { kind: 'import-failed', reason: r.error.problem === 'quota' ? 'quota' : 'storage' };
    if (r.error) {
      return { kind: 'partial-import', feedTitle, added: r.added, notStored: r.notStored, reason: r.error.problem === 'quota' ? 'quota' : 'storage' };
    }
    return { kind: 'imported', feedTitle, added: r.added, duplicates: r.duplicates, skipped: feed.skipped };
  }

  /** Fetches and stores one feed source; returns the updated source and what was stored. */
  async function refreshOne(source: Source) {
    const now = deps.env.now();
    const fetched = await feeds.fetcher.fetch(source.url, { etag: source.etag, lastModified: source.lastModified });
    if (!fetched.ok) {
      // Offline is not the feed's fault: say nothing, and try again when the network is back.
      if (fetched.problem === 'offline') {
        set((s) => ({ sources: { ...s.sources, offline: true } }));
        return null;
      }
      await feeds.sources.update(source.id, (s) => ({ ...s, lastAttemptAt: now, lastError: { problem: fetched.problem, detail: fetched.detail } }));
      return null;
    }
    set((s) => ({ sources: { ...s.sources, offline: false } }));
    if (fetched.status === 304) {
      await feeds.sources.update(source.id, (s) => ({ ...s, lastAttemptAt: now, lastSuccessAt: now, lastError: null }));
      return null;
    }
    const parsed = (await feeds.tools()).parseFeed(fetched.text, now, { feedUrl: source.url });
    if (!parsed.ok) {
      const { detail } = parseFailure(parsed);
      await feeds.sources.update(source.id, (s) => ({ ...s, lastAttemptAt: now, lastError: { problem: 'not-a-feed', detail } }));
      return null;
    }
    // Removed while it was being fetched: its stories must not come back.
    if (!(await feeds.sources.get(source.id))) return null;
    const result = await store(parsed.feed, source.id);
    await feeds.sources.update(source.id, (s) => ({
      ...s,
      title: s.title || parsed.feed.title,
      siteUrl: parsed.feed.siteUrl || s.siteUrl,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      lastAttemptAt: now,
      lastSuccessAt: result.error ? s.lastSuccessAt : now,
      lastError: result.error ? { problem: result.error.problem === 'quota' ? 'quota' : 'storage' } : null,
    }));
    return { feed: parsed.feed, result };
  }

  async function importOpml(text: string) {
    const opml = (await feeds.tools()).parseOpml(text);
    if (!opml.ok) {
      set({ notice: { kind: 'import-failed', reason: 'not-a-feed', detail: opml.problem.detail } });
      return;
    }
    const known = new Set((await feeds.sources.list()).map((s) => s.id));
    let added = 0;
    let existing = 0;
    for (const o of opml.outlines) {
      const url = feedAddress(o.xmlUrl);
      if (!url) continue;
      if (known.has(url)) {
        existing++;
        continue;
      }
      known.add(url);
      await feeds.sources.put({ ...urlSource(url, o.title, deps.env.now()), siteUrl: o.htmlUrl });
      added++;
    }
    set({ notice: { kind: 'opml-imported', added, existing } });
    await reload();
    void get().refreshSources();
  }

  async function importFeedText(text: string) {
    const parsed = (await feeds.tools()).parseFeed(text, deps.env.now());
    if (!parsed.ok) {
      set({ notice: { kind: 'import-failed', ...parseFailure(parsed) } });
      return;
    }
    const feed = parsed.feed;
    const id = `file:${feed.siteUrl || feed.title}`;
    const now = deps.env.now();
    const existing = await feeds.sources.get(id);
    await feeds.sources.put({
      ...(existing ?? { id, kind: 'file', url: '', addedAt: now, lastError: null }),
      title: feed.title,
      siteUrl: feed.siteUrl,
      lastAttemptAt: now,
      lastSuccessAt: now,
    } as Source);
    const result = await store(feed, id);
    await pruneAfter(result.added);
    set({ notice: storedNotice(feed.title, feed, result) });
  }

  return {
    sources: { list: [], adding: false, refreshing: false, offline: false },

    async loadSources() {
      try {
        await reload();
      } catch {
        set({ notice: { kind: 'storage-unavailable' } });
      }
    },

    async importFeedFile(file) {
      set((s) => ({ library: { ...s.library, importing: true } }));
      try {
        const read = await deps.readFile(file);
        if (!read.ok) {
          set({ notice: { kind: 'import-failed', reason: read.problem, detail: String(read.size) } });
          return;
        }
        await get().init();
        if (looksLikeOpml(read.text)) await importOpml(read.text);
        else await importFeedText(read.text);
        await reload();
      } catch (e) {
        const reason = e instanceof StorageError && e.problem === 'quota' ? 'quota' : 'storage';
        set({ notice: { kind: 'import-failed', reason } });
      } finally {
        set((s) => ({ library: { ...s.library, importing: false } }));
      }
    },

    async addFeed(input, title) {
      const url = feedAddress(input);
      if (!url) {
        set({ notice: { kind: 'feed-failed', url: input.trim(), problem: 'bad-address' } });
        return false;
      }
      set((s) => ({ sources: { ...s.sources, adding: true } }));
      try {
        await get().init();
        if (await feeds.sources.get(url)) {
          set({ notice: { kind: 'feed-failed', url, problem: 'exists' } });
          return false;
        }
        const fetched = await feeds.fetcher.fetch(url);
        if (!fetched.ok || fetched.status === 304) {
          const problem = fetched.ok ? 'unreachable' : fetched.problem;
          set({ notice: { kind: 'feed-failed', url, problem, detail: fetched.ok ? undefined : fetched.detail } });
          return false;
        }
        const now = deps.env.now();
        const parsed = (await feeds.tools()).parseFeed(fetched.text, now, { feedUrl: url });
        if (!parsed.ok) {
          set({ notice: { kind: 'feed-failed', url, problem: 'not-a-feed', detail: parseFailure(parsed).detail } });
          return false;
        }
        const feed = parsed.feed;
        await feeds.sources.put({
          ...urlSource(url, title || feed.title, now),
          siteUrl: feed.siteUrl,
          etag: fetched.etag,
          lastModified: fetched.lastModified,
          lastAttemptAt: now,
          lastSuccessAt: now,
        });
        const result = await store(feed, url);
        await pruneAfter(result.added);
        set({ notice: storedNotice(title || feed.title, feed, result) });
        await reload();
        return true;
      } catch (e) {
        const problem = e instanceof StorageError && e.problem === 'quota' ? 'quota' : 'storage';
        set({ notice: { kind: 'feed-failed', url, problem } });
        return false;
      } finally {
        set((s) => ({ sources: { ...s.sources, adding: false } }));
      }
    },

    refreshSources(force = false) {
      refreshing ??= (async () => {
        set((s) => ({ sources: { ...s.sources, refreshing: true } }));
        try {
          const now = deps.env.now();
          const feedsList = (await feeds.sources.list()).filter((s) => s.kind === 'url');
          const waiting = await Promise.all(feedsList.map((s) => feeds.fetcher.hasWaiting(s.url).catch(() => false)));
          const due = feedsList.filter((s, i) => force || waiting[i] || isDue(s, now));
          const queue = [...due];
          let added = 0;
          const worker = async () => {
            for (let s = queue.shift(); s; s = queue.shift()) added += (await refreshOne(s).catch(() => null))?.result.added ?? 0;
          };
          await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
          await pruneAfter(added);
          await reload();
        } catch {
          // Storage unavailable: the library notice already says so.
        } finally {
          set((s) => ({ sources: { ...s.sources, refreshing: false } }));
          refreshing = null;
        }
      })();
      return refreshing;
    },

    async removeSource(id) {
      const source = await feeds.sources.get(id);
      if (!source) return;
      try {
        const { removed } = await news.removeSource(id);
        await feeds.sources.remove(id);
        set({ notice: { kind: 'source-removed', title: source.title, removed } });
      } catch {
        set({ notice: { kind: 'import-failed', reason: 'storage' } });
      }
      await reload().catch(() => undefined);
    },

    async addShared(input) {
      const story = sharedStory(input, deps.env.now());
      if (!story) return;
      try {
        await get().init();
        await news.add([story]);
        set({ notice: { kind: 'shared', title: story.title } });
        await reload();
      } catch (e) {
        set({ notice: { kind: 'import-failed', reason: e instanceof StorageError && e.problem === 'quota' ? 'quota' : 'storage' } });
      }
    },

    async exportOpml() {
      const list = (await feeds.sources.list()).filter((s) => s.kind === 'url');
      const text = (await feeds.tools()).toOpml(
        list.map((s) => ({ title: s.title, xmlUrl: s.url, htmlUrl: s.siteUrl || undefined })),
        'Earshot sources',
      );
      feeds.saveFile('earshot-sources.opml', text, 'text/x-opml');
    },
  };
};

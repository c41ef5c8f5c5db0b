// Sources: feeds added by address (fetched, refreshed every 30 minutes), feed and OPML files, removal, OPML export.
// Every feed goes through the one feed pipeline (domain/feed/pipeline.ts); what to tell the person comes from its outcome.
import { feedNotice, type FeedNotice } from '../domain/feed/import-notice';
import { xmlRootName } from '../domain/feed/feed-text';
import { runFeedJob, type FeedJob, type FeedOutcome, type FeedPipelinePorts } from '../domain/feed/pipeline';
import { feedAddress, isDue, urlSource, type Source } from '../domain/feed/source';
import { DEFAULT_RETENTION } from '../domain/news/retention';
import type { Story } from '../domain/types';
import { storageProblem } from './storage-problem';
import type { SliceCreator } from './types';

const PERSIST_META = 'persist-asked';
/** Feeds fetched at once during a refresh. */
const CONCURRENCY = 3;

/** A source as the Sources screen shows it. */
export interface SourceView extends Source {
  storyCount: number;
}

export interface SourcesSlice {
  sources: { list: SourceView[]; adding: boolean; refreshing: boolean; importing: boolean; offline: boolean };
  /** Reads the sources and how many stories each has. */
  loadSources(): Promise<void>;
  /** Imports a feed file (RSS, RDF, Atom, JSON Feed) as a source, or an OPML list of feeds. */
  importFeedFile(file: Blob): Promise<void>;
  /** Fetches a feed address; when it is a feed, keeps it as a source with its stories. True when added. */
  addFeed(address: string, title?: string): Promise<boolean>;
  /**
   * Keeps these feeds as sources (those not kept already) and fetches them; resolves once they were fetched, with how
   * many were added and how many then had stories.
   */
  addSources(feeds: readonly { url: string; title: string }[]): Promise<{ added: number; fetched: number }>;
  /** Refreshes the feeds not tried in the last 30 minutes (all of them when forced). */
  refreshSources(force?: boolean): Promise<void>;
  /** Removes a source and its stories (kept stories stay). */
  removeSource(id: string): Promise<void>;
  /** Downloads the feed sources as OPML. */
  exportOpml(): Promise<void>;
}

export const createSourcesSlice: SliceCreator<SourcesSlice> = (set, get, { deps, doors }) => {
  const { news, feeds } = deps;
  let refreshing: Promise<void> | null = null;
  const patch = (p: Partial<SourcesSlice['sources']>) => set((s) => ({ sources: { ...s.sources, ...p } }));
  const notify = (notice: FeedNotice | null) => notice && doors.notify(notice);

  const ports: FeedPipelinePorts = {
    fetch: (url, validators) => feeds.fetcher.fetch(url, validators),
    read: async (text, now, opts) => (await feeds.tools()).parseFeed(text, now, opts),
    sources: feeds.sources,
    async store(stories: Story[]) {
      // The first stories the person brings in: ask the browser to keep storage under pressure (once).
      if (!(await news.getMeta<boolean>(PERSIST_META).catch(() => true))) {
        await feeds.storage.persist().catch(() => false);
        await news.setMeta(PERSIST_META, true).catch(() => undefined);
      }
      const r = await news.addInBatches(stories);
      return { added: r.added, duplicates: r.duplicates, notStored: r.notStored, problem: r.error ? storageProblem(r.error) : null };
    },
  };

  /** Keeps the archive within retention after stories were added (it reads the whole day index, so once a run). */
  async function pruneAfter(added: number) {
    if (added > 0) await news.prune(deps.env.now(), DEFAULT_RETENTION).catch(() => undefined);
  }

  const added = (o: FeedOutcome) => (o.kind === 'stored' ? o.stored.added : 0);

  /** Runs one feed, then keeps the archive within retention. */
  async function runOne(job: FeedJob) {
    const outcome = await runFeedJob(ports, job, deps.env.now());
    await pruneAfter(added(outcome));
    return outcome;
  }

  async function refreshOne(source: Source): Promise<number> {
    const outcome = await runFeedJob(ports, { kind: 'refresh', source }, deps.env.now());
    // An answer from the feed means the network is back; "offline" waits for it without blaming the feed.
    if (outcome.kind === 'offline') patch({ offline: true });
    else if (outcome.kind !== 'fetch-failed') patch({ offline: false });
    return added(outcome);
  }

  async function importOpml(text: string) {
    const opml = (await feeds.tools()).parseOpml(text);
    if (!opml.ok) {
      const p = opml.problem;
      doors.notify(p.kind === 'too-large' ? { kind: 'import-failed', reason: 'too-large' } : { kind: 'import-failed', reason: 'not-a-feed', detail: p.detail });
      return;
    }
    const known = new Set((await feeds.sources.list()).map((s) => s.id));
    let addedCount = 0;
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
      addedCount++;
    }
    doors.notify({ kind: 'opml-imported', added: addedCount, existing });
    await get().loadSources();
    void get().refreshSources();
  }

  return {
    sources: { list: [], adding: false, refreshing: false, importing: false, offline: false },

    async loadSources() {
      try {
        const [list, counts] = await Promise.all([feeds.sources.list(), news.countBySource()]);
        patch({ list: list.map((s) => ({ ...s, storyCount: counts.get(s.id) ?? 0 })) });
      } catch {
        doors.notify({ kind: 'storage-unavailable' });
      }
    },

    async importFeedFile(file) {
      patch({ importing: true });
      try {
        const read = await deps.readFile(file);
        if (!read.ok) {
          doors.notify({ kind: 'import-failed', reason: read.problem, detail: String(read.size) });
          return;
        }
        await doors.ready();
        if (xmlRootName(read.text) === 'opml') await importOpml(read.text);
        else {
          const job: FeedJob = { kind: 'file', text: read.text };
          notify(feedNotice(job, await runOne(job)));
        }
        await doors.storiesChanged();
      } catch (e) {
        doors.notify({ kind: 'storage-failed', task: 'import', problem: storageProblem(e) });
      } finally {
        patch({ importing: false });
      }
    },

    async addFeed(input, title) {
      const url = feedAddress(input);
      if (!url) {
        doors.notify({ kind: 'feed-failed', url: input.trim(), problem: 'bad-address' });
        return false;
      }
      patch({ adding: true });
      try {
        await doors.ready();
        const job: FeedJob = { kind: 'add', url, title };
        const outcome = await runOne(job);
        notify(feedNotice(job, outcome));
        if (outcome.kind !== 'stored') return false;
        await doors.storiesChanged();
        return true;
      } catch (e) {
        doors.notify({ kind: 'storage-failed', task: 'add-feed', problem: storageProblem(e) });
        return false;
      } finally {
        patch({ adding: false });
      }
    },

    async addSources(list) {
      patch({ adding: true });
      try {
        await doors.ready();
        const known = new Set((await feeds.sources.list()).map((s) => s.id));
        const fresh = list.filter((f) => !known.has(f.url));
        for (const f of fresh) await feeds.sources.put(urlSource(f.url, f.title, deps.env.now()));
        await get().loadSources();
        // New sources were never tried, so the refresh fetches them (and any other that is due).
        await get().refreshSources();
        const withStories = get().sources.list.filter((s) => fresh.some((f) => f.url === s.id) && s.storyCount > 0).length;
        return { added: fresh.length, fetched: withStories };
      } catch (e) {
        doors.notify({ kind: 'storage-failed', task: 'add-feed', problem: storageProblem(e) });
        return { added: 0, fetched: 0 };
      } finally {
        patch({ adding: false });
      }
    },

    refreshSources(force = false) {
      refreshing ??= (async () => {
        patch({ refreshing: true });
        try {
          const now = deps.env.now();
          const list = (await feeds.sources.list()).filter((s) => s.kind === 'url');
          const waiting = await Promise.all(list.map((s) => feeds.fetcher.hasWaiting(s.url).catch(() => false)));
          const queue = list.filter((s, i) => force || waiting[i] || isDue(s, now));
          let total = 0;
          const worker = async () => {
            for (let s = queue.shift(); s; s = queue.shift()) total += await refreshOne(s).catch(() => 0);
          };
          await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
          await pruneAfter(total);
          await doors.storiesChanged();
        } catch {
          // Storage unavailable: the library notice already says so.
        } finally {
          patch({ refreshing: false });
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
        doors.notify({ kind: 'source-removed', title: source.title, removed });
      } catch (e) {
        doors.notify({ kind: 'storage-failed', task: 'remove-source', problem: storageProblem(e) });
      }
      await doors.storiesChanged();
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

import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../domain/types';
import { createNewsRepository, type NewsRepository } from '../platform/storage/news-repository';
import { StorageError } from '../platform/storage/storage-error';
import { createFakeEnvironment } from '../../tests/fakes/fake-environment';
import { feedResponse } from '../../tests/fakes/fake-feeds';
import { createTestStore } from '../../tests/fakes/test-store';

let dbs = 0;
const FEED = 'https://wire.example/feed.xml';
const OTHER = 'https://other.example/rss';

function rss(items: { id: string; title: string; date: string }[], title = 'Wire') {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://wire.example/</link>${items
    .map(
      (i) =>
        `<item><guid>${i.id}</guid><title>${i.title}</title><link>https://wire.example/${i.id}</link><pubDate>${new Date(i.date).toUTCString()}</pubDate><description>&lt;p&gt;OpenAI released a model for ${i.title}.&lt;/p&gt;&lt;p&gt;It runs on new chips.&lt;/p&gt;</description></item>`,
    )
    .join('')}</channel></rss>`;
}

function setup(news: NewsRepository = createNewsRepository(`sources-test-${++dbs}`)) {
  const { store, feeds, env } = createTestStore({ news, env: createFakeEnvironment({ now: '2026-11-28T09:00:00+07:00' }) });
  return { store, feeds, env, news };
}

const ITEMS = [
  { id: 'a', title: 'Alpha', date: '2026-11-28T01:00:00Z' },
  { id: 'b', title: 'Beta', date: '2026-11-27T01:00:00Z' },
];

describe('adding a feed by address', () => {
  it('fetches, keeps the source with its stories, asks once for persistent storage', async () => {
    const { store, feeds, news } = setup();
    feeds.respond(FEED, feedResponse(rss(ITEMS), { etag: '"v1"' }));
    expect(await store.getState().addFeed('wire.example/feed.xml')).toBe(true);
    expect(store.getState().notice).toEqual({ kind: 'imported', feedTitle: 'Wire', added: 2, duplicates: 0, skipped: 0 });
    const [source] = store.getState().sources.list;
    expect(source).toMatchObject({ id: FEED, kind: 'url', title: 'Wire', siteUrl: 'https://wire.example/', storyCount: 2, etag: '"v1"', lastError: null });
    const stories: Story[] = await news.listBetween(0, Date.parse('2027-01-01'));
    expect(stories.map((s) => s.sourceId)).toEqual([FEED, FEED]);
    expect(stories.find((s) => s.title === 'Alpha')?.text).toBe('OpenAI released a model for Alpha.\n\nIt runs on new chips.');
    expect(feeds.persistCalls).toBe(1);
    feeds.respond(OTHER, feedResponse(rss([{ id: 'c', title: 'Gamma', date: '2026-11-28T02:00:00Z' }], 'Other')));
    await store.getState().addFeed(OTHER);
    expect(feeds.persistCalls).toBe(1);
    expect(await store.getState().addFeed(FEED)).toBe(false);
    expect(store.getState().notice).toEqual({ kind: 'feed-failed', url: FEED, problem: 'exists' });
  });

  it('refuses what is not an address, and keeps nothing when the address is not a feed', async () => {
    const { store, feeds } = setup();
    expect(await store.getState().addFeed('javascript:alert(1)')).toBe(false);
    expect(store.getState().notice).toEqual({ kind: 'feed-failed', url: 'javascript:alert(1)', problem: 'bad-address' });
    expect(feeds.fetched).toEqual([]);
    feeds.respond(FEED, { ok: false, problem: 'web-page', detail: 'text/html' });
    expect(await store.getState().addFeed(FEED)).toBe(false);
    expect(store.getState().notice).toMatchObject({ kind: 'feed-failed', problem: 'web-page' });
    feeds.respond(OTHER, feedResponse('<html><body>Hello</body></html>'));
    expect(await store.getState().addFeed(OTHER)).toBe(false);
    expect(store.getState().notice).toMatchObject({ kind: 'feed-failed', problem: 'not-a-feed' });
    expect(await feeds.sources.list()).toEqual([]);
    expect(store.getState().sources.adding).toBe(false);
  });
});

describe('refreshing', () => {
  it('refreshes feeds not tried for 30 minutes, with their validators; records errors; offline stays quiet', async () => {
    const { store, feeds, env } = setup();
    feeds.respond(FEED, feedResponse(rss(ITEMS), { etag: '"v1"' }), { ok: true, status: 304 });
    await store.getState().addFeed(FEED);
    feeds.respond(OTHER, feedResponse(rss([{ id: 'c', title: 'Gamma', date: '2026-11-28T02:00:00Z' }], 'Other')), { ok: false, problem: 'timeout' });
    await store.getState().addFeed(OTHER);
    feeds.fetched.length = 0;

    await store.getState().refreshSources();
    expect(feeds.fetched).toEqual([]); // both were fetched just now
    env.advance(30 * 60_000);
    await store.getState().refreshSources();
    expect([...feeds.fetched].sort((a, b) => a.url.localeCompare(b.url))).toEqual([{ url: OTHER }, { url: FEED, etag: '"v1"' }]);
    const byId = Object.fromEntries(store.getState().sources.list.map((s) => [s.id, s]));
    expect(byId[FEED]).toMatchObject({ lastError: null, lastSuccessAt: env.now(), storyCount: 2 });
    expect(byId[OTHER]).toMatchObject({ lastError: { problem: 'timeout' }, lastAttemptAt: env.now(), storyCount: 1 });

    feeds.respond(FEED, { ok: false, problem: 'offline' });
    feeds.respond(OTHER, { ok: false, problem: 'offline' });
    const before = store.getState().sources.list.find((s) => s.id === FEED)!;
    env.advance(30 * 60_000);
    await store.getState().refreshSources();
    expect(store.getState().sources.offline).toBe(true);
    const after = store.getState().sources.list.find((s) => s.id === FEED)!;
    expect(after.lastError).toBeNull();
    expect(after.lastAttemptAt).toBe(before.lastAttemptAt); // tried again as soon as the network is back
  });

  it('stores new items of a refreshed feed once', async () => {
    const { store, feeds, env, news } = setup();
    feeds.respond(FEED, feedResponse(rss(ITEMS)), feedResponse(rss([...ITEMS, { id: 'c', title: 'Gamma', date: '2026-11-28T03:00:00Z' }])));
    await store.getState().addFeed(FEED);
    env.advance(31 * 60_000);
    await store.getState().refreshSources();
    expect(await news.count()).toBe(3);
    expect(store.getState().sources.list[0].storyCount).toBe(3);
  });
});

describe('removing, OPML and files', () => {
  it('removes a source with its stories', async () => {
    const { store, feeds, news } = setup();
    feeds.respond(FEED, feedResponse(rss(ITEMS)));
    await store.getState().addFeed(FEED);
    await store.getState().removeSource(FEED);
    expect(store.getState().notice).toEqual({ kind: 'source-removed', title: 'Wire', removed: 2 });
    expect(await news.count()).toBe(0);
    expect(store.getState().sources.list).toEqual([]);
    expect(store.getState().library.storyCount).toBe(0);
  });

  it('imports an OPML list, fetches its feeds, and exports them back', async () => {
    const { store, feeds } = setup();
    feeds.respond(FEED, feedResponse(rss(ITEMS)));
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Reader</title></head><body>
      <outline text="AI"><outline type="rss" text="Wire" xmlUrl="${FEED}" htmlUrl="https://wire.example/"/>
      <outline type="rss" text="Other" xmlUrl="${OTHER}"/></outline>
      <outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/></body></opml>`;
    await store.getState().importFeedFile(new Blob([opml]));
    expect(store.getState().notice).toEqual({ kind: 'opml-imported', added: 2, existing: 0 });
    await vi.waitFor(() => expect(store.getState().sources.list.find((s) => s.id === FEED)?.storyCount).toBe(2));
    await vi.waitFor(() => expect(store.getState().sources.refreshing).toBe(false));
    expect(store.getState().sources.list.find((s) => s.id === OTHER)?.lastError).toEqual({ problem: 'unreachable' });
    await store.getState().exportOpml();
    expect(feeds.saved).toHaveLength(1);
    const back = (await feeds.tools()).parseOpml(feeds.saved[0].text);
    expect(back.ok && back.outlines.map((o) => o.xmlUrl).sort()).toEqual([FEED, OTHER].sort());
    await store.getState().importFeedFile(new Blob([feeds.saved[0].text]));
    expect(store.getState().notice).toEqual({ kind: 'opml-imported', added: 0, existing: 2 });
  });

  it('imports an RSS file as a source of its own', async () => {
    const { store } = setup();
    await store.getState().importFeedFile(new Blob([rss(ITEMS, 'Saved Wire')]));
    expect(store.getState().notice).toMatchObject({ kind: 'imported', feedTitle: 'Saved Wire', added: 2 });
    expect(store.getState().sources.list).toMatchObject([{ kind: 'file', title: 'Saved Wire', storyCount: 2 }]);
  });

  it('says how much was stored when the disk fills part-way, and keeps it', async () => {
    const real = createNewsRepository(`sources-test-${++dbs}`);
    const quota = new StorageError('quota', new Error('QuotaExceededError'));
    const full: NewsRepository = {
      ...real,
      addInBatches: async (stories) => {
        const r = await real.add(stories.slice(0, 1));
        return { ...r, notStored: stories.length - 1, error: quota };
      },
    };
    const { store } = setup(full);
    await store.getState().importFeedFile(new Blob([rss(ITEMS)]));
    expect(store.getState().notice).toEqual({ kind: 'partial-import', feedTitle: 'Wire', added: 1, notStored: 1, reason: 'quota' });
    expect(store.getState().library.storyCount).toBe(1);
  });
});

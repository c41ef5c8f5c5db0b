import { describe, expect, it } from 'vitest';
import { makeStory } from '../../../tests/fakes/story-fixtures';
import type { Story } from '../types';
import type { FeedResult, ParsedFeed } from './feed-result';
import { runFeedJob, type FeedFetchResult, type FeedPipelinePorts, type StoreOutcome } from './pipeline';
import { urlSource, type Source } from './source';

const NOW = 1_800_000_000_000;
const URL_A = 'https://wire.example/feed.xml';
const feed = (stories: Story[] = [makeStory('a', '2026-11-28T08:00:00Z')]): ParsedFeed => ({ title: 'Wire', siteUrl: 'https://wire.example/', lang: 'en', stories, skipped: 0 });

/** Ports over memory: a source table, one answer per address, a reader that reads "FEED" as the feed given. */
function ports(answer: FeedFetchResult, options: { read?: FeedResult; store?: Partial<StoreOutcome>; sources?: Source[] } = {}) {
  const table = new Map((options.sources ?? []).map((s) => [s.id, s]));
  const stored: Story[] = [];
  const asked: { url: string; validators?: object }[] = [];
  const p: FeedPipelinePorts = {
    fetch: async (url, validators) => {
      asked.push({ url, validators });
      return answer;
    },
    read: async (text) => options.read ?? (text === 'FEED' ? { ok: true, feed: feed() } : { ok: false, problem: { kind: 'not-a-feed', detail: 'no root' } }),
    sources: {
      get: async (id) => table.get(id),
      put: async (s) => void table.set(s.id, s),
      update: async (id, change) => {
        const s = table.get(id);
        if (!s) return undefined;
        table.set(id, change(s));
        return table.get(id);
      },
    },
    store: async (stories) => {
      stored.push(...stories);
      return { added: stories.length, duplicates: 0, notStored: 0, problem: null, ...options.store };
    },
  };
  return { p, table, stored, asked };
}

const ok = (text = 'FEED'): FeedFetchResult => ({ ok: true, status: 200, text, etag: '"v2"', lastModified: 'Sat, 28 Nov 2026 01:00:00 GMT' });

describe('the feed pipeline: refresh', () => {
  const source: Source = { ...urlSource(URL_A, 'Wire', 1), etag: '"v1"', lastSuccessAt: 5 };

  it('sends the validators, stores the stories under the source and records the new validators', async () => {
    const { p, table, stored, asked } = ports(ok(), { sources: [source] });
    const outcome = await runFeedJob(p, { kind: 'refresh', source }, NOW);
    expect(outcome).toMatchObject({ kind: 'stored', title: 'Wire', stored: { added: 1 } });
    expect(asked).toEqual([{ url: URL_A, validators: { etag: '"v1"', lastModified: undefined } }]);
    expect(stored.map((s) => s.sourceId)).toEqual([URL_A]);
    // Stamped with its arrival, for "what's new".
    expect(stored.map((s) => s.addedAt)).toEqual([NOW]);
    expect(table.get(URL_A)).toMatchObject({ etag: '"v2"', lastAttemptAt: NOW, lastSuccessAt: NOW, lastError: null, siteUrl: 'https://wire.example/' });
  });

  it('offline records nothing against the source', async () => {
    const { p, table } = ports({ ok: false, problem: 'offline' }, { sources: [source] });
    expect(await runFeedJob(p, { kind: 'refresh', source }, NOW)).toEqual({ kind: 'offline' });
    expect(table.get(URL_A)).toEqual(source);
  });

  it('a failed fetch is the source’s last error; its last success stays', async () => {
    const { p, table } = ports({ ok: false, problem: 'timeout' }, { sources: [source] });
    expect(await runFeedJob(p, { kind: 'refresh', source }, NOW)).toMatchObject({ kind: 'fetch-failed', problem: 'timeout' });
    expect(table.get(URL_A)).toMatchObject({ lastAttemptAt: NOW, lastSuccessAt: 5, lastError: { problem: 'timeout' } });
  });

  it('"not modified" is a success with nothing stored', async () => {
    const { p, table, stored } = ports({ ok: true, status: 304 }, { sources: [{ ...source, lastError: { problem: 'timeout' } }] });
    expect(await runFeedJob(p, { kind: 'refresh', source }, NOW)).toEqual({ kind: 'not-modified' });
    expect(stored).toEqual([]);
    expect(table.get(URL_A)).toMatchObject({ lastSuccessAt: NOW, lastError: null });
  });

  it('text that is no feed is the source’s error, with the reader’s detail', async () => {
    const { p, table } = ports(ok('<html/>'), { sources: [source] });
    expect(await runFeedJob(p, { kind: 'refresh', source }, NOW)).toMatchObject({ kind: 'unreadable' });
    expect(table.get(URL_A)?.lastError).toEqual({ problem: 'not-a-feed', detail: 'no root' });
  });

  it('a source removed while its feed was fetched gets no stories back', async () => {
    const { p, stored } = ports(ok(), { sources: [] });
    expect(await runFeedJob(p, { kind: 'refresh', source }, NOW)).toEqual({ kind: 'gone' });
    expect(stored).toEqual([]);
  });

  it('storage failing is the source’s error, and its last success stays', async () => {
    const { p, table } = ports(ok(), { sources: [source], store: { added: 0, notStored: 1, problem: 'quota' } });
    expect(await runFeedJob(p, { kind: 'refresh', source }, NOW)).toMatchObject({ kind: 'stored', stored: { problem: 'quota' } });
    expect(table.get(URL_A)).toMatchObject({ lastSuccessAt: 5, lastError: { problem: 'quota' } });
  });
});

describe('the feed pipeline: an address added', () => {
  it('keeps the source with the person’s title and the feed’s site and validators', async () => {
    const { p, table } = ports(ok());
    expect(await runFeedJob(p, { kind: 'add', url: URL_A, title: 'My wire' }, NOW)).toMatchObject({ kind: 'stored', title: 'My wire' });
    expect(table.get(URL_A)).toMatchObject({ kind: 'url', title: 'My wire', siteUrl: 'https://wire.example/', etag: '"v2"', addedAt: NOW, lastSuccessAt: NOW });
  });

  it('a source already there is not fetched again', async () => {
    const { p, asked } = ports(ok(), { sources: [urlSource(URL_A, 'Wire', 1)] });
    expect(await runFeedJob(p, { kind: 'add', url: URL_A }, NOW)).toEqual({ kind: 'exists' });
    expect(asked).toEqual([]);
  });

  it('offline, a 304 or no feed: nothing is kept', async () => {
    for (const answer of [{ ok: false, problem: 'offline' } as const, { ok: true, status: 304 } as const, ok('<html/>')]) {
      const { p, table } = ports(answer);
      const outcome = await runFeedJob(p, { kind: 'add', url: URL_A }, NOW);
      expect(outcome.kind).not.toBe('stored');
      expect(table.size).toBe(0);
    }
  });
});

describe('the feed pipeline: a file imported', () => {
  it('keeps one source per feed, updated when imported again', async () => {
    const { p, table, stored } = ports({ ok: false, problem: 'unreachable' });
    await runFeedJob(p, { kind: 'file', text: 'FEED' }, NOW);
    await runFeedJob(p, { kind: 'file', text: 'FEED' }, NOW + 1);
    expect([...table.values()]).toMatchObject([{ id: 'file:https://wire.example/', kind: 'file', title: 'Wire', addedAt: NOW, lastSuccessAt: NOW + 1 }]);
    expect(stored.map((s) => s.sourceId)).toEqual(['file:https://wire.example/', 'file:https://wire.example/']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from './feed-result';
import { feedNotice, importFailure } from './import-notice';
import type { FeedJob, FeedOutcome } from './pipeline';
import { urlSource } from './source';

const feed: ParsedFeed = { title: 'Wire', siteUrl: '', lang: 'en', stories: [], skipped: 2 };
const stored = (added: number, problem: 'quota' | 'storage' | null = null, notStored = 0): FeedOutcome => ({
  kind: 'stored',
  feed,
  title: 'My wire',
  stored: { added, duplicates: 1, notStored, problem },
});
const add: FeedJob = { kind: 'add', url: 'https://wire.example/feed' };
const file: FeedJob = { kind: 'file', text: '' };

describe('feedNotice', () => {
  it('a refresh says nothing, whatever came of it', () => {
    const refresh: FeedJob = { kind: 'refresh', source: urlSource('https://wire.example/feed', 'Wire', 0) };
    for (const o of [stored(3), { kind: 'offline' }, { kind: 'fetch-failed', problem: 'timeout' }] as FeedOutcome[]) expect(feedNotice(refresh, o)).toBeNull();
  });

  it('stories stored: how many, the duplicates and the empty items skipped', () => {
    expect(feedNotice(file, stored(3))).toEqual({ kind: 'imported', feedTitle: 'My wire', added: 3, duplicates: 1, skipped: 2 });
  });

  it('storage failing part-way, or before anything was stored, is said as such (not as an import failure)', () => {
    expect(feedNotice(file, stored(2, 'quota', 5))).toEqual({ kind: 'partial-import', feedTitle: 'My wire', added: 2, notStored: 5, reason: 'quota' });
    expect(feedNotice(file, stored(0, 'storage', 7))).toEqual({ kind: 'storage-failed', task: 'import', problem: 'storage' });
    expect(feedNotice(add, stored(0, 'quota', 7))).toEqual({ kind: 'storage-failed', task: 'add-feed', problem: 'quota' });
  });

  it('an address: exists, could not be fetched, or is no feed', () => {
    expect(feedNotice(add, { kind: 'exists' })).toEqual({ kind: 'feed-failed', url: add.kind === 'add' ? add.url : '', problem: 'exists' });
    expect(feedNotice(add, { kind: 'fetch-failed', problem: 'http-status', detail: '404 Not Found' })).toMatchObject({ problem: 'http-status', detail: '404 Not Found' });
    expect(feedNotice(add, { kind: 'unreadable', problem: { kind: 'not-json', detail: 'at 3' } })).toMatchObject({ problem: 'not-a-feed', detail: 'at 3' });
  });

  it('a file that is no feed: why, in import terms', () => {
    expect(feedNotice(file, { kind: 'unreadable', problem: { kind: 'malformed-xml', detail: 'line 2' } })).toEqual({ kind: 'import-failed', reason: 'malformed-xml', detail: 'line 2' });
    expect(importFailure({ kind: 'too-large', size: 9, limit: 1 })).toEqual({ reason: 'too-large' });
    expect(importFailure({ kind: 'no-stories', skipped: 4 })).toEqual({ reason: 'no-stories' });
  });
});

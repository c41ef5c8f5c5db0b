import { describe, expect, it } from 'vitest';
import { createStore } from 'idb-keyval';
import type { Story } from '../../domain/types';
import { createRunner, type Runner } from './idb-run';
import { createNewsRepository } from './news-repository';
import { createRecords } from './news-records';
import { createUpkeep } from './news-upkeep';
import { counted, createReadCount } from './read-gate';

const story = (id: string, iso: string): Story => ({ id, title: id, source: 'S', url: `https://s.example/${id}`, publishedAt: Date.parse(iso), lang: 'en', text: 'Body.', sourceId: 'feed' });

describe('upkeep gives way to reads', () => {
  it('starts no slice of a prune while a foreground read runs, and goes on once it ended', async () => {
    const db = 'upkeep-gate-1';
    const repo = createNewsRepository(db);
    await repo.add([story('a', '2026-03-01T10:00:00Z'), story('b', '2026-03-02T10:00:00Z'), story('c', '2026-03-03T10:00:00Z')]);
    const base = createRunner(createStore(db, 'kv'));
    const writes: string[] = [];
    const run = ((mode, body, options) => {
      if (mode === 'readwrite') writes.push(mode);
      return base(mode, body, options);
    }) as Runner;
    const reads = createReadCount();
    const upkeep = createUpkeep(run, createRecords(db, run), (n) => n, reads);
    let endRead!: () => void;
    const read = counted(reads, () => new Promise<void>((resolve) => (endRead = resolve)));
    const pruning = upkeep.prune(Date.parse('2026-03-04T00:00:00Z'), { maxAgeDays: 60, maxStories: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes).toEqual([]);
    endRead();
    await read;
    expect(await pruning).toEqual({ removed: 2 });
    expect(writes.length).toBeGreaterThan(0);
    expect(await repo.count()).toBe(1);
  });
});

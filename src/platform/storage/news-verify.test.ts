import { describe, expect, it } from 'vitest';
import { createStore } from 'idb-keyval';
import type { Story } from '../../domain/types';
import { createRunner, type Runner } from './idb-run';
import { createNewsRepository } from './news-repository';
import { createRecords } from './news-records';
import { runVerifyJob } from './news-verify';

const story = (id: string, iso: string): Story => ({ id, title: `${id} chips`, source: 'S', url: `https://s.example/${id}`, publishedAt: Date.parse(iso), lang: 'en', text: 'Body.' });

describe('the check of every index', () => {
  it('opens no transaction while the foreground reads hold it, and every slice asks again', async () => {
    const db = 'verify-gate-1';
    const repo = createNewsRepository(db);
    await repo.add([story('a', '2026-03-01T10:00:00Z'), story('b', '2026-03-02T10:00:00Z')]);
    const base = createRunner(createStore(db, 'kv'));
    let opened = 0;
    const run = ((mode, body, options) => {
      opened++;
      return base(mode, body, options);
    }) as Runner;
    const records = createRecords(db, run);
    let release!: () => void;
    const reads = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    const clear = () => {
      asked++;
      return reads;
    };
    const pass = runVerifyJob(run, records, { kind: 'pass', always: false }, { upgrading: false, schema: 6, clear });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toBe(0);
    expect(asked).toBe(1);
    release();
    expect(await pass).toEqual({ stories: 2, repaired: 0 });
    // The marks, the day index, each room's key list, the term shards of each day, the sources, both lookups.
    expect(asked).toBeGreaterThanOrEqual(8);
    expect(opened).toBeGreaterThan(0);
  });
});

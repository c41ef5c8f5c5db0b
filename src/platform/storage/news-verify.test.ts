import { describe, expect, it, vi } from 'vitest';
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

describe('the check in a worker', () => {
  it('is done on this thread when the worker stops without answering (its script did not load)', async () => {
    /** A worker whose script never loads: it reports an error to the page and answers nothing. */
    class LostWorker {
      onmessage: ((e: MessageEvent) => void) | null = null;
      onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
      terminated = false;
      postMessage(message: { type: string }) {
        if (message.type === 'job') setTimeout(() => this.onerror?.({ message: '', preventDefault: () => {} }), 0);
      }
      terminate() {
        this.terminated = true;
      }
    }
    const started: LostWorker[] = [];
    vi.stubGlobal(
      'Worker',
      class extends LostWorker {
        constructor() {
          super();
          started.push(this);
        }
      },
    );
    try {
      const repo = createNewsRepository('verify-lost-worker');
      await repo.add([story('a', '2026-03-01T10:00:00Z'), story('b', '2026-03-02T10:00:00Z')]);
      expect(await repo.verify()).toEqual({ stories: 2, repaired: 0 });
      expect(started).toHaveLength(1);
      expect(started[0].terminated).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

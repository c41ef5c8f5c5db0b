import { describe, expect, it } from 'vitest';
import { urlSource } from '../../domain/feed/source';
import { createSourceRepository } from './source-repository';

let n = 0;

describe('source repository', () => {
  it('stores, lists oldest first, updates and removes sources', async () => {
    const repo = createSourceRepository(`sources-${++n}`);
    await repo.put(urlSource('https://b.example/feed', 'B', 2));
    await repo.put(urlSource('https://a.example/feed', 'A', 1));
    expect((await repo.list()).map((s) => s.title)).toEqual(['A', 'B']);
    const updated = await repo.update('https://a.example/feed', (s) => ({ ...s, lastAttemptAt: 5, lastError: { problem: 'timeout' } }));
    expect(updated?.lastError).toEqual({ problem: 'timeout' });
    expect((await repo.get('https://a.example/feed'))?.lastAttemptAt).toBe(5);
    expect(await repo.update('https://gone.example/feed', (s) => s)).toBeUndefined();
    await repo.remove('https://a.example/feed');
    expect((await repo.list()).map((s) => s.title)).toEqual(['B']);
  });
});

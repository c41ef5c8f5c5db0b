import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dayRange } from '../../domain/day';
import type { Story } from '../../domain/types';
import { createNewsRepository } from './news-repository';

let n = 0;
const freshRepo = () => createNewsRepository(`test-news-${++n}`);

const story = (id: string, iso: string, url = ''): Story => ({
  id,
  title: id,
  source: 'S',
  url,
  publishedAt: Date.parse(iso),
  lang: 'en',
  text: 'Body.',
});

describe('news repository (IndexedDB)', () => {
  it('adds stories once, by id and then by article URL', async () => {
    const repo = freshRepo();
    expect(await repo.add([story('a', '2026-11-28T01:00:00Z', 'https://x.example/a')])).toEqual({ added: 1, duplicates: 0 });
    const again = await repo.add([
      story('a', '2026-11-28T01:00:00Z'),
      story('b', '2026-11-28T02:00:00Z', 'https://www.x.example/a/?utm_source=feed'),
      story('c', '2026-11-28T03:00:00Z', 'https://x.example/'),
      story('c', '2026-11-28T03:00:00Z'),
    ]);
    expect(again).toEqual({ added: 1, duplicates: 3 });
    expect(await repo.count()).toBe(2);
  });

  it("lists one local day, including a story at 00:30 in Hanoi that is yesterday in UTC", async () => {
    const repo = freshRepo();
    await repo.add([
      story('early', '2026-11-28T00:30:00+07:00'),
      story('late', '2026-11-28T23:59:00+07:00'),
      story('before', '2026-11-27T23:59:00+07:00'),
      story('after', '2026-11-29T00:00:00+07:00'),
    ]);
    const { start, end } = dayRange('2026-11-28', 'Asia/Ho_Chi_Minh');
    const ids = (await repo.listBetween(start, end)).map((s) => s.id).sort();
    expect(ids).toEqual(['early', 'late']);
    const utc = dayRange('2026-11-28', 'UTC');
    expect((await repo.listBetween(utc.start, utc.end)).map((s) => s.id).sort()).toEqual(['after', 'late']);
  });

  it('finds the newest story before a time, skipping later ones in the same bucket', async () => {
    const repo = freshRepo();
    expect(await repo.latestBefore(Date.now())).toBeNull();
    await repo.add([story('old', '2025-02-03T10:00:00Z'), story('older', '2025-01-28T10:00:00Z'), story('new', '2025-02-03T20:00:00Z')]);
    expect(await repo.latestBefore(Date.parse('2026-11-28T00:00:00Z'))).toBe(Date.parse('2025-02-03T20:00:00Z'));
    expect(await repo.latestBefore(Date.parse('2025-02-03T12:00:00Z'))).toBe(Date.parse('2025-02-03T10:00:00Z'));
    expect(await repo.latestBefore(Date.parse('2025-02-01T00:00:00Z'))).toBe(Date.parse('2025-01-28T10:00:00Z'));
  });

  it('keeps metadata', async () => {
    const repo = freshRepo();
    expect(await repo.getMeta('x')).toBeUndefined();
    await repo.setMeta('x', { v: 1 });
    expect(await repo.getMeta('x')).toEqual({ v: 1 });
  });

  it('writes nothing when a batch fails', async () => {
    const repo = freshRepo();
    const bad = { ...story('bad', '2026-11-28T01:00:00Z'), text: () => 'functions cannot be cloned' } as unknown as Story;
    await expect(repo.add([story('ok', '2026-11-28T01:00:00Z'), bad])).rejects.toThrow();
    expect(await repo.count()).toBe(0);
    const { start, end } = dayRange('2026-11-28', 'UTC');
    expect(await repo.listBetween(start, end)).toEqual([]);
  });
});

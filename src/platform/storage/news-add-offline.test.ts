// An import whose code cannot be loaded (the app offline before the chunk was ever cached) stores nothing and says so.
import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../../domain/types';
import { createNewsRepository } from './news-repository';

vi.mock('./news-add', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const story: Story = { id: 'a', title: 'a', source: 'S', url: 'https://s.example/a', publishedAt: Date.parse('2026-03-01T10:00:00Z'), lang: 'en', text: 'Body.' };

describe('addInBatches without its code', () => {
  it('reports every story as not stored, with a storage error, and stores none', async () => {
    const repo = createNewsRepository('add-code-lost');
    const r = await repo.addInBatches([story, { ...story, id: 'b', url: 'https://s.example/b' }]);
    expect(r).toMatchObject({ added: 0, duplicates: 0, notStored: 2 });
    expect(r.error?.problem).toBe('unknown');
    expect(r.error?.message).toMatch(/^storage unknown: /);
    expect(await repo.count()).toBe(0);
  });
});

// A day briefing of a big day through the store and the real repository: the day is read as heads, only the texts of
// the stories told are read, and the briefing is the one the whole stories make.
import { describe, expect, it, vi } from 'vitest';
import { makeStory } from '../../tests/fakes/story-fixtures';
import type { Story } from '../domain/types';
import { createTestStore } from '../../tests/fakes/test-store';
import { MAX_CANDIDATES } from '../domain/briefing/shortlist';
import type { NewsRepository } from '../platform/storage/news-repository';
import { createNewsRepository } from '../platform/storage/news-repository';

/** 480 AI stories of today (Hanoi), one an hour's minute apart, a few reports of each event worded alike. */
const bigDay = () =>
  Array.from({ length: MAX_CANDIDATES + 80 }, (_, i) =>
    makeStory(`d${i}`, new Date(Date.parse('2026-11-28T00:05:00+07:00') + i * 60_000).toISOString(), {
      source: `Wire ${i % 5}`,
      title: `Lab ${Math.floor(i / 3)} ships the Atlas-${Math.floor(i / 3)} AI model`,
      text: `Lab ${Math.floor(i / 3)} released Atlas-${Math.floor(i / 3)}, a language model, this morning. ` + 'It runs on one chip. '.repeat(3 + (i % 4)),
    }),
  );

async function playToday(news: NewsRepository) {
  await news.add(bigDay());
  const ctx = createTestStore({ news });
  ctx.env.setNow('2026-11-28T09:00:00+07:00');
  await ctx.store.getState().init();
  await ctx.store.getState().playBriefing();
  return ctx.store.getState().player.briefing;
}

describe('a day briefing of more stories than it groups', () => {
  it('reads the day as heads and only the texts it tells, and tells what the whole stories tell', async () => {
    const news = createNewsRepository(`big-day-${Math.random()}`);
    const listBetween = vi.spyOn(news, 'listBetween');
    const storiesOf = vi.spyOn(news, 'storiesOf');
    const fromHeads = await playToday(news);
    expect(listBetween).not.toHaveBeenCalled();
    expect(storiesOf).toHaveBeenCalledTimes(1);
    expect(storiesOf.mock.calls[0][0].length).toBeLessThanOrEqual(10);
    expect(storiesOf.mock.calls[0][0].every((h) => !('text' in h))).toBe(true);

    // The same day on a repository that always reads whole stories.
    const plain = createNewsRepository(`big-day-whole-${Math.random()}`);
    const whole = await playToday({ ...plain, listBriefable: (start, end) => plain.listBetween(start, end) });
    expect(whole?.storyCount).toBe(10);
    expect(fromHeads).toEqual(whole);
  });
});

describe('"what\'s new?" over a week of more stories than a briefing groups', () => {
  it('reads the week as heads and only the texts it tells', async () => {
    const news = createNewsRepository(`big-new-${Math.random()}`);
    const ctx = createTestStore({ news });
    ctx.env.setNow('2026-11-28T09:00:00+07:00');
    await ctx.store.getState().init();
    await ctx.store.getState().playBriefing();
    await vi.waitFor(() => expect(ctx.store.getState().history.list.length).toBe(1));
    const since = ctx.store.getState().history.list[0].createdAt;
    await news.add(bigDay().map((s) => ({ ...s, addedAt: since + 60_000 })));
    ctx.env.setNow('2026-11-28T10:00:00+07:00');
    const listBetween = vi.spyOn(news, 'listBetween');
    const storiesOf = vi.spyOn(news, 'storiesOf');
    await ctx.store.getState().playBriefing(undefined, null, null, null, 'new');
    expect(listBetween).not.toHaveBeenCalled();
    expect(storiesOf).toHaveBeenCalledTimes(1);
    expect(storiesOf.mock.calls[0][0].length).toBeLessThanOrEqual(10);
    expect(ctx.store.getState().player.briefing?.segments[0].sentences).toContain('Ten new stories since your last briefing.');
  });
});

describe("today's read-ahead (made while a request is spoken)", () => {
  it('reads today as a briefing reads it, and the texts it will tell: the briefing then reads nothing', async () => {
    const news = createNewsRepository(`ahead-${Math.random()}`);
    await news.add(bigDay().slice(0, 60));
    const ctx = createTestStore({ news });
    ctx.env.setNow('2026-11-28T09:00:00+07:00');
    await ctx.store.getState().init();
    const listBriefable = vi.spyOn(news, 'listBriefable');
    const listBetween = vi.spyOn(news, 'listBetween');
    const storiesOf = vi.spyOn(news, 'storiesOf');
    ctx.store.getState().prefetchToday();
    expect(listBriefable).toHaveBeenCalledTimes(1);
    // A day of more than READ_WHOLE_UP_TO stories: heads, then the texts of the stories today's briefing tells.
    expect((await listBriefable.mock.results[0].value).every((s: object) => !('text' in s))).toBe(true);
    await vi.waitFor(() => expect(storiesOf).toHaveBeenCalledTimes(1));
    const readAhead = (await storiesOf.mock.results[0].value).map((s: Story) => s.id);
    await ctx.store.getState().playBriefing();
    expect(listBriefable).toHaveBeenCalledTimes(1);
    expect(listBetween).not.toHaveBeenCalled();
    expect(storiesOf).toHaveBeenCalledTimes(1);
    const ahead = ctx.store.getState().player.briefing;
    expect(ahead?.storyCount).toBe(readAhead.length);

    // Used once: the next briefing reads the day and the texts again, and tells the same.
    await ctx.store.getState().playBriefing();
    expect(listBriefable).toHaveBeenCalledTimes(2);
    expect(storiesOf).toHaveBeenCalledTimes(2);
    expect(storiesOf.mock.calls[1][0].map((h) => h.id)).toEqual(readAhead);
    expect({ ...ctx.store.getState().player.briefing, id: '' }).toEqual({ ...ahead, id: '' });
  });

  it('reads only what the briefing lacks when it tells more than the read-ahead foresaw (a length)', async () => {
    const news = createNewsRepository(`ahead-len-${Math.random()}`);
    await news.add(bigDay().slice(0, 90));
    const ctx = createTestStore({ news });
    ctx.env.setNow('2026-11-28T09:00:00+07:00');
    await ctx.store.getState().init();
    const storiesOf = vi.spyOn(news, 'storiesOf');
    ctx.store.getState().prefetchToday();
    await vi.waitFor(() => expect(storiesOf).toHaveBeenCalledTimes(1));
    const readAhead = new Set((await storiesOf.mock.results[0].value).map((s: Story) => s.id));
    await ctx.store.getState().playBriefing(undefined, null, 5);
    const told = ctx.store.getState().player.briefing;
    expect(told?.storyCount).toBeGreaterThan(readAhead.size);
    expect(storiesOf).toHaveBeenCalledTimes(2);
    expect(storiesOf.mock.calls[1][0].every((h) => !readAhead.has(h.id))).toBe(true);
  });
});

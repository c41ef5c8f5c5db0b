import { describe, expect, it, vi } from 'vitest';
import { createNewsRepository } from '../platform/storage/news-repository';
import { makeStory } from '../../tests/fakes/story-fixtures';
import { createTestStore } from '../../tests/fakes/test-store';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-28T02:00:00Z');

/** Stories about chips, `perDay` a day for `days` days back from today. */
function chipStories(days: number, perDay: number) {
  return Array.from({ length: days * perDay }, (_, i) =>
    makeStory(`c${i}`, new Date(NOW - Math.floor(i / perDay) * DAY - (i % perDay) * 60_000).toISOString(), {
      title: `Chip maker ${i} ships an AI accelerator`,
    }),
  );
}

async function setup(days: number, perDay: number) {
  const news = createNewsRepository(`topic-window-${Math.random()}`);
  await news.add(chipStories(days, perDay));
  const listAbout = vi.spyOn(news, 'listAbout');
  const listBetween = vi.spyOn(news, 'listBetween');
  const ctx = createTestStore({ news });
  ctx.env.setNow('2026-11-28T09:00:00+07:00');
  await ctx.store.getState().init();
  listAbout.mockClear();
  listBetween.mockClear();
  return { ...ctx, news, listAbout, listBetween };
}

describe('topic briefings without named days', () => {
  it('read only the newest week when it has enough stories about the topic', async () => {
    const { store, synth, listAbout, listBetween } = await setup(20, 2);
    await store.getState().playBriefing(undefined, 'chips');
    // Through the term index: no story that is not about the topic is read.
    expect(listBetween).not.toHaveBeenCalled();
    expect(listAbout).toHaveBeenCalledTimes(1);
    const [, start, end] = listAbout.mock.calls[0];
    expect((end - start) / DAY).toBeCloseTo(7, 0);
    expect(synth.current()?.text).toMatch(/^Here is the AI news about chips: 10 stories/);
  });

  it('widen to the month when the week has too few', async () => {
    const { store, synth, listAbout } = await setup(20, 1);
    await store.getState().playBriefing(undefined, 'chips');
    expect(listAbout).toHaveBeenCalledTimes(2);
    const [[, s1, e1], [, s2, e2]] = listAbout.mock.calls;
    expect(e2).toBe(s1); // the month adds only the older days
    expect((e1 - s2) / DAY).toBeCloseTo(30, 0);
    expect(synth.current()?.text).toMatch(/^Here is the AI news about chips: 10 stories/);
  });

  it('leave out a story that names the topic only deep in its text, and read the newest day for suggestions when none is about it', async () => {
    const { store, synth, news, listBetween } = await setup(3, 1);
    await news.add([
      makeStory('deep', '2026-11-28T01:00:00Z', { title: 'Robots fold laundry now', text: 'A lab shows a robot.\n\nLater on, a note about chips and cooling.' }),
    ]);
    await store.getState().playBriefing(undefined, 'chips');
    expect(synth.current()?.text).toMatch(/^Here is the AI news about chips: 3 stories/);
    expect(listBetween).not.toHaveBeenCalled();
    await store.getState().playBriefing(undefined, 'laundry detergent');
    expect(listBetween).toHaveBeenCalledTimes(1);
    const [start, end] = listBetween.mock.calls[0];
    expect((end - start) / DAY).toBeCloseTo(1, 0);
    expect(synth.current()?.text).toMatch(/laundry detergent/);
  });
});

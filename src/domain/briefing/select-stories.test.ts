import { describe, expect, it } from 'vitest';
import { makeStory } from '../../../tests/fakes/story-fixtures';
import type { Story } from '../types';
import { ENOUGH_TOPIC_STORIES, selectDayStories, selectTopicStories, type StoryReader } from './select-stories';

const TZ = 'Asia/Ho_Chi_Minh';
const NOW = Date.parse('2026-11-28T12:00:00+07:00');

/** A reader over a list, recording every span it was asked for. */
function readerOf(stories: Story[]) {
  const spans: [number, number][] = [];
  const reader: StoryReader = {
    listBetween: async (start, end) => {
      spans.push([start, end]);
      return stories.filter((s) => s.publishedAt >= start && s.publishedAt < end);
    },
    latestBefore: async (end) => {
      const times = stories.map((s) => s.publishedAt).filter((t) => t < end);
      return times.length ? Math.max(...times) : null;
    },
  };
  return { reader, spans };
}

const ai = (s: Story) => !s.title.includes('weather');

describe('selectDayStories', () => {
  it('keeps the stories of the days asked that the filter accepts', async () => {
    const { reader } = readerOf([
      makeStory('a', '2026-11-28T08:00:00+07:00'),
      makeStory('b', '2026-11-28T09:00:00+07:00', { title: 'The weather today' }),
      makeStory('c', '2026-11-27T09:00:00+07:00'),
    ]);
    const got = await selectDayStories(reader, { from: '2026-11-28', to: '2026-11-28' }, TZ, ai);
    expect(got.stories.map((s) => s.id)).toEqual(['a']);
    expect(got.served).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });

  it('falls back to the latest earlier day with kept stories, skipping days whose stories are all filtered out', async () => {
    const { reader } = readerOf([
      makeStory('old', '2026-11-25T09:00:00+07:00'),
      makeStory('w', '2026-11-27T09:00:00+07:00', { title: 'The weather yesterday' }),
    ]);
    const got = await selectDayStories(reader, { from: '2026-11-28', to: '2026-11-28' }, TZ, ai);
    expect(got.stories.map((s) => s.id)).toEqual(['old']);
    expect(got.served).toEqual({ from: '2026-11-25', to: '2026-11-25' });
  });

  it('serves nothing when no earlier day has any', async () => {
    const { reader } = readerOf([makeStory('later', '2026-11-29T09:00:00+07:00')]);
    expect(await selectDayStories(reader, { from: '2026-11-28', to: '2026-11-28' }, TZ, ai)).toEqual({ stories: [], served: null });
  });

  it('a local day is the time zone’s: 00:30 in Hanoi is that day', async () => {
    const { reader } = readerOf([makeStory('early', '2026-11-28T00:30:00+07:00')]);
    const got = await selectDayStories(reader, { from: '2026-11-28', to: '2026-11-28' }, TZ, ai);
    expect(got.stories.map((s) => s.id)).toEqual(['early']);
  });
});

describe('selectTopicStories', () => {
  const about = (s: Story) => (s.title.includes('chip') ? 1 : 0);
  const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T09:00:00+07:00`;

  it('in the days named: those days only', async () => {
    const { reader } = readerOf([makeStory('a', day(28), { title: 'chip news' }), makeStory('b', day(27), { title: 'chip news' }), makeStory('c', day(28))]);
    const got = await selectTopicStories(reader, about, { from: '2026-11-28', to: '2026-11-28' }, NOW, TZ);
    expect(got.stories.map((s) => s.id)).toEqual(['a']);
    expect(got.candidates.map((s) => s.id).sort()).toEqual(['a', 'c']);
    expect(got.days).toEqual({ from: '2026-11-28', to: '2026-11-28' });
  });

  it('with no days named: the newest week when it has enough, without reading the month', async () => {
    const week = Array.from({ length: ENOUGH_TOPIC_STORIES }, (_, i) => makeStory(`w${i}`, day(28 - (i % 5)), { title: `chip ${i}` }));
    const { reader, spans } = readerOf([...week, makeStory('old', day(10), { title: 'chip old' })]);
    const got = await selectTopicStories(reader, about, null, NOW, TZ);
    expect(got.stories).toHaveLength(ENOUGH_TOPIC_STORIES);
    expect(spans).toHaveLength(1);
    expect(got.days).toEqual({ from: '2026-11-21', to: '2026-11-28' });
  });

  it('widens to the month when the week has too few, reading only the weeks not read yet', async () => {
    const { reader, spans } = readerOf([makeStory('new', day(27), { title: 'chip new' }), makeStory('old', day(10), { title: 'chip old' })]);
    const got = await selectTopicStories(reader, about, null, NOW, TZ);
    expect(got.stories.map((s) => s.id)).toEqual(['new', 'old']);
    expect(spans).toHaveLength(2);
    expect(spans[1][1]).toBe(spans[0][0]);
    expect(got.days?.to).toBe('2026-11-27');
  });

  it('the window ends at the newest story on the device, not today', async () => {
    const { reader } = readerOf([makeStory('a', '2025-02-03T09:00:00+07:00', { title: 'chip' })]);
    const got = await selectTopicStories(reader, about, null, NOW, TZ);
    expect(got.stories.map((s) => s.id)).toEqual(['a']);
    expect(got.days?.to).toBe('2025-02-03');
  });

  it('an empty device: nothing, and no days', async () => {
    const { reader } = readerOf([]);
    expect(await selectTopicStories(reader, about, null, NOW, TZ)).toEqual({ stories: [], candidates: [], days: null });
  });
});

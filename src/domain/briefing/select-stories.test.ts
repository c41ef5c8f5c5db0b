import { describe, expect, it } from 'vitest';
import { makeStory } from '../../../tests/fakes/story-fixtures';
import { storyHead } from '../news/story-head';
import type { Story, StoryHead } from '../types';
import { READ_WHOLE_UP_TO } from './read-whole';
import { ENOUGH_TOPIC_STORIES, OUTLET_WINDOW_DAYS, selectDayStories, selectNewStories, selectOutletStories, selectTopicStories, type OutletRequest, type StoryReader } from './select-stories';

const TZ = 'Asia/Ho_Chi_Minh';
const NOW = Date.parse('2026-11-28T12:00:00+07:00');
const DAY_MS = 86_400_000;

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

const ai = (s: Story | StoryHead) => !s.title.includes('weather');

/** A reader that lists only heads (listBriefable), recording each bound it is asked with; reading whole stories fails. */
function headsReaderOf(stories: Story[]) {
  const asked: number[] = [];
  const reader: StoryReader = {
    ...readerOf(stories).reader,
    listBetween: () => Promise.reject(new Error('a briefing reads through listBriefable')),
    listBriefable: async (start, end, over) => {
      asked.push(over);
      return stories.filter((s) => s.publishedAt >= start && s.publishedAt < end).map(storyHead);
    },
  };
  return { reader, asked };
}

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

describe('selectOutletStories', () => {
  const at = (day: string, hour = 9) => `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;
  const from = (source: string, id: string, day: string, extra: Partial<Story> = {}) => makeStory(id, at(day), { source, ...extra });
  const ask = (reader: StoryReader, outlet: string, more: Partial<OutletRequest> = {}) =>
    selectOutletStories(reader, { outlet, sources: [], range: null, ...more }, NOW, TZ);
  const ids = (stories: Story[]) => stories.map((s) => s.id).sort();

  it("today's stories from the outlet, AI or not, and its name as the stories give it", async () => {
    const { reader } = readerOf([
      from('The Verge', 'v1', '2026-11-28'),
      from('The Verge', 'v2', '2026-11-28', { title: 'The weather today', text: 'Rain is coming.' }),
      from('Reuters', 'r1', '2026-11-28'),
      from('The Verge', 'v0', '2026-11-27'),
    ]);
    const got = await ask(reader, 'the verge');
    expect(ids(got.stories)).toEqual(['v1', 'v2']);
    expect(got).toMatchObject({ days: { from: '2026-11-28', to: '2026-11-28' }, name: 'The Verge', known: true, others: [] });
  });

  it('none today: the latest day that has stories from the outlet, past newer days that have only others', async () => {
    const { reader } = readerOf([from('Reuters', 'r1', '2026-11-28'), from('Reuters', 'r2', '2026-11-27'), from('CNN International', 'c1', '2026-11-25'), from('CNN', 'c0', '2026-11-20')]);
    const got = await ask(reader, 'c. n. n.');
    expect(ids(got.stories)).toEqual(['c1']);
    expect(got.days).toEqual({ from: '2026-11-25', to: '2026-11-25' });
    expect(got.name).toBe('CNN');
  });

  it(`reads at most ${OUTLET_WINDOW_DAYS} days of stories back from the newest`, async () => {
    const daily = Array.from({ length: 40 }, (_, i) => makeStory(`d${i}`, new Date(NOW - i * DAY_MS).toISOString(), { source: 'Reuters' }));
    const { reader, spans } = readerOf([...daily, makeStory('old', new Date(NOW - 35 * DAY_MS).toISOString(), { source: 'Tuổi Trẻ' })]);
    const got = await ask(reader, 'tuổi trẻ');
    expect(got.stories).toEqual([]);
    expect(got.known).toBe(false);
    expect(got.others).toEqual(['Reuters']);
    expect(spans.length).toBeLessThanOrEqual(OUTLET_WINDOW_DAYS);
    const oldest = Math.min(...spans.map(([start]) => start));
    expect((NOW - oldest) / DAY_MS).toBeLessThan(OUTLET_WINDOW_DAYS + 1);
  });

  it('in the days named only, and no other day instead; an outlet with older stories is still known', async () => {
    const { reader } = readerOf([from('VnExpress', 'e1', '2026-11-28'), from('VnExpress', 'e2', '2026-11-26'), from('Reuters', 'r1', '2026-11-27')]);
    const yesterday = { from: '2026-11-27', to: '2026-11-27' };
    const none = await ask(reader, 'vn express', { range: yesterday });
    expect(none).toMatchObject({ stories: [], days: null, known: true, name: 'vn express' });
    const two = await ask(reader, 'vnexpress', { range: { from: '2026-11-26', to: '2026-11-28' } });
    expect(ids(two.stories)).toEqual(['e1', 'e2']);
    expect(two.days).toEqual({ from: '2026-11-26', to: '2026-11-28' });
  });

  it('an outlet nothing is from: not known, and the outlets there is news from, the person’s sources first', async () => {
    const { reader } = readerOf([from('Reuters', 'r1', '2026-11-28'), from('OpenAI', 'o1', '2026-11-27'), from('OpenAI', 'o2', '2026-11-27'), from('Reuters', 'r2', '2026-11-20')]);
    const sources = [{ id: 's1', title: 'TechCrunch', url: 'https://techcrunch.com/feed/', siteUrl: '' }];
    const got = await ask(reader, 'the verge', { sources });
    expect(got).toEqual({ stories: [], days: null, name: 'the verge', known: false, others: ['TechCrunch', 'Reuters', 'OpenAI'] });
    const named = await ask(reader, 'the verge', { sources, range: { from: '2026-11-28', to: '2026-11-28' } });
    expect(named.known).toBe(false);
    expect(named.others).toEqual(['TechCrunch', 'Reuters', 'OpenAI']);
  });

  it('a story is from the outlet when it came from a source of the person whose title or address is it', async () => {
    const sources = [{ id: 'feed-1', title: 'All posts', url: 'http://127.0.0.1:9/all.xml', siteUrl: 'https://www.theverge.com/' }];
    const { reader } = readerOf([from('All posts', 'p1', '2026-11-28', { sourceId: 'feed-1' }), from('All posts', 'p2', '2026-11-28', { sourceId: 'feed-2' })]);
    const got = await ask(reader, 'verge', { sources });
    expect(ids(got.stories)).toEqual(['p1']);
    expect(got.name).toBe('verge');
  });

  it('a source that is the outlet makes it known, even with no stories', async () => {
    const { reader } = readerOf([from('Reuters', 'r1', '2026-11-28')]);
    const got = await ask(reader, 'techcrunch', { sources: [{ id: 's', title: 'TechCrunch', url: '', siteUrl: '' }] });
    expect(got).toMatchObject({ stories: [], days: null, known: true, name: 'TechCrunch' });
  });

  it('the outlet it is exactly, not one that only holds its name after a word of its own', async () => {
    const { reader } = readerOf([from('Người Lao Động', 'n1', '2026-11-28'), from('Lao Động', 'l1', '2026-11-28')]);
    expect(ids((await ask(reader, 'lao động')).stories)).toEqual(['l1']);
    const { reader: only } = readerOf([from('Người Lao Động', 'n1', '2026-11-28')]);
    expect(ids((await ask(only, 'lao động')).stories)).toEqual(['n1']);
  });

  describe('with a topic', () => {
    const chips = (s: Story) => (s.title.includes('chip') ? 1 : 0);
    const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;

    it("the topic's stories from the outlet only", async () => {
      const { reader } = readerOf([
        from('Reuters', 'r1', day(28), { title: 'chip export rules' }),
        from('Reuters', 'r2', day(28), { title: 'Markets close higher' }),
        from('CNN', 'c1', day(28), { title: 'chip shortage' }),
      ]);
      const got = await ask(reader, 'reuters', { topic: chips });
      expect(ids(got.stories)).toEqual(['r1']);
      expect(got.days?.to).toBe('2026-11-28');
      expect(got.name).toBe('Reuters');
    });

    it('widens to the month when the outlet has too few about it in the week, however many others have', async () => {
      const others = Array.from({ length: ENOUGH_TOPIC_STORIES }, (_, i) => from('CNN', `c${i}`, day(28 - (i % 5)), { title: `chip ${i}` }));
      const { reader, spans } = readerOf([...others, from('Reuters', 'r-old', day(10), { title: 'chip old' })]);
      const got = await ask(reader, 'reuters', { topic: chips });
      expect(ids(got.stories)).toEqual(['r-old']);
      expect(spans).toHaveLength(2);
    });

    it('none about it: known when the outlet has other stories; not known, with others named, when it has none', async () => {
      const { reader } = readerOf([from('Reuters', 'r1', day(28), { title: 'Markets' }), from('CNN', 'c1', day(28), { title: 'chip' })]);
      expect(await ask(reader, 'reuters', { topic: chips })).toMatchObject({ stories: [], days: null, known: true });
      expect(await ask(reader, 'bbc', { topic: chips })).toMatchObject({ stories: [], known: false, others: ['Reuters', 'CNN'] });
      const named = await ask(reader, 'reuters', { topic: chips, range: { from: day(27), to: day(27) } });
      expect(named).toMatchObject({ stories: [], known: true });
    });
  });
});

describe('selectDayStories on a day of many stories', () => {
  it('reads through listBriefable when the reader has it (heads past READ_WHOLE_UP_TO stories), keeping what `keep` keeps', async () => {
    const stories = Array.from({ length: 6 }, (_, i) => makeStory(`s${i}`, `2026-11-28T0${i + 1}:00:00+07:00`, i === 2 ? { title: 'The weather today' } : {}));
    const { reader, asked } = headsReaderOf(stories);
    const got = await selectDayStories(reader, { from: '2026-11-28', to: '2026-11-28' }, TZ, ai);
    expect(asked).toEqual([READ_WHOLE_UP_TO]);
    expect(got.stories).toEqual(stories.filter((s) => s.id !== 's2').map(storyHead));
  });
});

describe('selectNewStories ("what\'s new?")', () => {
  it('keeps the AI stories that arrived after the last briefing and were not heard, read heads first when the reader can', async () => {
    const since = Date.parse('2026-11-28T06:00:00+07:00');
    const stories = [
      makeStory('old', '2026-11-28T05:00:00+07:00'),
      makeStory('late-arrival', '2026-11-28T05:30:00+07:00', { addedAt: since + 60_000 }),
      makeStory('new', '2026-11-28T07:00:00+07:00'),
      makeStory('heard', '2026-11-28T07:10:00+07:00'),
      makeStory('weather', '2026-11-28T07:20:00+07:00', { title: 'Rain all week', text: 'Rain falls in the city all week.' }),
    ];
    const { reader, asked } = headsReaderOf(stories);
    const got = await selectNewStories(reader, NOW - 7 * DAY_MS, NOW + DAY_MS, since, new Set(['heard']));
    expect(got.map((s) => s.id)).toEqual(['late-arrival', 'new']);
    expect(got.every((s) => !('text' in s))).toBe(true);
    expect(asked).toEqual([READ_WHOLE_UP_TO]);
    // A reader without heads: the same stories, whole.
    const whole = await selectNewStories(readerOf(stories).reader, NOW - 7 * DAY_MS, NOW + DAY_MS, since, new Set(['heard']));
    expect(whole.map((s) => s.id)).toEqual(['late-arrival', 'new']);
  });
});

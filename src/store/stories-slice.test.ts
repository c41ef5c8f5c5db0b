import { storyHead } from '../domain/news/story-head';
import { describe, expect, it, vi } from 'vitest';
import { createHistoryRepository } from '../platform/storage/history-repository';
import { createNewsRepository } from '../platform/storage/news-repository';
import { makeStory } from '../../tests/fakes/story-fixtures';
import { createFakeEnvironment } from '../../tests/fakes/fake-environment';
import { createTestStore } from '../../tests/fakes/test-store';
import type { Story } from '../domain/types';

const DAY = 86_400_000;
/** The tests' clock: Saturday 28 November 2026, 09:00 in Hanoi. */
const NOW = '2026-11-28T09:00:00+07:00';
let n = 0;

/** A store on a device holding these stories, ready, with the listings (heads, as the screen reads; whole stories) and latestBefore watched. */
async function withStories(stories: Story[], now = NOW, timeZone = 'Asia/Ho_Chi_Minh') {
  const news = createNewsRepository(`stories-news-${++n}`);
  await news.addInBatches(stories, 1000);
  const ctx = createTestStore({ news, history: createHistoryRepository(`stories-history-${n}`), env: createFakeEnvironment({ timeZone }) });
  ctx.env.setNow(now);
  await ctx.store.getState().init();
  const readBetween = news.listHeadsBetween.bind(news);
  const listBetween = vi.spyOn(news, 'listHeadsBetween');
  const wholeStories = vi.spyOn(news, 'listBetween');
  const latestBefore = vi.spyOn(news, 'latestBefore');
  return { ...ctx, news, listBetween, wholeStories, latestBefore, readBetween };
}

/** One story at that Hanoi wall-clock time. */
const at = (id: string, hanoi: string, extra: Partial<Story> = {}) => makeStory(id, `${hanoi}+07:00`, { title: `Story ${id}`, ...extra });

const shown = (days: { day: string; stories: Pick<Story, 'id'>[] }[]) => days.map((d) => `${d.day}: ${d.stories.map((s) => s.id).join(' ')}`);

describe('the Stories screen’s days', () => {
  // Days with stories: 28 (today, one just after midnight), 27, 25, then 20 back to 12 (one a day), and one older.
  const stories = [
    at('t1', '2026-11-28T08:00:00'),
    at('t0', '2026-11-28T00:30:00'),
    at('y1', '2026-11-27T23:00:00'),
    at('y0', '2026-11-27T06:00:00'),
    at('d25', '2026-11-25T12:00:00'),
    ...Array.from({ length: 9 }, (_, i) => at(`d${20 - i}`, `2026-11-${20 - i}T12:00:00`)),
    at('old', '2026-10-01T12:00:00'),
    // Tomorrow (a feed with a wrong date) is not listed.
    at('future', '2026-11-29T08:00:00'),
  ];

  it('reads the latest 7 days that have stories, newest first, each newest story first, by local day', async () => {
    const { store } = await withStories(stories);
    await store.getState().loadStoryDays();
    const b = store.getState().storyBrowser;
    expect(b).toMatchObject({ status: 'ready', today: '2026-11-28', readAt: Date.parse(NOW), more: true });
    expect(shown(b.days)).toEqual([
      '2026-11-28: t1 t0',
      '2026-11-27: y1 y0',
      '2026-11-25: d25',
      '2026-11-20: d20',
      '2026-11-19: d19',
      '2026-11-18: d18',
      '2026-11-17: d17',
    ]);
  });

  it('"Show older days" adds the next 7 days that have stories, then says there are no more', async () => {
    const { store } = await withStories(stories);
    await store.getState().loadStoryDays();
    await store.getState().loadOlderStoryDays();
    let b = store.getState().storyBrowser;
    expect(shown(b.days.slice(7))).toEqual(['2026-11-16: d16', '2026-11-15: d15', '2026-11-14: d14', '2026-11-13: d13', '2026-11-12: d12', '2026-10-01: old']);
    expect(b.more).toBe(false);
    await store.getState().loadOlderStoryDays();
    b = store.getState().storyBrowser;
    expect(b.days).toHaveLength(13);
  });

  it('reads again only when the library or the day changed, keeping as many days as were shown', async () => {
    const { store, news, listBetween } = await withStories(stories);
    await store.getState().loadStoryDays();
    await store.getState().loadOlderStoryDays();
    listBetween.mockClear();
    await store.getState().loadStoryDays();
    expect(listBetween).not.toHaveBeenCalled();

    await news.add([at('new', '2026-11-28T08:30:00')]);
    await store.getState().loadSources(); // what an import or a refresh does: the story count changes
    await store.getState().loadStoryDays();
    const b = store.getState().storyBrowser;
    expect(shown(b.days)[0]).toBe('2026-11-28: new t1 t0');
    expect(b.days).toHaveLength(13);
  });

  it('counts from the time of each visit, and starts a new day after midnight', async () => {
    const { store, env } = await withStories(stories);
    await store.getState().loadStoryDays();
    env.setNow('2026-11-29T00:10:00+07:00');
    await store.getState().loadStoryDays();
    const b = store.getState().storyBrowser;
    expect(b).toMatchObject({ today: '2026-11-29', readAt: Date.parse('2026-11-29T00:10:00+07:00') });
    // Tomorrow's story is today's now.
    expect(shown(b.days)[0]).toBe('2026-11-29: future');
  });

  it('finds each local day once where evenings are already tomorrow in UTC (New York)', async () => {
    const evenings = Array.from({ length: 9 }, (_, i) => makeStory(`ny${i}`, `2026-11-${String(27 - i).padStart(2, '0')}T20:00:00-05:00`));
    const { store } = await withStories(evenings, '2026-11-27T21:00:00-05:00', 'America/New_York');
    await store.getState().loadStoryDays();
    const b = store.getState().storyBrowser;
    expect(b.today).toBe('2026-11-27');
    expect(shown(b.days)).toEqual(['27', '26', '25', '24', '23', '22', '21'].map((d, i) => `2026-11-${d}: ny${i}`));
    expect(b.more).toBe(true);
  });

  it('is empty, with no older days, on a device without stories', async () => {
    const { store } = await withStories([]);
    await store.getState().loadStoryDays();
    expect(store.getState().storyBrowser).toMatchObject({ status: 'ready', days: [], more: false });
  });

  it('says so when storage fails, and tries again on the next visit', async () => {
    const { store, latestBefore } = await withStories(stories);
    latestBefore.mockRejectedValueOnce(new Error('broken'));
    await store.getState().loadStoryDays();
    expect(store.getState().storyBrowser.status).toBe('failed');
    await store.getState().loadStoryDays();
    expect(store.getState().storyBrowser.status).toBe('ready');
  });

  it('keeps the view and the search words for the next visit', async () => {
    const { store } = await withStories(stories);
    store.getState().setStoryView('topics');
    store.getState().setStoryQuery('ban dan');
    await store.getState().loadStoryDays();
    expect(store.getState().storyBrowser).toMatchObject({ view: 'topics', query: 'ban dan' });
  });
});

describe('with a full 60-day library', () => {
  it('reads a week of days through the day index: the newest day, then the six before it, never the whole library', async () => {
    // 3,000 stories over 60 days, 50 a day (the browser benchmark measures 10,000; fake IndexedDB stores them slowly).
    const now = Date.parse(NOW);
    const many = Array.from({ length: 3000 }, (_, i) => makeStory(`m${i}`, new Date(now - 1000 - Math.floor(i / 50) * DAY - (i % 50) * 60_000).toISOString()));
    const { store, listBetween, wholeStories, latestBefore } = await withStories(many);
    await store.getState().loadStoryDays();
    const b = store.getState().storyBrowser;
    expect(b.days).toHaveLength(7);
    // Heads only: no text is read for a list.
    expect(listBetween).toHaveBeenCalledTimes(2);
    expect(wholeStories).not.toHaveBeenCalled();
    expect(b.days[0].stories[0]).not.toHaveProperty('text');
    const [[s1, e1], [s2, e2]] = listBetween.mock.calls;
    expect((e1 - s1) / DAY).toBe(1);
    expect(e2).toBe(s1);
    expect((e2 - s2) / DAY).toBe(6);
    const read = [...(await listBetween.mock.results[0].value), ...(await listBetween.mock.results[1].value)];
    expect(read.length).toBe(7 * 50);
    // 7 days found, and one more look to know older days exist.
    expect(latestBefore).toHaveBeenCalledTimes(8);
    expect(b.more).toBe(true);
  }, 30_000);
});

describe('the first read', () => {
  it('shows the newest day while the older ones are still being read; a later read shows everything at once', async () => {
    const stories = [at('t', '2026-11-28T08:00:00'), at('y', '2026-11-27T08:00:00'), at('o', '2026-11-20T08:00:00')];
    const { store, news, listBetween, readBetween } = await withStories(stories);
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    listBetween.mockImplementation(async (start, end) => {
      if (end - start > DAY) await held;
      return readBetween(start, end);
    });
    const loading = store.getState().loadStoryDays();
    await vi.waitFor(() => expect(shown(store.getState().storyBrowser.days)).toEqual(['2026-11-28: t']));
    expect(store.getState().storyBrowser).toMatchObject({ status: 'loading', more: false });
    release();
    await loading;
    expect(shown(store.getState().storyBrowser.days)).toEqual(['2026-11-28: t', '2026-11-27: y', '2026-11-20: o']);
    expect(store.getState().storyBrowser.status).toBe('ready');

    // With days on screen, a new read never shrinks the list to one day on the way.
    await news.add([at('t2', '2026-11-28T08:30:00')]);
    await store.getState().loadSources();
    const seen: number[] = [];
    const stop = store.subscribe((s) => seen.push(s.storyBrowser.days.length));
    await store.getState().loadStoryDays();
    stop();
    expect(Math.min(...seen)).toBe(3);
    expect(shown(store.getState().storyBrowser.days)[0]).toBe('2026-11-28: t2 t');
  });
});

describe('playing from a list', () => {
  const list = [
    at('a', '2026-11-28T08:00:00', { title: 'Nvidia ships a chip', source: 'Test Wire' }),
    at('b', '2026-11-27T08:00:00', { title: 'Ra mắt chip AI mới', source: 'VnExpress', lang: 'vi', text: 'Hãng ra mắt chip mới. Chip nhanh hơn.' }),
    at('c', '2026-11-25T08:00:00', { title: 'Mistral releases Small 3', source: 'Mistral AI' }),
  ];

  it('speaks the picked story’s title first, then "next" tells the story after it in the list', async () => {
    const { store, synth } = await withStories(list);
    await store.getState().playStoryList(list.slice(1));
    expect(synth.current()?.text).toBe('Ra mắt chip AI mới. Theo VnExpress.');
    expect(synth.current()?.lang).toBe('vi');
    store.getState().next();
    expect(synth.current()?.text).toBe('Mistral releases Small 3. From Mistral AI.');
    store.getState().previous();
    expect(synth.current()?.text).toBe('Ra mắt chip AI mới. Theo VnExpress.');
  });

  it('is kept in History with its days, and replays word for word', async () => {
    const { store, synth } = await withStories(list);
    // The screen gives heads: the texts are read from the archive.
    await store.getState().playStoryList(list.map(storyHead));
    const said = synth.drain();
    expect(said[0]).toBe('Nvidia ships a chip. From Test Wire.');
    expect(said).toContain('Hãng ra mắt chip mới.');
    await vi.waitFor(() => expect(store.getState().history.list).toMatchObject([{ storyCount: 3 }]));
    const entry = store.getState().history.list[0];
    await store.getState().playHistory(entry.id);
    expect(synth.drain()).toEqual(said);
  });

  it('first says once when a story’s language has no voice on the device', async () => {
    const { store, synth } = await withStories(list);
    synth.setVoices([{ name: 'English', lang: 'en-US', local: true, isDefault: true }]);
    store.setState({ voices: synth.voices(), voicesLoaded: true });
    await store.getState().playStoryList(list.slice(1));
    expect(synth.current()?.text).toMatch(/^This device has no Vietnamese voice/);
    await store.getState().playStoryList(list.slice(1));
    expect(synth.current()?.text).toBe('Ra mắt chip AI mới. Theo VnExpress.');
  });

  it('does nothing for an empty list', async () => {
    const { store, synth } = await withStories(list);
    await store.getState().playStoryList([]);
    expect(synth.spoken).toEqual([]);
    expect(store.getState().player.status).toBe('idle');
  });
});

describe('searching the Stories screen', () => {
  it('finds the loaded stories whose title or lead a search begins, through the term index, without reading a story', async () => {
    const { store, news, listBetween } = await withStories([
      at('seek', '2026-11-28T08:00:00', { title: 'DeepSeek ships a model', text: 'It is open.' }),
      at('vi', '2026-11-27T08:00:00', { title: 'Thị trường', text: 'Cổ phiếu bán dẫn tăng.' }),
      at('deep', '2026-11-26T08:00:00', { title: 'A quiet week', text: 'Nothing.\n\nDeepSeek is named only here.' }),
      at('old', '2026-10-01T08:00:00', { title: 'DeepSeek, long ago', text: 'x' }),
    ]);
    await store.getState().loadStoryDays();
    const get = vi.spyOn(news, 'get');
    listBetween.mockClear();
    await store.getState().findStories('deeps');
    expect(store.getState().storyBrowser.found).toEqual({ query: 'deeps', ids: new Set(['seek', 'old']) });
    await store.getState().findStories('chips');
    expect(store.getState().storyBrowser.found?.ids).toEqual(new Set(['vi']));
    await store.getState().findStories('  ');
    expect(store.getState().storyBrowser.found).toBeNull();
    expect(listBetween).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
  });
});

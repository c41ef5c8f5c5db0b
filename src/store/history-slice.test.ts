import { describe, expect, it, vi } from 'vitest';
import { createHistoryRepository } from '../platform/storage/history-repository';
import { createNewsRepository } from '../platform/storage/news-repository';
import { createFakeEnvironment } from '../../tests/fakes/fake-environment';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { sayCommand } from '../../tests/fakes/say-command';
import { createTestStore } from '../../tests/fakes/test-store';

let n = 0;

/** A device: its databases outlive any one store, as IndexedDB outlives a tab. */
function device() {
  const id = ++n;
  return { news: `history-news-${id}`, history: `history-history-${id}` };
}

async function open(dbs: ReturnType<typeof device>, now = '2026-11-28T09:00:00+07:00') {
  const news = createNewsRepository(dbs.news);
  const { store, synth, recognizer, env } = createTestStore({ news, history: createHistoryRepository(dbs.history), env: createFakeEnvironment({ now }) });
  await store.getState().init();
  /** Says a command and waits until it was heard and acted on (commands read storage, so give them a moment). */
  const say = async (text: string) => {
    await sayCommand({ store, recognizer }, text);
    await new Promise((r) => setTimeout(r, 30));
  };
  return { store, synth, env, news, say };
}

const ITEMS = [
  { id: 'a', title: 'OpenAI ships a reasoning model', date: '2026-11-28T03:00:00+07:00' },
  { id: 'b', title: 'Nvidia unveils an AI chip', date: '2026-11-28T02:00:00+07:00' },
  { id: 'c', title: 'DeepSeek trains a smaller model', date: '2026-11-28T01:00:00+07:00' },
];

async function withStories(dbs = device()) {
  const ctx = await open(dbs);
  await ctx.store.getState().importFeedFile(new Blob([jsonFeed(ITEMS)]));
  return { ...ctx, dbs };
}

describe('briefing history', () => {
  it('keeps every briefing played; "replay the last briefing" says the same sentences, even after the stories are gone', async () => {
    const { store, synth, say, news } = await withStories();
    await say("what's the AI news today");
    // The briefing reads storage before it speaks: wait for its first sentence, however loaded the machine is.
    await vi.waitFor(() => expect(synth.current()).not.toBeNull());
    const first = synth.drain();
    expect(first.length).toBeGreaterThan(8);
    await vi.waitFor(() => expect(store.getState().history.list).toMatchObject([{ storyCount: 3, done: true }]));

    await news.removeSource('local'); // not how stories leave, but the same effect as retention
    await news.removeSource(store.getState().sources.list[0].id);
    expect(await news.count()).toBe(0);
    const before = synth.spoken.length;
    await say('replay the last briefing');
    await vi.waitFor(() => expect(synth.current()).not.toBeNull());
    synth.drain();
    const replayed = synth.spoken.slice(before).map((r) => r.text);
    expect(replayed).toEqual(first);
    // A replay is the same entry, not a new one.
    expect(store.getState().history.list).toHaveLength(1);
  });

  it('stores a briefing once its first sentence has started, never before (the engine needs the CPU then)', async () => {
    const dbs = device();
    const { store, synth, say } = await withStories(dbs);
    synth.holdStarts = true;
    await say("what's the AI news today");
    expect(store.getState().history.playingId).toBe(store.getState().player.briefing?.id);
    await new Promise((r) => setTimeout(r, 30));
    expect(await createHistoryRepository(dbs.history).list()).toEqual([]);
    synth.start();
    await vi.waitFor(async () => expect(await createHistoryRepository(dbs.history).list()).toHaveLength(1));
    expect(store.getState().history.list).toMatchObject([{ storyCount: 3 }]);
  });

  it('"play yesterday\'s briefing again" finds yesterday\'s; with none it says so', async () => {
    const dbs = device();
    const y = await withStories(dbs);
    y.env.setNow('2026-11-27T20:00:00+07:00');
    await y.say("what's the AI news today");
    const yesterday = y.synth.drain();
    const today = await open(dbs);
    await today.say('play the briefing from two days ago again');
    expect(today.synth.drain()).toEqual(['There is no briefing from Thursday, November 26 to replay.']);
    await today.say("play yesterday's briefing again");
    expect(today.synth.drain()).toEqual(yesterday);
  });

  it('after a reload mid-briefing, "continue" picks up at the same story and sentence', async () => {
    const dbs = device();
    const first = await withStories(dbs);
    await first.say("what's the AI news today");
    // Into the second story's second sentence.
    for (let i = 0; i < 40 && !/^Next, from/.test(first.synth.current()?.text ?? ''); i++) first.synth.end();
    first.synth.end();
    const where = first.synth.current()!.text;
    const pos = first.store.getState().player.pos;
    await new Promise((r) => setTimeout(r, 20)); // progress is written as sentences start

    const again = await open(dbs);
    await vi.waitFor(() => expect(again.store.getState().history.resumable).not.toBeNull());
    expect(again.store.getState().history.resumable).toMatchObject({ storyIndex: 2, storyCount: 3 });
    await again.say('continue');
    expect(again.synth.current()?.text).toBe(where);
    expect(again.store.getState().player.pos).toEqual(pos);
    again.synth.drain();
    await vi.waitFor(async () => expect((await createHistoryRepository(dbs.history).list())[0].progress.done).toBe(true));
    const third = await open(dbs);
    await third.say('continue');
    expect(third.synth.drain()).toEqual(["There is nothing to continue. Say: what's the AI news today."]);
  });
});

describe('saved stories', () => {
  it('"save this" keeps the story playing beyond retention, and the saved stories play as a briefing', async () => {
    const { store, synth, say, news } = await withStories();
    await say('save this');
    expect(synth.drain()).toEqual(['There is no story playing to save.']);
    await say("what's the AI news today");
    for (let i = 0; i < 10 && !/^First, from/.test(synth.current()?.text ?? ''); i++) synth.end();
    const title = store.getState().player.briefing!.segments[1].story!.title;
    await say('save this');
    expect(synth.current()?.text).toBe(`Saved: ${title}.`);
    await vi.waitFor(() => expect(store.getState().saved.map((s) => s.title)).toEqual([title]));
    await news.prune(Date.parse('2027-06-01T00:00:00Z'), { maxAgeDays: 60, maxStories: 100 });
    expect((await news.listBetween(0, Date.parse('2027-01-01'))).map((s) => s.title)).toEqual([title]);
    store.getState().stop();
    synth.drain();
    await store.getState().playSaved();
    expect(synth.drain().some((t) => t.includes(title))).toBe(true);
  });
});

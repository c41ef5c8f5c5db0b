// Never retell: stories told to the end of their summary or skipped count as heard (kept with History), day briefings
// leave them out and say so, "play them again" brings them back, topics tell them last, "what's new" tells arrivals.
import { describe, expect, it, vi } from 'vitest';
import { createFakeEnvironment } from '../../tests/fakes/fake-environment';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { sayCommand } from '../../tests/fakes/say-command';
import { createTestStore } from '../../tests/fakes/test-store';

const ITEMS = [
  { id: 'a', title: 'OpenAI ships a reasoning model', date: '2026-11-28T03:00:00+07:00' },
  { id: 'b', title: 'Nvidia unveils an AI chip', date: '2026-11-28T02:00:00+07:00' },
  { id: 'c', title: 'DeepSeek trains a smaller AI model', date: '2026-11-28T01:00:00+07:00' },
];

async function setUp() {
  const ctx = createTestStore({ env: createFakeEnvironment({ now: '2026-11-28T09:00:00+07:00' }) });
  const { store, recognizer } = ctx;
  await store.getState().init();
  await store.getState().importFeedFile(new Blob([jsonFeed(ITEMS)]));
  const say = async (text: string) => {
    await sayCommand({ store, recognizer }, text);
    await vi.waitFor(() => expect(ctx.synth.current()).not.toBeNull());
  };
  /** The headlines told since `from` (the first sentence of each story segment spoken). */
  const toldSince = (from: number) => ctx.synth.spoken.slice(from).map((r) => r.text).filter((t) => /^(First|Next|And finally|From|Also today|Meanwhile),? /.test(t));
  return { ...ctx, say, toldSince };
}

describe('stories heard are not told again', () => {
  it('a day briefing leaves out what was heard (told to the end, or skipped) and says so; "play them again" tells all', async () => {
    const { store, synth, say, toldSince } = await setUp();
    await say("what's the AI news today");
    // The intro, then the first story's headline: skipped with "next", so it counts as heard.
    while (!/^First, /.test(synth.current()!.text)) synth.end();
    await say('next');
    // The second story is told to the end of its summary; the third is left after its headline.
    const second = synth.current()!.text;
    expect(second).toMatch(/^And finally|^Next/);
    while (store.getState().player.pos.segment === 2) synth.end();
    await vi.waitFor(() => expect(store.getState().history.heard.size).toBe(2));
    store.getState().stop();

    const before = synth.spoken.length;
    await say("today's AI news");
    synth.drain();
    const told = toldSince(before);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/^From Test Wire: /);
    expect(synth.spoken.slice(before).map((r) => r.text)).toContain('You\'ve heard two other stories from today; say "play them again" to hear them.');

    const again = synth.spoken.length;
    await say('play them again');
    synth.drain();
    expect(toldSince(again)).toHaveLength(3);
  });

  it('says when every story of the day was heard, tells a topic\'s unheard stories first, and forgets with History', async () => {
    const { store, synth, say, toldSince } = await setUp();
    await say("what's the AI news today");
    synth.drain();
    await vi.waitFor(() => expect(store.getState().history.heard.size).toBe(3));

    const before = synth.spoken.length;
    await say("what's the AI news today");
    synth.drain();
    expect(toldSince(before)).toEqual([]);
    expect(synth.spoken.slice(before).map((r) => r.text)[0]).toBe("You've heard all three AI stories from today.");

    await store.getState().clearHistory();
    expect(store.getState().history.heard.size).toBe(0);
    const after = synth.spoken.length;
    await say("what's the AI news today");
    synth.drain();
    expect(toldSince(after)).toHaveLength(3);
  });

  it('a topic tells the stories not heard before those heard', async () => {
    const { store, synth, say, toldSince } = await setUp();
    await say('news about AI models');
    // Hear only the first story about models, then stop.
    while (!/^First, /.test(synth.current()!.text)) synth.end();
    const first = synth.current()!.text.replace(/^First, /, '');
    await say('next');
    store.getState().stop();
    const before = synth.spoken.length;
    await say('news about AI models');
    synth.drain();
    const told = toldSince(before);
    expect(told.length).toBeGreaterThan(1);
    expect(told.at(-1)).toContain(first.replace(/\.$/, ''));
  });

  it('"what\'s new" tells only the stories that arrived since the last briefing, or that none did', async () => {
    const { store, synth, say, env, toldSince } = await setUp();
    await say("what's the AI news today");
    synth.drain();
    env.advance(60 * 60_000);
    const before = synth.spoken.length;
    await say("what's new");
    synth.drain();
    expect(synth.spoken.slice(before).map((r) => r.text)[0]).toBe('Nothing new since your last briefing.');

    env.advance(60 * 60_000);
    await store.getState().importFeedFile(new Blob([jsonFeed([{ id: 'd', title: 'Anthropic opens an AI lab in Hanoi', date: '2026-11-28T10:30:00+07:00' }], 'Other Wire')]));
    const later = synth.spoken.length;
    await say("what's new");
    synth.drain();
    expect(toldSince(later)).toEqual(['From Other Wire: Anthropic opens an AI lab in Hanoi.']);
    expect(synth.spoken.slice(later).map((r) => r.text)).toContain('One new story since your last briefing.');
  });
});

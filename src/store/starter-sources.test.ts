// The first run's choice of the suggested sources: offered until chosen, by voice or on screen, never blocking.
import { describe, expect, it, vi } from 'vitest';
import { STARTER_FEEDS } from '../domain/feed/starter-feeds';
import { createFakeEnvironment } from '../../tests/fakes/fake-environment';
import { feedResponse } from '../../tests/fakes/fake-feeds';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { sayCommand } from '../../tests/fakes/say-command';
import { createTestStore } from '../../tests/fakes/test-store';
import { selectOfferStarter } from './starter-sources';

const SAMPLE = {
  version: 1,
  title: 'Sample',
  stories: [{ id: 's1', title: 'Sample: OpenAI ships a model', source: 'Sample Wire', url: '', publishedAt: Date.parse('2025-02-03T08:00:00Z'), lang: 'en', text: 'OpenAI shipped an AI model. It reasons.' }],
};

async function setUp() {
  const ctx = createTestStore({ env: createFakeEnvironment({ now: '2026-11-28T09:00:00+07:00' }), loadSampleEdition: async () => SAMPLE });
  await ctx.store.getState().init();
  const say = (text: string) => sayCommand(ctx, text);
  const spokenSince = (from: number) => ctx.synth.spoken.slice(from).map((r) => r.text);
  return { ...ctx, say, spokenSince };
}

describe('the suggested sources on the first run', () => {
  it('are offered while nothing is chosen and no source is kept, and said when today has no news', async () => {
    const { store, synth, say, spokenSince } = await setUp();
    expect(selectOfferStarter(store.getState())).toBe(true);
    await say("what's the AI news today");
    await vi.waitFor(() => expect(synth.current()).not.toBeNull());
    synth.drain();
    const said = spokenSince(0).join(' ');
    expect(said).toContain('There are no AI stories from today yet. Here are the latest ones, from Monday, February 3, 2025. This is the sample edition.');
    expect(said).toContain('say "turn on the suggested sources": eleven AI news sources, such as OpenAI News, The Verge, and VnExpress, whose feeds Earshot fetches from their own sites.');
    expect(said).toContain('Sample: OpenAI ships a model');
  });

  it('"turn on the suggested sources" keeps and fetches every one, then today\'s news plays from them', async () => {
    const { store, synth, feeds, say, spokenSince } = await setUp();
    for (const [i, f] of STARTER_FEEDS.entries()) {
      feeds.respond(f.url, feedResponse(jsonFeed([{ id: `t${i}`, title: `${f.title} reports an AI model launch ${i}`, date: '2026-11-28T07:00:00+07:00' }], f.title)));
    }
    await say('turn on the suggested sources');
    await vi.waitFor(() => expect(store.getState().sources.list).toHaveLength(STARTER_FEEDS.length));
    await vi.waitFor(() => expect(spokenSince(0)).toContain('Eleven sources are in. Say "what\'s the AI news today" to hear today\'s news.'));
    expect(spokenSince(0)[0]).toBe('Turning on eleven AI news sources and fetching their feeds from their sites.');
    expect(feeds.fetched.map((f) => f.url).sort()).toEqual(STARTER_FEEDS.map((f) => f.url).sort());
    expect(store.getState().starterChoice).toBe('on');
    expect(selectOfferStarter(store.getState())).toBe(false);

    const before = synth.spoken.length;
    await say("what's the AI news today");
    await vi.waitFor(() => expect(synth.current()).not.toBeNull());
    synth.drain();
    const said = spokenSince(before).join(' ');
    expect(said).toMatch(/AI stories for today, Saturday, November 28/);
    expect(said).not.toContain('sample edition');
  });

  it('says so when none of them can be fetched (offline), and keeps them to try again', async () => {
    const { store, say, spokenSince } = await setUp();
    await say('turn on the suggested sources');
    await vi.waitFor(() => expect(spokenSince(0)).toContain("I couldn't reach the suggested sources. Earshot tries again every 30 minutes, and Sources says why."));
    expect(store.getState().sources.list).toHaveLength(STARTER_FEEDS.length);
  });

  it('is not made to someone who already keeps sources of their own', async () => {
    const ctx = createTestStore({ env: createFakeEnvironment({ now: '2026-11-28T09:00:00+07:00' }), loadSampleEdition: async () => SAMPLE });
    await ctx.feeds.sources.put({ id: 'https://mine.example/feed', kind: 'url', title: 'Mine', url: 'https://mine.example/feed', siteUrl: '', addedAt: 1, lastAttemptAt: null, lastSuccessAt: null, lastError: null });
    await ctx.store.getState().init();
    expect(ctx.store.getState().starterChoice).toBe('on');
    expect(selectOfferStarter(ctx.store.getState())).toBe(false);
  });

  it('"keep the sample" ends the offer, remembered, and the briefing says nothing of it after', async () => {
    const { store, synth, say, spokenSince } = await setUp();
    await say('no thanks, keep the sample');
    await vi.waitFor(() => expect(spokenSince(0)).toContain('Keeping the sample edition. You can turn on sources any time in Sources.'));
    expect(store.getState().starterChoice).toBe('declined');
    expect(selectOfferStarter(store.getState())).toBe(false);
    const before = synth.spoken.length;
    await say("what's the AI news today");
    await vi.waitFor(() => expect(synth.current()).not.toBeNull());
    synth.drain();
    expect(spokenSince(before).join(' ')).not.toContain('sample edition');
  });
});

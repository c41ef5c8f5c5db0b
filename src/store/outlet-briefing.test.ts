// Briefings of one outlet through the store: "news from The Verge", matched against the person's sources and the
// stories' own sources, and what is said when the outlet has nothing or is not one there is news from.
import { describe, expect, it, vi } from 'vitest';
import type { Command } from '../domain/command/types';
import { feedResponse } from '../../tests/fakes/fake-feeds';
import { jsonFeed, makeStory, type FeedItemSpec } from '../../tests/fakes/story-fixtures';
import { createTestStore } from '../../tests/fakes/test-store';
import { createNewsRepository } from '../platform/storage/news-repository';

const TODAY = (hh: string) => `2026-11-28T${hh}:00:00+07:00`;
const YESTERDAY = { from: '2026-11-27', to: '2026-11-27' };

const VERGE: FeedItemSpec[] = [
  { id: 'v1', title: 'Open model tops the reasoning charts', date: TODAY('08') },
  // Not about AI: an outlet's briefing tells it all the same.
  { id: 'v2', title: 'Rain all week', date: TODAY('07'), text: 'Rain falls all week in the city. Umbrellas sell out by noon.' },
];
const REUTERS: FeedItemSpec[] = [
  { id: 'r1', title: 'Chip maker doubles its AI accelerator output', date: TODAY('06'), text: 'A chip maker doubled its AI chip output. The chips ship next month.' },
  { id: 'r2', title: 'Regulators publish AI safety guidance', date: TODAY('05') },
];

const brief = (c: Partial<Command>): Command => ({ intent: 'brief', topic: null, outlet: null, from: null, to: null, ...c });

/** A store with two feeds added: "The Verge" and "Reuters", each with stories from this morning. */
async function twoSources(more: Parameters<typeof createTestStore>[0] = {}) {
  const ctx = createTestStore(more);
  await ctx.store.getState().init();
  ctx.feeds.respond('https://www.theverge.com/rss/index.xml', feedResponse(jsonFeed(VERGE, 'The Verge')));
  ctx.feeds.respond('https://feeds.reuters.com/technology', feedResponse(jsonFeed(REUTERS, 'Reuters')));
  expect(await ctx.store.getState().addFeed('https://www.theverge.com/rss/index.xml')).toBe(true);
  expect(await ctx.store.getState().addFeed('https://feeds.reuters.com/technology')).toBe(true);
  return ctx;
}

/** The sources of the stories in the briefing playing. */
const told = (ctx: Awaited<ReturnType<typeof twoSources>>) =>
  (ctx.store.getState().player.briefing?.segments ?? []).flatMap((s) => (s.kind === 'story' && s.story ? [s.story.title] : []));

describe('an outlet’s briefing', () => {
  it('"news from the verge" tells only its stories, AI or not, named as its source is', async () => {
    const ctx = await twoSources();
    await ctx.store.getState().runCommand(brief({ outlet: 'the verge' }));
    expect(ctx.synth.current()?.text).toBe('Two stories from The Verge, the latest from today.');
    expect(told(ctx).sort()).toEqual(['Open model tops the reasoning charts', 'Rain all week']);
  });

  it('finds the outlet by its feed’s address and by spelled letters', async () => {
    const ctx = await twoSources();
    ctx.feeds.respond('https://rss.cnn.com/rss/edition.rss', feedResponse(jsonFeed([{ id: 'c1', title: 'Robotaxis expand', date: TODAY('04') }], 'Top stories')));
    await ctx.store.getState().addFeed('https://rss.cnn.com/rss/edition.rss');
    await ctx.store.getState().runCommand(brief({ outlet: 'c. n. n.' }));
    expect(ctx.synth.current()?.text).toBe('One story from CNN, the latest from today.');
    expect(told(ctx)).toEqual(['Robotaxis expand']);
  });

  it('with a topic, the topic’s stories from that outlet ("what did Reuters say about chips")', async () => {
    const ctx = await twoSources();
    await ctx.store.getState().runCommand(brief({ outlet: 'reuters', topic: 'chips' }));
    expect(ctx.synth.current()?.text).toBe('One story from Reuters about chips, the latest from today.');
    expect(told(ctx)).toEqual(['Chip maker doubles its AI accelerator output']);
  });

  it('no days named and none today: the latest day with stories from it', async () => {
    const news = createNewsRepository(`outlet-${Math.random()}`);
    await news.add([
      makeStory('t1', '2025-02-03T09:00:00+07:00', { source: 'Tuổi Trẻ', title: 'Startups Việt dùng AI' }),
      makeStory('t0', '2025-02-01T09:00:00+07:00', { source: 'Tuổi Trẻ', title: 'Older' }),
      makeStory('r1', '2025-02-04T09:00:00+07:00', { source: 'Reuters' }),
    ]);
    const ctx = createTestStore({ news });
    ctx.store.getState().setLang('vi');
    await ctx.store.getState().runCommand(brief({ outlet: 'báo tuổi trẻ' }));
    expect(ctx.synth.current()?.text).toBe('1 tin của Tuổi Trẻ, mới nhất từ Thứ Hai, 3 tháng 2, 2025.');
  });

  it('a known outlet with nothing in the days asked says so and plays nothing', async () => {
    const ctx = await twoSources();
    await ctx.store.getState().runCommand(brief({ outlet: 'reuters', ...YESTERDAY }));
    expect(ctx.synth.current()?.text).toBe('I have no stories from Reuters for yesterday.');
    expect(ctx.store.getState().player.briefing).toBeNull();
    ctx.store.getState().setLang('vi');
    await ctx.store.getState().runCommand(brief({ outlet: 'reuters', topic: 'robots' }));
    expect(ctx.synth.current()?.text).toBe('Tôi không có tin nào gần đây của Reuters về robots.');
  });

  it('an outlet nothing is from: says so, naming the outlets there is news from, in the interface language', async () => {
    const ctx = await twoSources();
    await ctx.store.getState().runCommand(brief({ outlet: 'b. b. c' }));
    expect(ctx.synth.current()?.text).toBe('I have nothing from BBC. Your news comes from Reuters and The Verge.');
    expect(ctx.store.getState().player.briefing).toBeNull();
    ctx.store.getState().setLang('vi');
    await ctx.store.getState().runCommand(brief({ outlet: 'tuổi trẻ', ...YESTERDAY }));
    expect(ctx.synth.current()?.text).toBe('Tôi không có tin nào của tuổi trẻ. Tin của bạn đến từ Reuters và The Verge.');
    expect(ctx.store.getState().player.briefing).toBeNull();
  });

  it('an empty device: nothing from it, and nothing else to name', async () => {
    const ctx = createTestStore();
    await ctx.store.getState().runCommand(brief({ outlet: 'the verge' }));
    expect(ctx.synth.current()?.text).toBe('I have nothing from the verge.');
  });

  it('by voice: the parser’s outlet reaches the briefing', async () => {
    const ctx = await twoSources();
    ctx.store.getState().talk();
    ctx.recognizer.say('news from reuters');
    await vi.waitFor(() => expect(ctx.synth.current()?.text).toBe('Two stories from Reuters, the latest from today.'));
    expect(told(ctx).sort()).toEqual(['Chip maker doubles its AI accelerator output', 'Regulators publish AI safety guidance']);
  });
});

// "How much does it cost?": a question about the story being told (or the last one told) is answered from its full
// stored text, or declined, and the briefing goes on where it was.
import { describe, expect, it, vi } from 'vitest';
import { createHistoryRepository } from '../platform/storage/history-repository';
import { createNewsRepository } from '../platform/storage/news-repository';
import { createFakeEnvironment } from '../../tests/fakes/fake-environment';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { sayCommand } from '../../tests/fakes/say-command';
import { createTestStore } from '../../tests/fakes/test-store';

const TERN = {
  id: 'tern',
  title: 'Brightfield unveils Tern, an AI delivery robot',
  date: '2026-11-28T03:00:00+07:00',
  text:
    'Brightfield Labs unveiled Tern, an AI delivery robot for apartment buildings. ' +
    'Tern will go on sale in March at a price of $18,500, with a yearly software subscription of $240. ' +
    'The company was founded in Da Nang in 2021 and employs 140 people. ' +
    'Its chief technology officer, Linh Tran, said the robot can climb stairs.',
};
const OTHER = { id: 'other', title: 'Nvidia unveils an AI chip', date: '2026-11-28T02:00:00+07:00' };

let n = 0;

async function setUp(dbs = { news: `ask-news-${++n}`, history: `ask-history-${n}` }) {
  const ctx = createTestStore({
    env: createFakeEnvironment({ now: '2026-11-28T09:00:00+07:00' }),
    news: createNewsRepository(dbs.news),
    history: createHistoryRepository(dbs.history),
  });
  await ctx.store.getState().init();
  const say = async (text: string) => {
    const before = ctx.synth.spoken.length;
    await sayCommand(ctx, text);
    await vi.waitFor(() => expect(ctx.synth.spoken.length).toBeGreaterThan(before));
    return ctx.synth.spoken[before].text;
  };
  return { ...ctx, say, dbs };
}

/** Plays today's briefing up to the first sentence of Tern's summary. */
async function atTern(ctx: Awaited<ReturnType<typeof setUp>>) {
  await ctx.store.getState().importFeedFile(new Blob([jsonFeed([TERN, OTHER])]));
  await ctx.say("what's the AI news today");
  while (!/Brightfield/.test(ctx.synth.current()!.text) || /^First/.test(ctx.synth.current()!.text)) ctx.synth.end();
  return ctx.synth.current()!.text;
}

describe('asking about the story', () => {
  it('answers from the story being told, in its words, then goes on with the sentence it interrupted', async () => {
    const ctx = await setUp();
    const sentence = await atTern(ctx);
    expect(await ctx.say('how much does it cost')).toBe('$18,500');
    ctx.synth.end();
    await vi.waitFor(() => expect(ctx.synth.current()?.text).toBe(sentence));
    expect(await ctx.say('who is the chief technology officer')).toMatch(/Linh Tran/);
  });

  it('says "The story doesn\'t say." rather than guess, and the briefing goes on', async () => {
    const ctx = await setUp();
    const sentence = await atTern(ctx);
    expect(await ctx.say("who's the ceo")).toBe("The story doesn't say.");
    ctx.synth.end();
    await vi.waitFor(() => expect(ctx.synth.current()?.text).toBe(sentence));
  });

  it('answers about the last story told once the briefing has stopped, and after a reload', async () => {
    const ctx = await setUp();
    await atTern(ctx);
    await sayCommand(ctx, 'stop');
    await vi.waitFor(() => expect(ctx.store.getState().player.status).toBe('idle'));
    expect(await ctx.say('where was the company founded')).toMatch(/Da Nang/);
    // A new start on the same storage: History knows which story the last briefing had reached.
    await vi.waitFor(async () => expect((await ctx.history.list())[0]?.progress.pos.segment).toBeGreaterThan(0));
    const again = await setUp(ctx.dbs);
    expect(again.store.getState().history.lastTold?.id).toMatch(/tern$/);
    expect(await again.say('when does it go on sale')).toMatch(/March/);
  });

  it("with no story told yet, says how to ask, trivia for another assistant included", async () => {
    const ctx = await setUp();
    const howToAsk = "Ask me about a story while it's being told. Say: what's the AI news today.";
    expect(await ctx.say('how much does it cost')).toBe(howToAsk);
    expect(await ctx.say('who wrote pride and prejudice')).toBe(howToAsk);
  });

  it('answers in Vietnamese about a Vietnamese story, and declines in the interface language', async () => {
    const ctx = await setUp();
    ctx.store.getState().setLang('vi');
    const vi1 = {
      id: 'vi1',
      title: 'Sông Hồng AI ra mắt trợ lý giọng nói',
      date: '2026-11-28T03:00:00+07:00',
      language: 'vi',
      text: 'Công ty Sông Hồng AI vừa ra mắt trợ lý giọng nói cho nông dân. Gói dịch vụ có giá 99.000 đồng mỗi tháng. Công ty có trụ sở tại Cần Thơ.',
    };
    await ctx.store.getState().importFeedFile(new Blob([jsonFeed([vi1])]));
    await ctx.say('tin AI hôm nay');
    while (!/Sông Hồng AI vừa/.test(ctx.synth.current()!.text)) ctx.synth.end();
    expect(await ctx.say('giá bao nhiêu')).toMatch(/99\.000 đồng/);
    expect(ctx.synth.spoken.at(-1)?.lang).toMatch(/^vi/);
    expect(await ctx.say('ai là giám đốc')).toBe('Bài không nói đến điều đó.');
  });
});

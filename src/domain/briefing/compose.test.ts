import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSampleEdition } from '../news/sample-edition';
import type { Story } from '../types';
import { storyHead } from '../news/story-head';
import { composeBriefing, composeReading, planBriefing, storyRef, type ComposeInput } from './compose';
import { countWords } from './pace';

const story = (id: string, hour: number, lang = 'en', extra: Partial<Story> = {}): Story => ({
  id,
  title: `Title ${id}`,
  source: `Source ${id}`,
  url: '',
  publishedAt: Date.parse(`2026-11-28T${String(hour).padStart(2, '0')}:00:00Z`),
  lang,
  text: `Story ${id} opens with its first sentence here. Story ${id} adds a second detail. Story ${id} has a third point. Story ${id} ends with a fourth.`,
  ...extra,
});

const base: ComposeInput = {
  id: 'b1',
  lang: 'en',
  now: 0,
  today: '2026-11-28',
  hour: 9,
  requested: { from: '2026-11-28', to: '2026-11-28' },
  served: { from: '2026-11-28', to: '2026-11-28' },
  stories: [],
};

describe('composeBriefing: the script', () => {
  it('greets, counts, tells stories newest first with transitions, and closes', () => {
    const b = composeBriefing({ ...base, stories: [story('a', 1), story('b', 5)] });
    expect(b.segments.map((s) => s.kind)).toEqual(['intro', 'story', 'story', 'outro']);
    expect(b.segments[0].sentences).toEqual(['Good morning.', 'Two AI stories for today, Saturday, November 28.']);
    expect(b.segments[1].sentences[0]).toBe('First, from Source b: Title b.');
    expect(b.segments[2].sentences[0]).toBe('And finally, from Source a: Title a.');
    expect(b.segments[3].sentences[0]).toBe("That's the briefing.");
  });

  it('says there is nothing for the requested day and which day it plays instead', () => {
    const b = composeBriefing({ ...base, hour: 20, served: { from: '2025-02-03', to: '2025-02-03' }, stories: [story('a', 1)] });
    expect(b.segments[0].sentences).toEqual([
      'Good evening.',
      'There are no AI stories from today yet.',
      'Here are the latest ones, from Monday, February 3, 2025.',
      'One AI story for Monday, February 3, 2025.',
    ]);
    expect(b.segments[1].sentences[0]).toBe('From Source a: Title a.');
  });

  it('speaks Vietnamese stories in Vietnamese and the intro in the interface language', () => {
    const b = composeBriefing({
      ...base,
      lang: 'vi',
      hour: 15,
      stories: [story('a', 1, 'vi', { title: 'Chip mới.', text: 'Câu một về chip mới. Câu hai nói thêm.' }), story('b', 2, 'en')],
    });
    expect(b.segments[0]).toMatchObject({ lang: 'vi', sentences: ['Chào buổi chiều.', '2 tin AI hôm nay, Thứ Bảy, 28 tháng 11.'] });
    // The chip story is about AI, so it ranks first although the other is newer.
    expect(b.segments[1]).toMatchObject({ lang: 'vi', sentences: ['Đầu tiên, theo Source a: Chip mới.', 'Câu một về chip mới.', 'Câu hai nói thêm.'] });
  });

  it('caps the story count and says how many there were', () => {
    const many = Array.from({ length: 14 }, (_, i) => story(`s${i}`, i));
    const b = composeBriefing({ ...base, stories: many });
    expect(b.storyCount).toBe(10);
    expect(b.segments[0].sentences[1]).toBe('Ten AI stories for today, Saturday, November 28, the top 10 of 14.');
  });

  it('introduces a topic briefing with the topic and the newest day', () => {
    const b = composeBriefing({ ...base, stories: [story('a', 1)], topic: { name: 'DeepSeek', daysNamed: false, latestDay: '2025-02-03' } });
    expect(b.segments[0].sentences).toEqual(['Here is the AI news about DeepSeek: one story, the latest from Monday, February 3, 2025.']);
  });

  it('introduces an outlet briefing with the outlet, and keeps its stories that are not about AI', () => {
    const weather = story('w', 2, 'en', { source: 'The Verge', title: 'Rain all week', text: 'Rain falls all week in the city. Umbrellas sell out.' });
    const stories = [story('a', 1, 'en', { source: 'The Verge' }), weather];
    const verge = { name: 'The Verge', daysNamed: false, latestDay: '2026-11-28' };
    const b = composeBriefing({ ...base, stories, aiOnly: false, outlet: verge });
    expect(b.segments[0].sentences).toEqual(['Two stories from The Verge, the latest from today.']);
    expect(b.storyCount).toBe(2);
    const named = composeBriefing({ ...base, requested: { from: '2026-11-27', to: '2026-11-27' }, stories, aiOnly: false, outlet: { ...verge, daysNamed: true } });
    expect(named.segments[0].sentences).toEqual(['Two stories from The Verge for yesterday.']);
    const vi = composeBriefing({ ...base, lang: 'vi', stories, aiOnly: false, outlet: verge });
    expect(vi.segments[0].sentences).toEqual(['2 tin của The Verge, mới nhất từ hôm nay.']);
  });

  it('introduces an outlet briefing on a topic with both', () => {
    const chips = story('c', 1, 'en', { source: 'Reuters', title: 'Chip exports', text: 'Chip exports rose. The chip makers cheered.' });
    const input = { ...base, stories: [chips], aiOnly: false, topic: { name: 'chips', daysNamed: false, latestDay: '2026-11-27' } };
    const outlet = { name: 'Reuters', daysNamed: false, latestDay: '2026-11-27' };
    expect(composeBriefing({ ...input, outlet }).segments[0].sentences).toEqual(['One story from Reuters about chips, the latest from yesterday.']);
    expect(composeBriefing({ ...input, lang: 'vi', outlet: { ...outlet, daysNamed: true } }).segments[0].sentences).toEqual(['1 tin của Reuters về chips hôm nay.']);
  });

  it('says notes first, and explains an empty device', () => {
    expect(composeBriefing({ ...base, stories: [story('a', 1)], notes: ['No Vietnamese voice.'] }).segments[0].sentences[0]).toBe('No Vietnamese voice.');
    const empty = composeBriefing({ ...base, served: null });
    expect(empty.segments).toHaveLength(1);
    expect(empty.segments[0].sentences).toEqual(['There are no AI stories from today yet.', 'There are no stories on this device yet.', 'Import a feed file to add some.']);
  });

  it('keeps every utterance within the speech limit', () => {
    const long = story('l', 1, 'en', { text: `${'word '.repeat(120)}end. And a second sentence to choose from.` });
    for (const s of composeBriefing({ ...base, stories: [long] }).segments.flatMap((x) => x.sentences)) expect(s.length).toBeLessThanOrEqual(200);
  });
});

describe('composeBriefing: one story, told once', () => {
  it('tells two reports of one event once, from the richer one, naming the other outlet', () => {
    const short = story('w', 3, 'en', {
      source: 'AI Wire',
      title: 'Orion Labs releases Orion-7 model',
      text: 'Orion Labs released its Orion-7 model on Friday in Hanoi. The model costs 12 dollars per million tokens.',
    });
    const rich = story('t', 2, 'en', {
      source: 'Tech Ledger',
      title: 'Orion-7 model from Orion Labs arrives',
      text: 'Orion Labs released Orion-7 on Friday, a model priced at 12 dollars per million tokens, in Hanoi. It beats rivals on coding. It runs on one GPU. Analysts were impressed.',
    });
    const b = composeBriefing({ ...base, stories: [short, rich, story('x', 1)] });
    expect(b.storyCount).toBe(2);
    const told = b.segments.find((s) => s.story?.id === 't')!;
    expect(told.sentences.slice(0, 2)).toEqual(['First, from Tech Ledger: Orion-7 model from Orion Labs arrives.', 'Also reported by AI Wire.']);
    expect(told.alsoReportedBy).toEqual(['AI Wire']);
    expect(b.segments.some((s) => s.story?.id === 'w')).toBe(false);
  });
});

describe('composeBriefing: AI news only', () => {
  it('leaves out stories that are not about AI when asked for AI news', () => {
    const ai = story('ai', 2, 'en', { title: 'New AI chip ships', text: 'A chipmaker shipped an AI accelerator for data centres. It is fast.' });
    const football = story('fb', 3, 'en', { title: 'Liverpool win late', text: 'Salah scored in the 89th minute at Anfield. The crowd sang.' });
    const b = composeBriefing({ ...base, aiOnly: true, stories: [ai, football] });
    expect(b.segments.filter((s) => s.kind === 'story').map((s) => s.story?.id)).toEqual(['ai']);
  });
});

describe('composeBriefing: sized in minutes', () => {
  const sample = parseSampleEdition(JSON.parse(readFileSync(new URL('../../../public/sample-edition.json', import.meta.url), 'utf8'))).stories.filter(
    (s) => s.lang === 'en',
  );
  const words = (b: ReturnType<typeof composeBriefing>) => b.segments.flatMap((s) => s.sentences).reduce((n, s) => n + countWords(s, 'en'), 0);

  it.each([1, 2, 3])('a %s-minute briefing is within 15 percent of its word budget at rate 1', (minutes) => {
    const b = composeBriefing({ ...base, served: { from: '2025-01-28', to: '2025-02-03' }, stories: sample, minutes });
    const budget = 160 * minutes;
    expect(Math.abs(words(b) - budget) / budget).toBeLessThanOrEqual(0.15);
  });

  it('shortens summaries before dropping stories', () => {
    const one = composeBriefing({ ...base, served: { from: '2025-01-28', to: '2025-02-03' }, stories: sample, minutes: 1 });
    const three = composeBriefing({ ...base, served: { from: '2025-01-28', to: '2025-02-03' }, stories: sample, minutes: 3 });
    expect(one.storyCount).toBeGreaterThanOrEqual(2);
    expect(three.storyCount).toBeGreaterThan(one.storyCount);
  });

  it('keeps what was not read for "tell me more"', () => {
    const b = composeBriefing({ ...base, served: { from: '2025-01-28', to: '2025-02-03' }, stories: sample, minutes: 1 });
    const seg = b.segments.find((s) => s.kind === 'story')!;
    expect(seg.rest!.length).toBeGreaterThan(0);
    for (const r of seg.rest!) expect(seg.sentences).not.toContain(r);
  });
});

describe('composeBriefing: stories already heard', () => {
  const told = (b: ReturnType<typeof composeBriefing>) => b.segments.filter((s) => s.kind === 'story').map((s) => s.story?.id);

  it('leaves heard stories out of a day briefing and says so in one sentence', () => {
    const b = composeBriefing({ ...base, stories: [story('a', 1), story('b', 5), story('c', 3)], heard: { ids: new Set(['b', 'c']), leaveOut: true } });
    expect(told(b)).toEqual(['a']);
    expect(b.segments[0].sentences).toEqual([
      'Good morning.',
      'One AI story for today, Saturday, November 28.',
      'You\'ve heard two other stories from today; say "play them again" to hear them.',
    ]);
  });

  it('counts an event as heard when another report of it was heard', () => {
    const a = story('w', 3, 'en', { source: 'AI Wire', title: 'Orion Labs releases Orion-7 model', text: 'Orion Labs released its Orion-7 model on Friday in Hanoi. The model costs 12 dollars per million tokens.' });
    const b = story('t', 2, 'en', { source: 'Tech Ledger', title: 'Orion-7 model from Orion Labs arrives', text: 'Orion Labs released Orion-7 on Friday, a model priced at 12 dollars per million tokens, in Hanoi. It beats rivals.' });
    const heard = composeBriefing({ ...base, stories: [a, b, story('x', 1)], heard: { ids: new Set(['w']), leaveOut: true } });
    expect(told(heard)).toEqual(['x']);
  });

  it('says every story was heard, and tells none, when nothing else is left', () => {
    const b = composeBriefing({ ...base, stories: [story('a', 1), story('b', 5)], heard: { ids: new Set(['a', 'b']), leaveOut: true } });
    expect(b.storyCount).toBe(0);
    expect(b.segments.map((s) => s.kind)).toEqual(['intro']);
    expect(b.segments[0].sentences).toEqual(['You\'ve heard all two AI stories from today.', 'Say "play them again" to hear them again, or "what\'s new" later.']);
    const vi = composeBriefing({ ...base, lang: 'vi', stories: [story('a', 1)], heard: { ids: new Set(['a']), leaveOut: true } });
    expect(vi.segments[0].sentences.join(' ')).toBe('Bạn đã nghe hết 1 tin AI hôm nay. Nói "phát lại hết" để nghe lại, hoặc lát nữa hỏi "có gì mới".');
  });

  it('tells heard stories after the others when they are not left out (a topic, an outlet, "play them again")', () => {
    const stories = [story('a', 1), story('b', 5), story('c', 3)];
    const all = composeBriefing({ ...base, stories });
    expect(told(all)).toEqual(['b', 'c', 'a']);
    const later = composeBriefing({ ...base, stories, heard: { ids: new Set(['b']), leaveOut: false } });
    expect(told(later)).toEqual(['c', 'a', 'b']);
    expect(later.segments[0].sentences.join(' ')).not.toContain('heard');
  });

  it('introduces the stories that arrived since the last briefing, or says there are none', () => {
    const b = composeBriefing({ ...base, fresh: true, stories: [story('a', 1), story('b', 5)] });
    expect(b.segments[0].sentences).toEqual(['Good morning.', 'Two new stories since your last briefing.']);
    const none = composeBriefing({ ...base, fresh: true, stories: [] });
    expect(none.segments[0].sentences).toEqual(['Nothing new since your last briefing.', 'Say "today\'s news" to hear today\'s stories again.']);
  });
});

describe('composeBriefing: the first run offer', () => {
  it('is said right after "nothing from today", before the sample edition is told', () => {
    const offer = 'This is the sample edition. For today\'s news, say "turn on the suggested sources".';
    const b = composeBriefing({ ...base, served: { from: '2025-02-03', to: '2025-02-03' }, stories: [story('a', 1)], offer });
    const intro = b.segments[0].sentences.join(' ');
    expect(intro).toContain(`There are no AI stories from today yet. Here are the latest ones, from Monday, February 3, 2025. ${offer} One AI story for Monday`);
    const empty = composeBriefing({ ...base, served: null, stories: [], offer });
    expect(empty.segments[0].sentences.join(' ')).toBe(`There are no AI stories from today yet. ${offer}`);
    expect(composeBriefing({ ...base, stories: [story('a', 1)], offer }).segments[0].sentences.join(' ')).not.toContain('sample edition');
  });
});

describe('planBriefing: a big day from its heads', () => {
  /**
   * 900 stories of one day, a third not about AI. Reports of one event come in pairs that share only their third
   * sentence, past the 400 characters of a lead, and the later report of each pair is the longer: a briefing that
   * grouped by the lead, or told the first report, would differ.
   */
  function bigDay(): Story[] {
    const opening =
      'Artificial intelligence companies announced a series of products across the industry this week, and analysts following the large language model market said the pace of releases had rarely been this quick. ' +
      'Investors and customers alike have been weighing what the announcements mean for prices, for jobs and for the way people use their computers at work and at home every single day of the week. ';
    return Array.from({ length: 900 }, (_, i) => {
      const event = Math.floor(i / 2);
      const ai = i % 3 !== 0;
      return story(`s${String(i).padStart(3, '0')}`, 0, 'en', {
        source: `Wire ${i % 4}`,
        publishedAt: Date.parse('2026-11-28T00:10:00Z') + event * 90_000 + (i % 2) * 60_000,
        title: ai ? `Report number ${i} from the AI desk` : `Council ${event} approves the park budget`,
        text: ai
          ? `${opening}Zorvex${event} and Quillon${event} unveiled Atlas${event} in Marrowby${event} on Friday. ` + 'A further detail follows here. '.repeat(2 + (i % 2) * 3 + (event % 4))
          : `Council ${event} voted on Friday. The park budget grows by ${i} percent. `.repeat(3),
      });
    });
  }

  it('tells exactly the briefing of the whole stories, reading only the texts it tells', () => {
    const stories = bigDay();
    const heads = stories.map(storyHead);
    const byId = new Map(stories.map((s) => [s.id, s]));
    const heard = { ids: new Set(['s001', 's004', 's010']), leaveOut: true };
    const inputs: Partial<ComposeInput>[] = [{}, { minutes: 2 }, { minutes: 5, rate: 1.25 }, { heard }, { maxStories: 3, taste: { topics: { chips: -0.8 }, sources: { 'Wire 1': 0.6 } } }];
    for (const extra of inputs) {
      const whole = composeBriefing({ ...base, aiOnly: true, ...extra, stories });
      const plan = planBriefing({ ...base, aiOnly: true, ...extra, stories: heads });
      expect(plan.needs.length).toBeLessThanOrEqual(extra.minutes ? 20 : (extra.maxStories ?? 10));
      expect(plan.needs.every((h) => !('text' in h))).toBe(true);
      expect(plan.compose(new Map(plan.needs.map((h) => [h.id, byId.get(h.id)!.text])))).toEqual(whole);
      expect(whole.storyCount).toBeGreaterThan(0);
      // Pairs were grouped (by their third sentences), each told from its longer, later report (odd numbers).
      const grouped = whole.segments.filter((g) => g.clusterIds);
      expect(grouped.length).toBeGreaterThanOrEqual(Math.min(3, whole.storyCount));
      expect(grouped.every((g) => g.clusterIds!.length === 2 && g.story!.id === g.clusterIds![0] && Number(g.story!.id.slice(1)) % 2 === 1)).toBe(true);
    }
    // Whole stories need no text read.
    expect(planBriefing({ ...base, stories }).needs).toEqual([]);
  });

  it("tells a story whose text could not be read from its head's lead", () => {
    const stories = [story('a', 1), story('b', 5)];
    const plan = planBriefing({ ...base, stories: stories.map(storyHead) });
    expect(plan.needs.map((h) => h.id).sort()).toEqual(['a', 'b']);
    const b = plan.compose(new Map([['b', stories[1].text]]));
    expect(b.segments[1].story).toEqual(storyRef(stories[1]));
    expect(b.segments[2].story).toEqual(storyRef(stories[0]));
    expect(b.segments[2].sentences.slice(1).join(' ')).toBe(stories[0].text.slice(0, 400).trim());
    expect(b.segments[1].sentences.slice(1).join(' ')).toBe(stories[1].text);
  });

  it('composeReading reads only the texts it needs, and a failing read tells the heads from their leads', async () => {
    const stories = [story('a', 1), story('b', 5)];
    const asked: string[][] = [];
    const read = async (heads: readonly { id: string }[]) => {
      asked.push(heads.map((h) => h.id).sort());
      return stories.filter((s) => heads.some((h) => h.id === s.id));
    };
    expect(await composeReading({ ...base, stories: stories.map(storyHead) }, read)).toEqual(composeBriefing({ ...base, stories }));
    expect(asked).toEqual([['a', 'b']]);
    expect(await composeReading({ ...base, stories }, read)).toEqual(composeBriefing({ ...base, stories }));
    expect(asked).toHaveLength(1);
    const failed = await composeReading({ ...base, stories: stories.map(storyHead) }, () => Promise.reject(new Error('disk')));
    expect(failed.segments[1].sentences.slice(1).join(' ')).toBe(stories[1].text.slice(0, 400).trim());
  });
});

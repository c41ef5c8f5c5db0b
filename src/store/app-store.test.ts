import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseSampleEdition } from '../domain/news/sample-edition';
import type { Lang } from '../domain/types';
import { createHistoryRepository } from '../platform/storage/history-repository';
import { createNewsRepository, type NewsRepository } from '../platform/storage/news-repository';
import { StorageError } from '../platform/storage/storage-error';
import type { VoiceInfo } from '../platform/speech/synthesizer';
import { readTextFile } from '../platform/system/text-file';
import { createFakeEnvironment } from '../../tests/fakes/fake-environment';
import { createFakeFeedPorts } from '../../tests/fakes/fake-feeds';
import { createFakeRecognizer } from '../../tests/fakes/fake-recognizer';
import { createFakeSynthesizer } from '../../tests/fakes/fake-synthesizer';
import { createMemorySettingsStorage } from '../../tests/fakes/memory-settings-storage';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { createFakeMedia, createFakeWakeLock } from '../../tests/fakes/fake-media';
import { createAppStore } from './app-store';
import { createFakeSoundDetector } from '../../tests/fakes/fake-sound-detector';
import { createFakeMicLevel } from '../../tests/fakes/fake-mic-level';

const sample = parseSampleEdition(JSON.parse(readFileSync(new URL('../../public/sample-edition.json', import.meta.url), 'utf8')));
let dbs = 0;

function setup(
  opts: { urlLang?: Lang | null; browserLang?: Lang; news?: NewsRepository; settings?: ReturnType<typeof createMemorySettingsStorage>; supported?: boolean; voices?: VoiceInfo[] } = {},
) {
  const synth = createFakeSynthesizer(opts.voices);
  const recognizer = createFakeRecognizer(opts.supported ?? true);
  const env = createFakeEnvironment({ urlLang: opts.urlLang, browserLang: opts.browserLang });
  const news = opts.news ?? createNewsRepository(`store-test-${++dbs}`);
  const settingsStorage = opts.settings ?? createMemorySettingsStorage();
  const media = createFakeMedia();
  const wakeLock = createFakeWakeLock();
  const feeds = createFakeFeedPorts();
  const store = createAppStore({
    feeds,
    history: createHistoryRepository(`history-${Math.random()}`),
    voiceChannel: { claim: () => {}, onClaimed: () => {} },
    media,
    sound: createFakeSoundDetector(),
    micLevel: createFakeMicLevel(),
    wakeLock,
    news,
    synth,
    recognizer,
    env,
    settingsStorage,
    loadSampleEdition: async () => sample,
    readFile: (f) => readTextFile(f),
  });
  return { store, synth, recognizer, env, news, settingsStorage, media, wakeLock, feeds };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const file = (text: string) => new Blob([text], { type: 'application/json' });

const ALPHA = { id: 'a', title: 'Alpha story', date: '2026-11-28T03:00:00+07:00' };
const BETA = { id: 'b', title: 'Beta story', date: '2026-11-28T02:00:00+07:00' };
const GAMMA = { id: 'c', title: 'Gamma story', date: '2026-11-28T01:00:00+07:00' };

/** A store with these stories of this morning (Hanoi) imported. */
async function withStories(items: { id: string; title: string; date: string }[], opts: Parameters<typeof setup>[0] = {}) {
  const ctx = setup(opts);
  await ctx.store.getState().importFeedFile(file(jsonFeed(items)));
  return ctx;
}

describe('first run', () => {
  it('seeds the sample edition once and plays its latest day with the no-stories-today sentence', async () => {
    const { store, synth, news } = setup();
    await store.getState().init();
    expect(store.getState().library.storyCount).toBe(sample.stories.length);
    await store.getState().playBriefing();
    const spoken = synth.drain();
    expect(spoken.slice(0, 3)).toEqual(['Good morning.', 'There are no AI stories from today yet.', 'Here are the latest ones, from Monday, February 3, 2025.']);
    // Every story of that day is told, or named as another outlet's report of a story told.
    const feb3 = sample.stories.filter((s) => s.publishedAt >= Date.parse('2025-02-02T17:00:00Z') && s.publishedAt < Date.parse('2025-02-03T17:00:00Z'));
    const also = spoken.filter((t) => t.startsWith('Also reported by') || t.startsWith('Tin này cũng được')).join(' ');
    for (const s of feb3) expect({ id: s.id, heard: spoken.some((t) => t.includes(s.title)) || also.includes(s.source) }).toEqual({ id: s.id, heard: true });
    expect(also.length).toBeGreaterThan(0);
    expect(store.getState().player.status).toBe('finished');
    // A second start does not add the sample again.
    const again = setup({ news });
    await again.store.getState().init();
    expect(again.store.getState().library.storyCount).toBe(sample.stories.length);
  });
});

describe('import and today', () => {
  it('imports a JSON Feed, says how many were added, and plays today’s stories in the local time zone', async () => {
    const { store, synth } = setup();
    await store.getState().importFeedFile(
      file(
        jsonFeed([
          { id: '1', title: 'Chip export rules tighten', date: '2026-11-28T00:30:00+07:00' },
          { id: '2', title: 'New reasoning model released', date: '2026-11-28T08:00:00+07:00' },
          { id: '3', title: 'Yesterday in Hanoi', date: '2026-11-27T23:59:00+07:00' },
        ]),
      ),
    );
    expect(store.getState().notice).toEqual({ kind: 'imported', feedTitle: 'Test Wire', added: 3, duplicates: 0, skipped: 0 });
    await store.getState().playBriefing();
    const spoken = synth.drain();
    expect(spoken.slice(0, 2)).toEqual(['Good morning.', 'Two AI stories for today, Saturday, November 28.']);
    expect(spoken.some((t) => t.includes('Chip export rules tighten'))).toBe(true);
    expect(spoken.some((t) => t.includes('Yesterday in Hanoi'))).toBe(false);
  });

  it('deduplicates a second import', async () => {
    const { store } = setup();
    const feed = jsonFeed([{ id: '1', title: 'A', date: '2026-11-28T01:00:00Z' }]);
    await store.getState().importFeedFile(file(feed));
    await store.getState().importFeedFile(file(feed));
    expect(store.getState().notice).toMatchObject({ kind: 'imported', added: 0, duplicates: 1 });
  });

  it('explains a malformed file and changes nothing', async () => {
    const { store } = setup();
    await store.getState().init();
    const before = store.getState().library.storyCount;
    await store.getState().importFeedFile(file('{"version": "https://jsonfeed.org/version/1.1", "items": [ {"id": '));
    expect(store.getState().notice).toMatchObject({ kind: 'import-failed', reason: 'not-json' });
    await store.getState().importFeedFile(file('{"hello": "world"}'));
    expect(store.getState().notice).toMatchObject({ kind: 'import-failed', reason: 'not-a-feed' });
    expect(store.getState().library.storyCount).toBe(before);
    expect(store.getState().library.importing).toBe(false);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { store } = setup();
    const huge = { size: 60 * 1024 * 1024, text: () => Promise.reject(new Error('must not read')) } as unknown as Blob;
    await store.getState().importFeedFile(huge);
    expect(store.getState().notice).toMatchObject({ kind: 'import-failed', reason: 'too-large' });
  });

  it('reports a full disk as such', async () => {
    const real = createNewsRepository(`store-test-${++dbs}`);
    const quota = new StorageError('quota', new Error('QuotaExceededError'));
    const full: NewsRepository = {
      ...real,
      add: () => Promise.reject(quota),
      addInBatches: async (stories) => ({ added: 0, duplicates: 0, notStored: stories.length, error: quota }),
    };
    const { store } = setup({ news: full });
    await store.getState().importFeedFile(file(jsonFeed([{ id: '1', title: 'A', date: '2026-11-28T01:00:00Z' }])));
    expect(store.getState().notice).toEqual({ kind: 'import-failed', reason: 'quota' });
  });
});

describe('the voice loop', () => {
  async function playing() {
    const ctx = await withStories([ALPHA, BETA, GAMMA]);
    ctx.store.getState().talk();
    ctx.recognizer.say("what's the AI news today");
    await vi.waitFor(() => expect(ctx.synth.current()).not.toBeNull());
    return ctx;
  }

  it('"what\'s the AI news today" starts the briefing; "next" and "go back" move between stories', async () => {
    const { store, synth, recognizer } = await playing();
    expect(recognizer.sessions).toEqual(['en-US']);
    expect(synth.current()?.text).toBe('Good morning.');
    synth.end();
    expect(synth.current()?.text).toBe('Three AI stories for today, Saturday, November 28.');
    synth.end();
    expect(synth.current()?.text).toBe('First, from Test Wire: Alpha story.');
    store.getState().talk();
    expect(synth.current()).toBeNull();
    recognizer.say('next');
    await flush();
    expect(synth.current()?.text).toBe('Next, from Test Wire: Beta story.');
    store.getState().talk();
    recognizer.say('go back');
    await flush();
    expect(synth.current()?.text).toBe('First, from Test Wire: Alpha story.');
    expect(store.getState().listening.heard).toBe('go back');
  });

  it('"pause" silences and "continue" resumes the same sentence', async () => {
    const { store, synth, recognizer } = await playing();
    synth.end();
    synth.end();
    const sentence = synth.current()?.text;
    store.getState().talk();
    recognizer.say('pause');
    await flush();
    expect(synth.current()).toBeNull();
    expect(store.getState().player.status).toBe('paused');
    store.getState().talk();
    recognizer.say('continue');
    await flush();
    expect(synth.current()?.text).toBe(sentence);
  });

  it('resumes where it was when nothing was said', async () => {
    const { store, synth, recognizer } = await playing();
    synth.end();
    const sentence = synth.current()?.text;
    store.getState().talk();
    recognizer.fail('no-speech');
    await flush();
    expect(store.getState().listening.problem).toBe('no-speech');
    expect(synth.current()?.text).toBe(sentence);
  });

  it('says what can be said when it did not understand, then carries on', async () => {
    const { store, synth, recognizer } = await playing();
    synth.end();
    const sentence = synth.current()?.text;
    store.getState().talk();
    recognizer.say('order a pizza');
    await flush();
    expect(synth.current()?.text).toMatch(/^Sorry, I didn't catch that/);
    synth.end();
    expect(synth.current()?.text).toBe(sentence);
  });

  it('answers out loud when asked to move with nothing playing', async () => {
    const { store, synth } = setup();
    store.getState().next();
    expect(synth.current()?.text).toBe("Nothing is playing. Say: what's the AI news today.");
  });

  it('listens in Vietnamese and understands Vietnamese commands', async () => {
    const { store, synth, recognizer } = setup({ urlLang: 'vi' });
    await store.getState().importFeedFile(file(jsonFeed([{ id: 'v', title: 'Tin chip', date: '2026-11-28T03:00:00+07:00', language: 'vi' }])));
    store.getState().talk();
    recognizer.say('tin AI hôm nay');
    await vi.waitFor(() => expect(synth.current()).not.toBeNull());
    expect(recognizer.sessions).toEqual(['vi-VN']);
    expect(synth.current()).toMatchObject({ text: 'Chào buổi sáng.', lang: 'vi' });
    synth.end();
    expect(synth.current()).toMatchObject({ text: '1 tin AI hôm nay, Thứ Bảy, 28 tháng 11.', lang: 'vi' });
  });

  it('explains that voice is unavailable without a recognizer, and buttons still work', async () => {
    const { store, synth } = setup({ supported: false });
    store.getState().talk();
    expect(store.getState().listening.problem).toBe('unsupported');
    await store.getState().playBriefing();
    expect(synth.current()).not.toBeNull();
  });
});

describe('language', () => {
  it('follows the browser, and ?lang= wins and is remembered', () => {
    const settings = createMemorySettingsStorage();
    expect(setup({ browserLang: 'vi', settings: createMemorySettingsStorage() }).store.getState().lang).toBe('vi');
    expect(setup({ urlLang: 'vi', browserLang: 'en', settings }).store.getState().lang).toBe('vi');
    expect(setup({ urlLang: null, browserLang: 'en', settings }).store.getState().lang).toBe('vi');
  });

  it('ignores a corrupted remembered setting', () => {
    const settings = createMemorySettingsStorage();
    settings.setItem('earshot-settings', JSON.stringify({ state: { lang: 'klingon', rate: 99 }, version: 1 }));
    const { store } = setup({ settings, browserLang: 'en' });
    expect(store.getState()).toMatchObject({ lang: 'en', rate: 1 });
  });
});

describe('lock screen, headset and wake lock', () => {
  async function briefing() {
    const ctx = await withStories([ALPHA, BETA]);
    await ctx.store.getState().playBriefing();
    ctx.synth.end();
    ctx.synth.end();
    return ctx;
  }

  it('shows the story being told and keeps the screen awake only while speaking', async () => {
    const { media, wakeLock, store, synth } = await briefing();
    expect(media.nowPlaying).toEqual({ title: 'Alpha story', artist: 'Test Wire', album: 'Earshot' });
    expect(media.state).toBe('playing');
    expect(wakeLock.held).toBe(true);
    store.getState().pause();
    expect(media.state).toBe('paused');
    expect(wakeLock.held).toBe(false);
    store.getState().stop();
    expect(media.state).toBe('none');
    expect(media.nowPlaying).toBeNull();
    expect(synth.current()).toBeNull();
  });

  it('routes next, previous, pause, play and seek buttons to the briefing', async () => {
    const { media, synth, store } = await briefing();
    media.press('nexttrack');
    expect(synth.current()?.text).toBe('And finally, from Test Wire: Beta story.');
    media.press('previoustrack');
    expect(synth.current()?.text).toBe('First, from Test Wire: Alpha story.');
    media.press('seekforward');
    expect(synth.current()?.text).toBe('Alpha story in AI news.');
    media.press('seekbackward');
    expect(synth.current()?.text).toBe('First, from Test Wire: Alpha story.');
    media.press('pause');
    expect(store.getState().player.status).toBe('paused');
    media.press('play');
    expect(synth.current()?.text).toBe('First, from Test Wire: Alpha story.');
    media.press('stop');
    expect(store.getState().player.status).toBe('idle');
  });
});

describe('repeat', () => {
  it('restarts the story; a second repeat within 3 s replays only the interrupted sentence', async () => {
    const { store, synth, env } = setup();
    await store.getState().importFeedFile(file(jsonFeed([{ id: 'a', title: 'Alpha story', date: '2026-11-28T03:00:00+07:00' }])));
    await store.getState().playBriefing();
    synth.drain(4);
    const interrupted = synth.current()?.text;
    store.getState().repeat();
    expect(synth.current()?.text).toBe('From Test Wire: Alpha story.');
    env.advance(1500);
    store.getState().repeat();
    expect(synth.current()?.text).toBe(interrupted);
    env.advance(5000);
    store.getState().repeat();
    expect(synth.current()?.text).toBe('From Test Wire: Alpha story.');
  });
});

describe('stop after this story and the sleep timer', () => {
  it('"stop after this story" finishes the story and stops; the sleep timer stops playback when it runs out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { store, synth, recognizer } = await withStories([ALPHA, BETA]);
      await store.getState().playBriefing();
      synth.end();
      store.getState().talk();
      recognizer.say('stop after this story');
      await vi.waitFor(() => expect(synth.current()?.text).toBe("I'll stop after this story."));
      const rest = synth.drain();
      expect(rest.at(-1), 'the story was told to its end').toBe('Alpha story is still a developing story.');
      expect(rest.some((t) => t.includes('Beta story'))).toBe(false);
      expect(store.getState().player.status).toBe('idle');

      await store.getState().playBriefing();
      store.getState().talk();
      recognizer.say('sleep timer 15 minutes');
      await vi.waitFor(() => expect(synth.current()?.text).toBe("I'll stop in 15 minutes."));
      expect(store.getState().sleepTimer?.minutes).toBe(15);
      vi.advanceTimersByTime(15 * 60_000);
      expect(store.getState().player.status).toBe('idle');
      expect(store.getState().sleepTimer).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('voices and headphones', () => {
  const english: VoiceInfo = { name: 'English', lang: 'en-US', local: true, isDefault: true };

  it('passes the chosen voice per language to the engine, and remembers it', async () => {
    const settings = createMemorySettingsStorage();
    const { store, synth } = setup({ settings, voices: [english] });
    store.getState().setVoice('vi', 'Linh');
    expect(synth.preferred).toEqual({ vi: 'Linh' });
    const again = setup({ settings });
    expect(again.store.getState().voiceByLang).toEqual({ vi: 'Linh' });
    expect(again.synth.preferred).toEqual({ vi: 'Linh' });
  });

  it('says once per device that there is no Vietnamese voice', async () => {
    const settings = createMemorySettingsStorage();
    const { store, synth } = setup({ settings, voices: [english] });
    await vi.waitFor(() => expect(store.getState().voicesLoaded).toBe(true));
    await store.getState().importFeedFile(file(jsonFeed([{ id: 'v', title: 'Tin chip', date: '2026-11-28T03:00:00+07:00', language: 'vi' }])));
    await store.getState().playBriefing();
    expect(synth.current()?.text).toBe('This device has no Vietnamese voice, so Vietnamese stories are read by another voice.');
    await store.getState().playBriefing();
    expect(synth.current()?.text).toBe('Good morning.');
    expect(setup({ settings }).store.getState().missingVoiceNoted).toEqual(['vi']);
  });

  it('with headphones, listening does not interrupt speech', async () => {
    const { store, synth, recognizer } = setup();
    await store.getState().importFeedFile(file(jsonFeed([{ id: 'a', title: 'Alpha story', date: '2026-11-28T03:00:00+07:00' }])));
    store.getState().setHeadphones(true);
    await store.getState().playBriefing();
    const speaking = synth.current()?.text;
    store.getState().talk();
    expect(synth.current()?.text).toBe(speaking);
    expect(store.getState().player.status).toBe('speaking');
    recognizer.say('next');
    await vi.waitFor(() => expect(synth.current()?.text).toBe('From Test Wire: Alpha story.'));
  });
});

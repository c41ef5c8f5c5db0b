// The store end to end on fakes: first run, importing, language and voices.
import { describe, expect, it, vi } from 'vitest';
import { createNewsRepository, type NewsRepository } from '../platform/storage/news-repository';
import { StorageError } from '../platform/storage/storage-error';
import type { VoiceInfo } from '../platform/speech/synthesizer';
import { createMemorySettingsStorage } from '../../tests/fakes/memory-settings-storage';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { sample, setup, file } from '../../tests/fakes/app-store-setup';

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
    expect(store.getState().sources.importing).toBe(false);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { store } = setup();
    const huge = { size: 60 * 1024 * 1024, text: () => Promise.reject(new Error('must not read')) } as unknown as Blob;
    await store.getState().importFeedFile(huge);
    expect(store.getState().notice).toMatchObject({ kind: 'import-failed', reason: 'too-large' });
  });

  it('reports a full disk as such', async () => {
    const real = createNewsRepository(`store-test-full-${Math.random()}`);
    const quota = new StorageError('quota', new Error('QuotaExceededError'));
    const full: NewsRepository = {
      ...real,
      add: () => Promise.reject(quota),
      addInBatches: async (stories) => ({ added: 0, duplicates: 0, notStored: stories.length, error: quota }),
    };
    const { store } = setup({ news: full });
    await store.getState().importFeedFile(file(jsonFeed([{ id: '1', title: 'A', date: '2026-11-28T01:00:00Z' }])));
    expect(store.getState().notice).toEqual({ kind: 'storage-failed', task: 'import', problem: 'quota' });
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

// Commands through the store: the voice loop, repeat, stop after this story and the sleep timer.
import { describe, expect, it, vi } from 'vitest';
import { INTENTS, type Command, type Intent } from '../domain/command/types';
import { jsonFeed } from '../../tests/fakes/story-fixtures';
import { setup, flush, file, ALPHA, BETA, GAMMA, withStories } from '../../tests/fakes/app-store-setup';

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
    recognizer.say('blue');
    await flush();
    expect(synth.current()?.text).toMatch(/^Sorry, I didn't catch that/);
    synth.end();
    expect(synth.current()?.text).toBe(sentence);
  });

  it('answers another assistant’s request kindly, does nothing, then carries on', async () => {
    const { store, synth, recognizer } = await playing();
    synth.end();
    const sentence = synth.current()?.text;
    store.getState().talk();
    recognizer.say('set an alarm for six thirty tomorrow morning');
    await flush();
    expect(synth.current()?.text).toBe("Sorry, I can only help with the news. Try: what's the AI news today.");
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

describe('the command table', () => {
  const command = (intent: Intent, extra: Partial<Command> = {}): Command => ({ intent, topic: null, outlet: null, from: null, to: null, ...extra });
  /** What the app says first for a command given with nothing playing (null: it stays silent). */
  async function firstWords(intent: Intent) {
    const { store, synth } = await withStories([ALPHA]);
    await store.getState().runCommand(command(intent));
    await flush();
    return synth.current()?.text ?? null;
  }

  it('every intent acts or answers with nothing playing; only "pause" and "stop" stay silent', async () => {
    const said = Object.fromEntries(await Promise.all(INTENTS.map(async (i) => [i, await firstWords(i)] as const)));
    expect(Object.entries(said).filter(([, text]) => text === null).map(([i]) => i)).toEqual(['pause', 'stop']);
    expect(said.brief).toBe('Good morning.');
    for (const i of ['next', 'previous', 'repeat', 'more', 'source'] as const) expect(said[i]).toMatch(/nothing is playing/i);
    expect(said.resume).toMatch(/nothing to continue/i);
    expect(said.save).toMatch(/nothing to save|no story/i);
    expect(said.help).toMatch(/you can say/i);
    expect(said.none).toMatch(/sorry/i);
    expect([said.faster, said.slower]).toEqual(['Speed 1.25 times.', 'Speed 0.75 times.']);
    expect(said.replay).toMatch(/no briefing to replay/i);
  });
});

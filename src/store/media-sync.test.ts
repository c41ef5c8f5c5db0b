// The lock screen, headset buttons and wake lock follow the player.
import { describe, expect, it } from 'vitest';
import { ALPHA, BETA, withStories } from '../../tests/fakes/app-store-setup';

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

  it('asks for the wake lock and the lock screen once the first sentence has started, not before', async () => {
    const { media, wakeLock, store, synth } = await withStories([ALPHA, BETA]);
    synth.holdStarts = true;
    await store.getState().playBriefing();
    expect(store.getState().player.status).toBe('speaking');
    expect(media.state).not.toBe('playing');
    expect(wakeLock.held).toBe(false);
    synth.start();
    expect(media.state).toBe('playing');
    expect(wakeLock.held).toBe(true);
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

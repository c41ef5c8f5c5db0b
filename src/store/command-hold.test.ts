// A spoken command is acted on before anything that follows the store hears of it: the screen (and the lock screen,
// History) see the listening end, what was heard and the briefing at once, once its first sentence has started.
import { describe, expect, it, vi } from 'vitest';
import { ALPHA, BETA, withStories } from '../../tests/fakes/app-store-setup';
import { followAfterStart } from './after-start';

describe('a spoken command and what follows the store', () => {
  async function listening() {
    const ctx = await withStories([ALPHA, BETA]);
    const seen: { listening: boolean; status: string }[] = [];
    followAfterStart(ctx.store, ctx.synth.afterStart).subscribe((s) => seen.push({ listening: s.listening.active, status: s.player.status }));
    ctx.store.getState().talk();
    await vi.waitFor(() => expect(ctx.store.getState().listening.active).toBe(true));
    seen.length = 0;
    return { ...ctx, seen };
  }

  it('hears nothing of the command until the first sentence of its answer has started, then all of it at once', async () => {
    const { store, synth, recognizer, seen } = await listening();
    synth.holdStarts = true;
    recognizer.say("what's the AI news today");
    await vi.waitFor(() => expect(synth.current()).not.toBeNull());
    expect(store.getState().listening.active).toBe(false);
    expect(store.getState().player.status).toBe('speaking');
    expect(seen).toEqual([]);
    synth.start();
    expect(seen).toEqual([{ listening: false, status: 'speaking' }]);
  });

  it('hears a command that says nothing once it is done', async () => {
    const { store, synth, recognizer, seen } = await listening();
    recognizer.say("what's the AI news today");
    await vi.waitFor(() => expect(seen.at(-1)?.status).toBe('speaking'));
    store.getState().talk();
    await vi.waitFor(() => expect(store.getState().listening.active).toBe(true));
    synth.holdStarts = true;
    recognizer.say('pause');
    await vi.waitFor(() => expect(store.getState().player.status).toBe('paused'));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ listening: false, status: 'paused' }));
  });
});

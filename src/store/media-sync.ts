// Mirrors the player onto lock-screen/headset controls and the wake lock, and routes their buttons to actions.
// The mirror follows once a sentence being started has started (after-start.ts): asking for the wake lock and handing
// the lock screen its artwork take CPU the speech engine needs for its first sound.
import { activeSegment, isBusy } from '../domain/player/machine';
import type { StoreApi } from 'zustand/vanilla';
import { followAfterStart } from './after-start';
import type { AppDeps, AppState } from './types';

/** Connects the media ports to the store; returns the unsubscribe function. */
export function connectMedia(store: StoreApi<AppState>, { media, wakeLock, synth }: Pick<AppDeps, 'media' | 'wakeLock' | 'synth'>): () => void {
  const act = () => store.getState();
  media.setHandlers({
    play: () => {
      if (isBusy(act().player)) act().resume();
      else void act().playBriefing();
    },
    pause: () => act().pause(),
    stop: () => act().stop(),
    nexttrack: () => act().next(),
    previoustrack: () => act().previous(),
    seekbackward: () => act().seekSentence(-1),
    seekforward: () => act().seekSentence(1),
  });

  let shown: string | null = null;
  return followAfterStart(store, synth.afterStart).subscribe((state, prev) => {
    if (state.player === prev.player) return;
    const { status } = state.player;
    media.setState(status === 'speaking' ? 'playing' : status === 'paused' ? 'paused' : 'none');
    wakeLock.hold(status === 'speaking');
    const segment = activeSegment(state.player);
    const key = segment ? (segment.story?.id ?? segment.kind) : null;
    if (key === shown) return;
    shown = key;
    media.setNowPlaying(segment ? { title: segment.story?.title ?? 'Earshot', artist: segment.story?.source ?? 'AI news', album: 'Earshot' } : null);
  });
}

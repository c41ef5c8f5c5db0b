// One voice at a time: when this tab starts speaking it tells the others; when another tab starts, this one stops
// and says on screen that Earshot is playing elsewhere.
import type { StoreApi } from 'zustand/vanilla';
import { isBusy } from '../domain/player/machine';
import type { AppDeps, AppState } from './types';

export function connectVoiceChannel(store: StoreApi<AppState>, { voiceChannel }: Pick<AppDeps, 'voiceChannel'>): void {
  voiceChannel.onClaimed(() => {
    const s = store.getState();
    if (isBusy(s.player)) s.stop();
    s.setPlayingElsewhere(true);
  });
  store.subscribe((s, prev) => {
    if (s.player.status === 'speaking' && prev.player.status !== 'speaking') {
      voiceChannel.claim();
      if (s.playingElsewhere) s.setPlayingElsewhere(false);
    }
  });
}

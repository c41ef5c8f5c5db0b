// An accepted update activates as soon as nothing plays: at once, or when the briefing ends or is stopped.
import type { StoreApi } from 'zustand/vanilla';
import { isBusy } from '../domain/player/machine';
import type { AppState } from './types';

export function connectUpdate(store: StoreApi<AppState>): void {
  store.subscribe((s, prev) => {
    if (!s.update.accepted || isBusy(s.player)) return;
    if (s.update !== prev.update || s.player.status !== prev.player.status) s.activateUpdate();
  });
}

// Registers the service worker. A new version waits until the person accepts it (never mid-briefing).
// Where the browser allows it (an installed app), feeds are also fetched in the background every 30 minutes.
import { registerSW } from 'virtual:pwa-register';
import { REFRESH_INTERVAL_MS } from '../../domain/feed/source';
import { PERIODIC_SYNC_TAG } from '../network/feed-inbox';

interface PeriodicSyncManager {
  register(tag: string, options: { minInterval: number }): Promise<void>;
}

export type PeriodicRefresh = 'registered' | 'not-allowed' | 'unsupported';

/** Registers the background refresh when the browser supports it and has granted it (Chromium: installed apps). */
export async function registerPeriodicRefresh(reg: ServiceWorkerRegistration): Promise<PeriodicRefresh> {
  const sync = (reg as ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager }).periodicSync;
  if (!sync) return 'unsupported';
  const state = await navigator.permissions
    .query({ name: 'periodic-background-sync' as PermissionName })
    .then((s) => s.state)
    .catch(() => 'denied');
  if (state !== 'granted') return 'not-allowed';
  try {
    await sync.register(PERIODIC_SYNC_TAG, { minInterval: REFRESH_INTERVAL_MS });
    return 'registered';
  } catch {
    return 'not-allowed';
  }
}

export function registerServiceWorker(onUpdateReady?: (activate: () => Promise<void>) => void): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdateReady?.(() => update(true)),
    onRegisteredSW: (_url, reg) => {
      if (reg) void registerPeriodicRefresh(reg).then((r) => ((window as { __earshotPeriodicRefresh?: string }).__earshotPeriodicRefresh = r));
    },
    onRegisterError: (e: unknown) => console.warn('Earshot: service worker registration failed', e),
  });
}

// Registers the Workbox service worker. A new version waits until the person accepts it (never mid-briefing).
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(onUpdateReady?: (activate: () => Promise<void>) => void): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdateReady?.(() => update(true)),
    onRegisterError: (e: unknown) => console.warn('Earshot: service worker registration failed', e),
  });
}

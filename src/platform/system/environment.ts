// Small facts about the running browser behind one port: time, time zone, language, the URL's ?lang=.
import { isLang, type Lang } from '../../domain/types';

export interface Environment {
  /** Wall-clock time, epoch ms (dates, "today"). */
  now(): number;
  /** Monotonic milliseconds for measuring intervals ("two repeats within 3 s"); never jumps with the clock. */
  elapsed(): number;
  /** IANA time zone of the device ("Asia/Ho_Chi_Minh"). */
  timeZone(): string;
  /** Language from `?lang=` in the address, if any. */
  languageFromUrl(): Lang | null;
  /** Language the browser prefers, among those Earshot speaks. */
  browserLanguage(): Lang;
  /** False when the browser knows it has no network. */
  online(): boolean;
  /** Calls back when the network comes or goes. */
  onOnlineChange(listener: () => void): void;
  /** Whether the page is on screen (not a background tab, not a locked phone). */
  visible(): boolean;
  /** Calls back when the page is shown or hidden. */
  onVisibilityChange(listener: () => void): void;
}

export function createBrowserEnvironment(win: Window = window): Environment {
  return {
    now: () => Date.now(),
    elapsed: () => win.performance.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    languageFromUrl: () => {
      const v = new URLSearchParams(win.location.search).get('lang');
      return isLang(v) ? v : null;
    },
    online: () => win.navigator.onLine !== false,
    onOnlineChange: (listener) => {
      win.addEventListener('online', listener);
      win.addEventListener('offline', listener);
    },
    visible: () => win.document.visibilityState !== 'hidden',
    onVisibilityChange: (listener) => win.document.addEventListener('visibilitychange', listener),
    browserLanguage: () => {
      for (const tag of win.navigator.languages ?? [win.navigator.language]) {
        const primary = tag.split('-')[0].toLowerCase();
        if (isLang(primary)) return primary;
      }
      return 'en';
    },
  };
}

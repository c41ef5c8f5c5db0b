// A fixed clock, time zone and language for tests.
import type { Lang } from '../../src/domain/types';
import type { Environment } from '../../src/platform/system/environment';

export interface FakeEnvironment extends Environment {
  setNow(iso: string): void;
  /** Moves the monotonic clock forward. */
  advance(ms: number): void;
  setOnline(online: boolean): void;
  setVisible(visible: boolean): void;
}

export function createFakeEnvironment(opts: { now?: string; timeZone?: string; urlLang?: Lang | null; browserLang?: Lang } = {}): FakeEnvironment {
  let now = Date.parse(opts.now ?? '2026-11-28T09:00:00+07:00');
  let elapsed = 0;
  let online = true;
  const listeners: (() => void)[] = [];
  let visible = true;
  const visibilityListeners: (() => void)[] = [];
  return {
    visible: () => visible,
    onVisibilityChange: (l) => void visibilityListeners.push(l),
    setVisible: (v) => {
      visible = v;
      visibilityListeners.forEach((l) => l());
    },
    online: () => online,
    onOnlineChange: (l) => void listeners.push(l),
    setOnline: (v) => {
      online = v;
      listeners.forEach((l) => l());
    },
    now: () => now,
    elapsed: () => elapsed,
    advance: (ms) => {
      elapsed += ms;
      now += ms;
    },
    setNow: (iso) => {
      now = Date.parse(iso);
    },
    timeZone: () => opts.timeZone ?? 'Asia/Ho_Chi_Minh',
    languageFromUrl: () => opts.urlLang ?? null,
    browserLanguage: () => opts.browserLang ?? 'en',
  };
}

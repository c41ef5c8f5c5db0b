// Media controls and wake lock that record what the app asked of them, and let a test press the buttons.
import type { MediaAction, MediaControls, NowPlaying } from '../../src/platform/system/media-session';
import type { WakeLockPort } from '../../src/platform/system/wake-lock';

export interface FakeMedia extends MediaControls {
  state: 'playing' | 'paused' | 'none';
  nowPlaying: NowPlaying | null;
  press(action: MediaAction): void;
}

export function createFakeMedia(): FakeMedia {
  let handlers: Partial<Record<MediaAction, () => void>> = {};
  const fake: FakeMedia = {
    state: 'none',
    nowPlaying: null,
    setHandlers: (h) => {
      handlers = h;
    },
    setNowPlaying: (info) => {
      fake.nowPlaying = info;
    },
    setState: (s) => {
      fake.state = s;
    },
    prime: () => undefined,
    press: (action) => {
      const h = handlers[action];
      if (!h) throw new Error(`fake media: no handler for ${action}`);
      h();
    },
  };
  return fake;
}

export function createFakeWakeLock(): WakeLockPort & { held: boolean } {
  const fake = {
    held: false,
    hold: (on: boolean) => {
      fake.held = on;
    },
  };
  return fake;
}

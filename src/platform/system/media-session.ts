// Lock-screen and headset controls (Media Session API) for a briefing, kept visible by a looping silent <audio>.
import { gestureAloneUnlocks } from './gesture-unlock';

export type MediaAction = 'play' | 'pause' | 'stop' | 'nexttrack' | 'previoustrack' | 'seekbackward' | 'seekforward';

export interface NowPlaying {
  title: string;
  artist: string;
  album: string;
}

/** The media-controls port. */
export interface MediaControls {
  /** What each hardware, notification or lock-screen button does. */
  setHandlers(handlers: Record<MediaAction, () => void>): void;
  /** What the controls show; null clears it. */
  setNowPlaying(info: NowPlaying | null): void;
  /** 'playing' and 'paused' keep the controls up (silent audio loops); 'none' takes them down. */
  setState(state: 'playing' | 'paused' | 'none'): void;
  /** Prepares the silent audio inside a user gesture where the gesture alone is not enough (iOS: gesture-unlock.ts). */
  prime(): void;
}

/** The keep-alive audio starts a moment after speech: opening an audio output delays the first sentence (measured ~15 ms). */
export const KEEP_ALIVE_DELAY_MS = 300;

const ARTWORK = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
];

export function createMediaControls(win: Window & typeof globalThis = window, makeSilence: () => Blob): MediaControls {
  const session = 'mediaSession' in win.navigator ? win.navigator.mediaSession : null;
  let audio: HTMLAudioElement | null = null;
  let pending: number | undefined;

  function element(): HTMLAudioElement {
    if (!audio) {
      audio = new win.Audio(win.URL.createObjectURL(makeSilence()));
      audio.loop = true;
      audio.preload = 'auto';
    }
    return audio;
  }

  function keepAlive(on: boolean) {
    win.clearTimeout(pending);
    if (!on) {
      audio?.pause();
      return;
    }
    if (audio && !audio.paused) return;
    // Rejected without a user gesture (autoplay policy); speech still works, only the controls are missing.
    pending = win.setTimeout(() => {
      pending = undefined;
      void element().play().catch(() => undefined);
    }, KEEP_ALIVE_DELAY_MS);
  }

  return {
    setHandlers(handlers) {
      if (!session) return;
      for (const [action, handler] of Object.entries(handlers) as [MediaAction, () => void][]) {
        try {
          session.setActionHandler(action, () => handler());
        } catch {
          // This browser does not support the action.
        }
      }
    },
    setNowPlaying(info) {
      if (!session) return;
      session.metadata = info && typeof win.MediaMetadata === 'function' ? new win.MediaMetadata({ ...info, artwork: ARTWORK }) : null;
    },
    setState(state) {
      keepAlive(state !== 'none');
      if (session) session.playbackState = state;
    },
    prime() {
      if (gestureAloneUnlocks(win.navigator)) return;
      const a = element();
      a.play()
        .then(() => {
          if (!pending) a.pause();
        })
        .catch(() => undefined);
    },
  };
}

// Captures Media Session handlers (media keys cannot be pressed from a test), records silent-audio playback,
// and stands in for the Screen Wake Lock (headless Chromium refuses it) to record what is held. Self-contained.

export interface MediaSpy {
  handlers: Record<string, () => void>;
  audioPlaying: boolean;
  wakeLock: { held: boolean; requests: number; releases: number };
}

export function installMediaSpy(): void {
  const spy: MediaSpy = { handlers: {}, audioPlaying: false, wakeLock: { held: false, requests: 0, releases: 0 } };
  (window as unknown as { __media: MediaSpy }).__media = spy;

  const session = navigator.mediaSession;
  const setActionHandler = session.setActionHandler.bind(session);
  session.setActionHandler = (action: MediaSessionAction, handler: MediaSessionActionHandler | null) => {
    if (handler) spy.handlers[action] = () => handler({ action } as MediaSessionActionDetails);
    setActionHandler(action, handler);
  };

  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    return play.call(this).then(() => {
      spy.audioPlaying = true;
    });
  };
  const pause = HTMLMediaElement.prototype.pause;
  HTMLMediaElement.prototype.pause = function (this: HTMLMediaElement) {
    spy.audioPlaying = false;
    pause.call(this);
  };

  const wakeLock = {
    request: async () => {
      spy.wakeLock.requests++;
      spy.wakeLock.held = true;
      const sentinel = new EventTarget() as EventTarget & { release(): Promise<void>; released: boolean; type: string };
      sentinel.released = false;
      sentinel.type = 'screen';
      sentinel.release = async () => {
        if (sentinel.released) return;
        sentinel.released = true;
        spy.wakeLock.held = false;
        spy.wakeLock.releases++;
        sentinel.dispatchEvent(new Event('release'));
      };
      return sentinel;
    },
  };
  Object.defineProperty(navigator, 'wakeLock', { value: wakeLock, configurable: true });
}

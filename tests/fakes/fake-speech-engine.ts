// A Node stand-in for window.speechSynthesis that reproduces the real engine's pitfalls, for unit tests of the
// web synthesizer adapter: `end` that never comes, no `boundary` events, pause() that does nothing, an empty voice
// list until `voiceschanged`, errors on demand, rate read only when an utterance starts, and (measured with
// Chromium + speech-dispatcher) an empty utterance that fails and wedges every later one.

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

type Listener = (e: Record<string, unknown>) => void;

class FakeUtterance {
  text: string;
  lang = '';
  voice: FakeVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  onstart: Listener | null = null;
  onend: Listener | null = null;
  onerror: Listener | null = null;
  onboundary: Listener | null = null;
  constructor(text = '') {
    this.text = text;
  }
}

export interface EngineBehaviour {
  /** Never fire `end` (Chrome's long-utterance cut-off). */
  loseEnd?: boolean;
  /** Never fire anything (a stuck engine: no audio sink, a wedged speech-dispatcher). */
  stuck?: boolean;
  /** Fail utterances spoken with these voices (by name) with this error. */
  failVoices?: Record<string, string>;
  /** Fail every utterance with this error. */
  failAll?: string;
}

export function createFakeSpeechEngine(voices: FakeVoice[] = [], behaviour: EngineBehaviour = {}) {
  let listed: FakeVoice[] = [];
  let wedged = false;
  const listeners = new Map<string, Set<() => void>>();
  const spoken: { text: string; lang: string; voice: string | null; rate: number }[] = [];
  const calls = { pause: 0, resume: 0, cancel: 0 };
  let current: FakeUtterance | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const synth = {
    get speaking() {
      return current !== null;
    },
    paused: false,
    pending: false,
    getVoices: () => listed,
    addEventListener: (type: string, fn: () => void) => {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(fn));
    },
    removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
    speak(u: FakeUtterance) {
      if (wedged) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate });
        return;
      }
      if (u.text === '') {
        wedged = true;
        setTimeout(() => u.onerror?.({ error: 'synthesis-failed' }), 5);
        return;
      }
      current = u;
      // The rate is read when speech starts, not later.
      const rate = u.rate;
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate });
      const failure = behaviour.failAll ?? (u.voice ? behaviour.failVoices?.[u.voice.name] : undefined);
      timer = setTimeout(() => {
        if (current !== u || behaviour.stuck) return;
        if (failure) {
          current = null;
          u.onerror?.({ error: failure });
          return;
        }
        u.onstart?.({});
        if (behaviour.loseEnd) return;
        timer = setTimeout(() => {
          if (current !== u) return;
          current = null;
          u.onend?.({});
        }, (u.text.length * 10) / rate);
      }, 5);
    },
    cancel() {
      calls.cancel++;
      const u = current;
      current = null;
      clearTimeout(timer);
      u?.onerror?.({ error: 'interrupted' });
    },
    // Like Chrome on Linux and Android: nothing happens (and on Linux it wedges speech-dispatcher).
    pause() {
      calls.pause++;
    },
    resume() {
      calls.resume++;
    },
  };

  return {
    window: {
      speechSynthesis: synth,
      SpeechSynthesisUtterance: FakeUtterance,
      navigator: { onLine: true },
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (h: ReturnType<typeof setTimeout>) => clearTimeout(h),
    },
    spoken,
    calls,
    /** The engine finishes loading voices (Chrome: some time after page load). */
    loadVoices() {
      listed = voices;
      listeners.get('voiceschanged')?.forEach((fn) => fn());
    },
  };
}

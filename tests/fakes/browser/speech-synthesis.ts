// A scripted speechSynthesis for the browser (the default test run needs no audio system).
// Utterances take time in proportion to their length; cancel() interrupts like Chrome's.
// Everything is logged in window.__speech.log with performance.now() times. Self-contained.

export interface SpeechLogEntry {
  type: 'speak' | 'start' | 'end' | 'error' | 'cancel';
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
  error?: string;
  t: number;
}

export function installFakeSpeechSynthesis(options: { msPerChar?: number; voices?: 'all' | 'none' | 'english-only' } = {}): void {
  type Handler = ((e: Event) => void) | null;
  const msPerChar = options.msPerChar ?? 6;
  const log: SpeechLogEntry[] = [];
  // Like Chromium on Linux without speech-dispatcher voices, the list can be empty.
  const all = [
    { name: 'Fake English (US)', lang: 'en-US', localService: true, default: true, voiceURI: 'fake-en' },
    { name: 'Fake Vietnamese', lang: 'vi-VN', localService: true, default: false, voiceURI: 'fake-vi' },
  ];
  const voices = options.voices === 'none' ? [] : options.voices === 'english-only' ? all.slice(0, 1) : all;

  class FakeUtterance extends EventTarget {
    text: string;
    lang = '';
    voice: { name: string } | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    onstart: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    onboundary: Handler = null;
    onpause: Handler = null;
    onresume: Handler = null;
    onmark: Handler = null;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }

  const entry = (type: SpeechLogEntry['type'], u: FakeUtterance, error?: string): SpeechLogEntry => ({
    type,
    text: u.text,
    lang: u.lang,
    voice: u.voice?.name ?? null,
    rate: u.rate,
    ...(error ? { error } : {}),
    t: performance.now(),
  });

  function fire(u: FakeUtterance, type: string, props: Record<string, unknown> = {}) {
    const event = new Event(type);
    Object.assign(event, { utterance: u, charIndex: 0, elapsedTime: 0, ...props });
    u.dispatchEvent(event);
    const handler = (u as unknown as Record<string, Handler>)[`on${type}`];
    if (typeof handler === 'function') handler.call(u, event);
  }

  const queue: FakeUtterance[] = [];
  let speaking: FakeUtterance | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function next() {
    const u = queue.shift();
    if (!u) return;
    speaking = u;
    timer = setTimeout(() => {
      log.push(entry('start', u));
      fire(u, 'start');
      const ms = Math.max(120, (u.text.length * msPerChar) / (u.rate || 1));
      timer = setTimeout(() => {
        speaking = null;
        log.push(entry('end', u));
        fire(u, 'end', { elapsedTime: ms });
        next();
      }, ms);
    }, 5);
  }

  const synth = new (class extends EventTarget {
    onvoiceschanged: Handler = null;
    get speaking() {
      return speaking !== null;
    }
    get pending() {
      return queue.length > 0;
    }
    get paused() {
      return false;
    }
    speak(u: FakeUtterance) {
      log.push(entry('speak', u));
      queue.push(u);
      if (!speaking) next();
    }
    cancel() {
      const interrupted = speaking;
      const dropped = queue.splice(0);
      clearTimeout(timer);
      speaking = null;
      if (interrupted) {
        log.push({ ...entry('cancel', interrupted) });
        log.push(entry('error', interrupted, 'interrupted'));
        fire(interrupted, 'error', { error: 'interrupted' });
      }
      for (const u of dropped) {
        log.push(entry('error', u, 'canceled'));
        fire(u, 'error', { error: 'canceled' });
      }
    }
    // Like Chrome on Linux: pause() and resume() do nothing.
    pause() {}
    resume() {}
    getVoices() {
      return voices;
    }
  })();

  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance = FakeUtterance;
  (window as unknown as Record<string, unknown>).__speech = { log };
  setTimeout(() => {
    const e = new Event('voiceschanged');
    synth.dispatchEvent(e);
    if (typeof synth.onvoiceschanged === 'function') synth.onvoiceschanged(e);
  }, 30);
}

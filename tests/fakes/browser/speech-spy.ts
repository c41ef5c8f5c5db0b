// Records what the REAL speechSynthesis does (speak, start, end, error, cancel) with performance.now() times,
// for tests against a real engine. It wraps the methods; it does not replace the engine. Self-contained.
// `nextStart(after)` resolves when an utterance starts, without polling: a benchmark that polled the page while the
// engine starts would take CPU from it.

export interface RealSpeechEntry {
  type: 'speak' | 'start' | 'end' | 'error' | 'cancel';
  text: string;
  lang: string;
  voice: string | null;
  voiceLang: string | null;
  rate: number;
  error?: string;
  t: number;
}

export interface RealSpeechSpy {
  log: RealSpeechEntry[];
  /** The first `start` of a non-blank utterance at log index `after` or later, once there is one. */
  nextStart(after: number): Promise<RealSpeechEntry>;
}

export function installSpeechSpy(): void {
  const log: RealSpeechEntry[] = [];
  const waiting = new Set<() => void>();
  const found = (after: number) => log.slice(after).find((e) => e.type === 'start' && e.text.trim() !== '');
  const spy: RealSpeechSpy = {
    log,
    nextStart: (after) =>
      new Promise((resolve) => {
        const check = () => {
          const hit = found(after);
          if (!hit) return;
          waiting.delete(check);
          resolve(hit);
        };
        waiting.add(check);
        check();
      }),
  };
  (window as unknown as { __realSpeech: RealSpeechSpy }).__realSpeech = spy;
  const record = (e: RealSpeechEntry) => {
    log.push(e);
    waiting.forEach((check) => check());
  };
  const synth = window.speechSynthesis;
  const speak = synth.speak.bind(synth);
  const cancel = synth.cancel.bind(synth);
  const entry = (type: RealSpeechEntry['type'], u: SpeechSynthesisUtterance | null, error?: string): RealSpeechEntry => ({
    type,
    text: u?.text ?? '',
    lang: u?.lang ?? '',
    voice: u?.voice?.name ?? null,
    voiceLang: u?.voice?.lang ?? null,
    rate: u?.rate ?? 1,
    ...(error ? { error } : {}),
    t: performance.now(),
  });
  synth.speak = (u: SpeechSynthesisUtterance) => {
    record(entry('speak', u));
    u.addEventListener('start', () => record(entry('start', u)));
    u.addEventListener('end', () => record(entry('end', u)));
    u.addEventListener('error', (e) => record(entry('error', u, (e as SpeechSynthesisErrorEvent).error)));
    speak(u);
  };
  synth.cancel = () => {
    record(entry('cancel', null));
    cancel();
  };
}

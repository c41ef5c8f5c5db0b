// Records what the REAL speechSynthesis does (speak, start, end, error, cancel) with performance.now() times,
// for tests against a real engine. It wraps the methods; it does not replace the engine. Self-contained.

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

export function installSpeechSpy(): void {
  const log: RealSpeechEntry[] = [];
  (window as unknown as { __realSpeech: { log: RealSpeechEntry[] } }).__realSpeech = { log };
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
    log.push(entry('speak', u));
    u.addEventListener('start', () => log.push(entry('start', u)));
    u.addEventListener('end', () => log.push(entry('end', u)));
    u.addEventListener('error', (e) => log.push(entry('error', u, (e as SpeechSynthesisErrorEvent).error)));
    speak(u);
  };
  synth.cancel = () => {
    log.push(entry('cancel', null));
    cancel();
  };
}

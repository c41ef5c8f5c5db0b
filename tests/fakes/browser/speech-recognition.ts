// A scripted SpeechRecognition for the browser, installed before the app loads (page.addInitScript).
// It behaves like Chrome's: start → audiostart → result(s) → speechend → audioend → end, and its error codes.
// Tests drive it through window.__recognition. Self-contained: Playwright serializes this function.

export interface RecognitionControl {
  sessions: { lang: string; maxAlternatives: number; interimResults: boolean; continuous: boolean; processLocally: boolean; startedAt: number }[];
  /** What SpeechRecognition.available({ processLocally: true }) answers: 'unavailable' (default), 'downloadable', 'available'. */
  local: string;
  active: boolean;
  /** 'ok' normally; otherwise every start() fails with this error code (e.g. 'not-allowed'). */
  mode: string;
  /** performance.now() when the last final result was delivered (for latency benchmarks). */
  lastFinalAt: number;
  /** Speech is heard (soundstart, speechstart), as before any result. say() does this first when it has not been. */
  hearSpeech(): void;
  say(alternatives: string[], interim?: boolean): void;
  fail(code: string): void;
}

export function installFakeSpeechRecognition(): void {
  type Handler = ((e: Event) => void) | null;
  let current: FakeSpeechRecognition | null = null;

  function fire(target: FakeSpeechRecognition, type: string, props: Record<string, unknown> = {}) {
    const event = new Event(type);
    Object.assign(event, props);
    target.dispatchEvent(event);
    const handler = (target as unknown as Record<string, Handler>)[`on${type}`];
    if (typeof handler === 'function') handler.call(target, event);
  }

  function resultList(alternatives: string[], isFinal: boolean) {
    const result = Object.assign(
      alternatives.map((transcript, i) => ({ transcript, confidence: Math.max(0.1, 0.9 - i * 0.2) })),
      { isFinal },
    );
    (result as unknown as { item: (i: number) => unknown }).item = (i: number) => result[i];
    const list = [result];
    (list as unknown as { item: (i: number) => unknown }).item = (i: number) => list[i];
    return list;
  }

  /** Whether the current session has heard speech (speechstart fired). */
  let speechHeard = false;

  function hear(r: FakeSpeechRecognition) {
    if (speechHeard) return;
    speechHeard = true;
    fire(r, 'soundstart');
    fire(r, 'speechstart');
  }

  function finish(r: FakeSpeechRecognition) {
    if (current !== r) return;
    current = null;
    control.active = false;
    if (speechHeard) fire(r, 'speechend');
    speechHeard = false;
    fire(r, 'audioend');
    fire(r, 'end');
  }

  class FakeSpeechRecognition extends EventTarget {
    // On-device recognition (Chrome's SpeechRecognition.available / install), as the test sets it.
    static available = async () => control.local;
    static install = async () => {
      if (control.local === 'downloadable') control.local = 'available';
      return control.local === 'available';
    };
    lang = '';
    processLocally = false;
    interimResults = false;
    maxAlternatives = 1;
    continuous = false;
    onstart: Handler = null;
    onaudiostart: Handler = null;
    onsoundstart: Handler = null;
    onspeechstart: Handler = null;
    onresult: Handler = null;
    onerror: Handler = null;
    onspeechend: Handler = null;
    onaudioend: Handler = null;
    onend: Handler = null;

    start() {
      if (current) throw new DOMException('recognition has already started', 'InvalidStateError');
      // The fake, like the browser, tracks which instance holds the microphone.
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      current = this;
      control.sessions.push({
        lang: this.lang,
        maxAlternatives: this.maxAlternatives,
        interimResults: this.interimResults,
        continuous: this.continuous,
        processLocally: this.processLocally,
        startedAt: performance.now(),
      });
      if (control.mode !== 'ok') {
        const code = control.mode;
        setTimeout(() => {
          fire(this, 'error', { error: code, message: '' });
          current = null;
          fire(this, 'end');
        }, 20);
        return;
      }
      control.active = true;
      setTimeout(() => {
        fire(this, 'start');
        fire(this, 'audiostart');
      }, 10);
    }

    stop() {
      setTimeout(() => finish(this), 10);
    }

    abort() {
      setTimeout(() => {
        if (current !== this) return;
        fire(this, 'error', { error: 'aborted', message: '' });
        finish(this);
      }, 5);
    }
  }

  const control: RecognitionControl = {
    sessions: [],
    local: 'unavailable',
    active: false,
    mode: 'ok',
    lastFinalAt: 0,
    hearSpeech() {
      const r = current;
      if (!r || !control.active) throw new Error('fake SpeechRecognition: nobody is listening (press Talk first)');
      hear(r);
    },
    say(alternatives, interim = true) {
      const r = current;
      if (!r || !control.active) throw new Error('fake SpeechRecognition: nobody is listening (press Talk first)');
      hear(r);
      const words = alternatives[0].split(' ');
      if (interim && r.interimResults && words.length > 1) {
        fire(r, 'result', { resultIndex: 0, results: resultList([words.slice(0, Math.ceil(words.length / 2)).join(' ')], false) });
      }
      setTimeout(() => {
        control.lastFinalAt = performance.now();
        fire(r, 'result', { resultIndex: 0, results: resultList(alternatives.slice(0, Math.max(1, r.maxAlternatives)), true) });
        setTimeout(() => finish(r), 10);
      }, 30);
    },
    fail(code) {
      const r = current;
      if (!r) throw new Error('fake SpeechRecognition: nobody is listening');
      fire(r, 'error', { error: code, message: '' });
      finish(r);
    },
  };

  const w = window as unknown as Record<string, unknown>;
  w.SpeechRecognition = FakeSpeechRecognition;
  w.webkitSpeechRecognition = FakeSpeechRecognition;
  w.__recognition = control;
}

/** Removes speech recognition entirely, as in Firefox. */
export function removeSpeechRecognition(): void {
  const w = window as unknown as Record<string, unknown>;
  delete w.SpeechRecognition;
  delete w.webkitSpeechRecognition;
  Object.defineProperty(window, 'webkitSpeechRecognition', { value: undefined, configurable: true });
}

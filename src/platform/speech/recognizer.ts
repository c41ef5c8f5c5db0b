// Speech input port and its Web Speech implementation (SpeechRecognition / webkitSpeechRecognition).

/** Why listening failed, in categories the interface can explain. */
export type RecognitionProblem =
  | 'unsupported'
  | 'denied'
  | 'no-microphone'
  | 'network'
  | 'offline'
  | 'no-speech'
  | 'language'
  /** The app's own on-device ear is on, but hears only other languages (English), and the browser cannot help now. */
  | 'ear-language'
  | 'busy'
  | 'unknown';

/** On-device recognition for a language (SpeechRecognition.available with processLocally): 'unavailable' where not offered. */
export type LocalRecognition = 'available' | 'downloadable' | 'downloading' | 'unavailable';

export interface ListenHandlers {
  /** Words heard so far (not final). */
  onInterim(text: string): void;
  /** The final transcript's alternatives, most likely first. */
  onFinal(alternatives: string[]): void;
  onError(problem: RecognitionProblem): void;
  /** The recognizer started (true) or stopped (false) hearing speech (speechstart / speechend). */
  onSpeech?(speaking: boolean): void;
  /** Always called last, once. */
  onEnd(): void;
}

export interface ListenSession {
  /** Stop listening and deliver what was heard. */
  stop(): void;
  /** Stop listening and drop what was heard. */
  abort(): void;
}

export interface Recognizer {
  readonly supported: boolean;
  /**
   * Starts one recognition session in a BCP 47 language ("en-US", "vi-VN"), on the device when `local`. A session
   * started at a speech onset asks for the audio just before it (`prerollMs`), where the recognizer can give it.
   */
  listen(lang: string, handlers: ListenHandlers, options?: { local?: boolean; prerollMs?: number }): ListenSession;
  /** Whether the browser can recognise this language on the device (works offline, audio stays local). */
  localAvailability(lang: string): Promise<LocalRecognition>;
  /** Asks the browser to download on-device recognition for the language; true when it is then available. */
  installLocal(lang: string): Promise<boolean>;
}

/** How many alternatives to ask for: later alternatives often hold the command the first one misheard. */
export const MAX_ALTERNATIVES = 3;
/** A session that never ends on its own (some engines never fire `end`) is aborted after this long. */
export const MAX_SESSION_MS = 20_000;

interface AlternativeLike {
  transcript: string;
}
interface ResultLike {
  readonly isFinal: boolean;
  readonly length: number;
  [index: number]: AlternativeLike;
}
interface ResultListLike {
  readonly length: number;
  [index: number]: ResultLike;
}
interface RecognitionLike extends EventTarget {
  lang: string;
  processLocally?: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  continuous: boolean;
  start(): void;
  stop(): void;
  abort(): void;
  onresult: ((e: { resultIndex: number; results: ResultListLike }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onspeechstart: (() => void) | null;
  onspeechend: (() => void) | null;
  onend: (() => void) | null;
}
interface LocalOptions {
  langs: string[];
  processLocally: boolean;
}
type RecognitionCtor = (new () => RecognitionLike) & {
  available?: (o: LocalOptions) => Promise<string>;
  install?: (o: LocalOptions) => Promise<boolean>;
};

export function mapRecognitionError(code: string): RecognitionProblem {
  switch (code) {
    case 'not-allowed':
    case 'service-not-allowed':
      return 'denied';
    case 'audio-capture':
      return 'no-microphone';
    case 'network':
      return 'network';
    case 'no-speech':
      return 'no-speech';
    case 'language-not-supported':
      return 'language';
    default:
      return 'unknown';
  }
}

function ctorOf(win: Window): RecognitionCtor | null {
  const w = win as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** Web Speech recognizer; `supported` is false in browsers without it (Firefox). */
export function createWebRecognizer(win: Window = window): Recognizer {
  const Ctor = ctorOf(win);
  return {
    supported: Ctor !== null,
    async localAvailability(lang) {
      if (!Ctor?.available) return 'unavailable';
      const a = await Ctor.available({ langs: [lang], processLocally: true }).catch(() => 'unavailable');
      return a === 'available' || a === 'downloadable' || a === 'downloading' ? a : 'unavailable';
    },
    async installLocal(lang) {
      if (!Ctor?.install) return false;
      return Ctor.install({ langs: [lang], processLocally: true }).catch(() => false);
    },
    listen(lang, h, options = {}) {
      if (!Ctor) {
        h.onError('unsupported');
        h.onEnd();
        return { stop: () => {}, abort: () => {} };
      }
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        win.clearTimeout(guard);
        h.onEnd();
      };
      const rec: RecognitionLike = new Ctor();
      rec.lang = lang;
      if (options.local) rec.processLocally = true;
      rec.interimResults = true;
      rec.maxAlternatives = MAX_ALTERNATIVES;
      rec.continuous = false;
      let delivered = false;
      let aborted = false;
      rec.onresult = (e) => {
        let interim = '';
        const finals: ResultLike[] = [];
        for (let i = 0; i < e.results.length; i++) {
          const r = e.results[i];
          if (r.isFinal) finals.push(r);
          else interim += r[0]?.transcript ?? '';
        }
        if (finals.length > 0 && !delivered && !aborted) {
          delivered = true;
          const alternatives: string[] = [];
          // One final result is the norm; if an engine splits the utterance, join the top choices.
          if (finals.length === 1) for (let j = 0; j < finals[0].length; j++) alternatives.push(finals[0][j].transcript.trim());
          else alternatives.push(finals.map((r) => r[0]?.transcript.trim() ?? '').join(' '));
          h.onFinal(alternatives.filter(Boolean));
        } else if (interim.trim()) {
          h.onInterim(interim.trim());
        }
      };
      rec.onerror = (e) => {
        if (e.error !== 'aborted') h.onError(mapRecognitionError(e.error));
      };
      rec.onspeechstart = () => h.onSpeech?.(true);
      rec.onspeechend = () => h.onSpeech?.(false);
      rec.onend = end;
      const guard = win.setTimeout(() => {
        aborted = true;
        rec.abort();
        end();
      }, MAX_SESSION_MS);
      try {
        rec.start();
      } catch {
        h.onError('busy');
        end();
      }
      return {
        stop: () => rec.stop(),
        abort: () => {
          aborted = true;
          rec.abort();
        },
      };
    },
  };
}

// Speech output port and its Web Speech implementation (speechSynthesis), hardened against known engine bugs:
// lost `end` events (watchdog), garbage-collected utterances (kept referenced), our own cancels reported as
// errors (silenced), empty or late voice lists (lang alone until `voiceschanged`), failing voices (one retry
// with another voice), and browsers that speak only after a user gesture (unlock on the first tap, where needed).
import type { SpeechFailure } from '../../domain/player/machine';
import { estimateSpeechMs, watchdogMs } from '../../domain/text/speech-time';
import { speechTag } from '../../domain/types';
import { gestureAloneUnlocks } from '../system/gesture-unlock';

export interface VoiceInfo {
  name: string;
  lang: string;
  local: boolean;
  isDefault: boolean;
}

export interface SpeakRequest {
  text: string;
  /** Primary language subtag of the text ("en", "vi"). */
  lang: string;
  rate: number;
}

export interface SpeakHandlers {
  onStart(): void;
  onEnd(): void;
  onError(failure: SpeechFailure): void;
}

/** The speech output port. One utterance at a time: the player speaks sentence by sentence. */
export interface Synthesizer {
  /** 'speech' speaks aloud; 'silent' (no speechSynthesis) only paces captions. */
  readonly kind: 'speech' | 'silent';
  speak(request: SpeakRequest, handlers: SpeakHandlers): void;
  /** Stops the utterance in flight; its handlers are never called afterwards. */
  cancel(): void;
  voices(): VoiceInfo[];
  /** Resolves once the engine has listed its voices, or after `timeoutMs` (the list may stay empty on Linux). */
  ready(timeoutMs?: number): Promise<void>;
  /** Called whenever the voice list changes; returns an unsubscribe function. */
  onVoicesChanged(listener: () => void): () => void;
  /** The person's chosen voice per language (voice names); absent languages use the best match. */
  setPreferredVoices(byLang: Readonly<Record<string, string | undefined>>): void;
  /** Called inside the first user gesture, so that speech may start later (see `gestureAloneUnlocks`). */
  unlock(): void;
  /**
   * Runs `run` once the utterance last handed to the engine has started (or ended, failed, been cancelled; at the
   * latest after START_WAIT_MS), at once when none is waiting: for work that can wait, since the engine needs the CPU
   * for its first sound.
   */
  afterStart(run: () => void): void;
  /**
   * Makes afterStart() wait before anything is handed to the engine too: for a command being acted on, which will most
   * likely speak in a moment, so that what can wait (the screen) waits for its first sound rather than taking the CPU
   * just before it. Returns the release; released anyway after HOLD_MS.
   */
  hold(): () => void;
  /** Utterances ended by the watchdog because `end` never came. */
  watchdogEndings(): number;
}

interface VoiceLike {
  name: string;
  lang: string;
  default: boolean;
  localService: boolean;
}

const norm = (tag: string) => tag.replace('_', '-').toLowerCase();

/** The best installed voice for a language: exact region, then any of the language; defaults and local voices first. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string, offline = false, preferred?: string, exclude?: ReadonlySet<string>): V | null {
  const usable = exclude ? voices.filter((v) => !exclude.has(v.name)) : voices;
  const tag = norm(speechTag(lang));
  const primary = tag.split('-')[0];
  const chosen = preferred ? usable.find((v) => v.name === preferred && norm(v.lang).split('-')[0] === primary) : undefined;
  if (chosen) return chosen;
  const score = (v: V) => {
    const l = norm(v.lang);
    const match = l === tag ? 2 : l.split('-')[0] === primary ? 1 : 0;
    if (match === 0) return -1;
    return match * 4 + (offline && v.localService ? 2 : 0) + (v.default ? 1 : 0);
  };
  let best: V | null = null;
  let bestScore = -1;
  for (const v of usable) {
    const s = score(v);
    if (s > bestScore) {
      best = v;
      bestScore = s;
    }
  }
  return best;
}

/** The longest afterStart() waits for an utterance to start (the engine's start is 50–100 ms here; a stuck one never). */
export const START_WAIT_MS = 1000;
/** The longest a hold() makes afterStart() wait before anything is spoken (a command that reads or loads for longer). */
export const HOLD_MS = 150;

/** Engine errors worth one more try with another voice. */
const RETRYABLE = new Set(['synthesis-failed', 'audio-busy', 'voice-unavailable', 'language-unavailable']);

function mapError(code: string): SpeechFailure {
  if (code === 'not-allowed') return 'not-allowed';
  if (code === 'voice-unavailable' || code === 'language-unavailable') return 'no-voice';
  if (code === 'audio-busy') return 'busy';
  return 'engine';
}

type SpeechWindow = Pick<Window & typeof globalThis, 'speechSynthesis' | 'SpeechSynthesisUtterance' | 'navigator' | 'setTimeout' | 'clearTimeout'>;

/** speechSynthesis-backed synthesizer. Keeps every live utterance referenced (Chrome drops events of collected ones). */
export function createWebSynthesizer(win: SpeechWindow = window): Synthesizer {
  const synth = win.speechSynthesis;
  if (!synth || typeof win.SpeechSynthesisUtterance !== 'function') return createSilentSynthesizer();
  let voices: SpeechSynthesisVoice[] = synth.getVoices();
  const listeners = new Set<() => void>();
  /** Voice picks per language and online state (13,362 voices on Linux: scanning them per sentence adds up). */
  const picks = new Map<string, SpeechSynthesisVoice | null>();
  synth.addEventListener?.('voiceschanged', () => {
    voices = synth.getVoices();
    picks.clear();
    listeners.forEach((l) => l());
  });
  const live = new Set<SpeechSynthesisUtterance>();
  const silenced = new WeakSet<SpeechSynthesisUtterance>();
  let preferred: Readonly<Record<string, string | undefined>> = {};
  let unlocked = false;
  let watchdogs = 0;
  /** The utterance handed to the engine that has not started yet, and what waits for it (afterStart). */
  let starting: SpeechSynthesisUtterance | null = null;
  const waiting: (() => void)[] = [];
  /** Holds not yet released (hold()). */
  let holds = 0;

  /** What waited runs, in a task of its own after this event, once nothing is starting or held (or when forced). */
  function flush(force = false) {
    if (!force && (starting !== null || holds > 0)) return;
    const run = waiting.splice(0);
    if (run.length) win.setTimeout(() => run.forEach((f) => f()), 0);
  }

  /** `u` started or is over (null: whatever was starting). */
  function settleStart(u: SpeechSynthesisUtterance | null) {
    if (u && u !== starting) return;
    starting = null;
    flush();
  }

  function utter(text: string, lang: string, rate: number, voice: SpeechSynthesisVoice | null): SpeechSynthesisUtterance {
    const u = new win.SpeechSynthesisUtterance(text);
    u.lang = speechTag(lang);
    // Left at its default when 1: setting it costs speech-dispatcher an extra command (~20 ms to the first sound, measured).
    if (rate !== 1) u.rate = rate;
    if (voice) u.voice = voice;
    return u;
  }

  /** Speaks once; on a retryable engine error, once more with another voice (or with `lang` alone). */
  function attempt(request: SpeakRequest, h: SpeakHandlers, failedVoices: Set<string>) {
    const { text, lang, rate } = request;
    const offline = win.navigator.onLine === false;
    const key = `${lang}|${offline}`;
    let voice: SpeechSynthesisVoice | null;
    if (failedVoices.size === 0 && picks.has(key)) {
      voice = picks.get(key) ?? null;
    } else {
      voice = pickVoice(voices.length ? voices : synth.getVoices(), lang, offline, preferred[lang], failedVoices);
      if (failedVoices.size === 0) picks.set(key, voice);
    }
    const u = utter(text, lang, rate, voice);
    let settled = false;
    let started = false;
    const finish = (report: () => void) => {
      if (settled) return;
      settled = true;
      win.clearTimeout(timer);
      live.delete(u);
      settleStart(u);
      if (!silenced.has(u)) report();
    };
    // The watchdog: an utterance that started but never ended was spoken and lost its `end` (Chrome's long-utterance
    // cut-off): go on. One that never even started means a stuck engine: report it (the player pauses after a few).
    const timer = win.setTimeout(() => {
      if (settled) return;
      watchdogs += 1;
      silenced.add(u);
      synth.cancel();
      settled = true;
      live.delete(u);
      settleStart(u);
      if (started) h.onEnd();
      else h.onError('timeout');
    }, watchdogMs(text, rate));
    u.onstart = () => {
      started = true;
      settleStart(u);
      if (!settled && !silenced.has(u)) h.onStart();
    };
    u.onend = () => finish(h.onEnd);
    u.onerror = (e: SpeechSynthesisErrorEvent) =>
      finish(() => {
        if (RETRYABLE.has(e.error) && failedVoices.size === 0) {
          failedVoices.add(voice?.name ?? '');
          attempt(request, h, failedVoices);
        } else {
          h.onError(mapError(e.error));
        }
      });
    live.add(u);
    starting = u;
    synth.speak(u);
  }

  return {
    kind: 'speech',
    speak(request, h) {
      // Blank text must never reach the engine: Chromium on speech-dispatcher fails it and then speaks nothing more.
      if (!request.text.trim()) {
        win.setTimeout(() => h.onEnd(), 0);
        return;
      }
      attempt(request, h, new Set());
    },
    cancel() {
      for (const u of live) silenced.add(u);
      live.clear();
      synth.cancel();
      settleStart(null);
    },
    voices: () => voices.map((v) => ({ name: v.name, lang: v.lang, local: v.localService, isDefault: v.default })),
    ready(timeoutMs = 3000) {
      if (voices.length > 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          listeners.delete(done);
          win.clearTimeout(timer);
          resolve();
        };
        const timer = win.setTimeout(done, timeoutMs);
        listeners.add(done);
      });
    },
    onVoicesChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setPreferredVoices(byLang) {
      preferred = byLang;
      picks.clear();
    },
    unlock() {
      if (unlocked) return;
      unlocked = true;
      // Not where the gesture is enough, nor while speech is under way (it evidently may start, and would wait behind it).
      if (gestureAloneUnlocks(win.navigator) || live.size > 0 || synth.speaking) return;
      // A space, not '': an empty utterance wedges Chromium's queue on speech-dispatcher (measured).
      const u = new win.SpeechSynthesisUtterance(' ');
      u.volume = 0;
      live.add(u);
      silenced.add(u);
      u.onend = u.onerror = () => live.delete(u);
      synth.speak(u);
    },
    afterStart(run) {
      if (starting === null && holds === 0) return run();
      const u = starting;
      // At the latest: a stuck engine never starts.
      if (waiting.push(run) === 1)
        win.setTimeout(() => {
          if (u) settleStart(u);
          flush(true);
        }, START_WAIT_MS);
    },
    hold() {
      holds++;
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        win.clearTimeout(timer);
        holds--;
        flush();
      };
      const timer = win.setTimeout(release, HOLD_MS);
      return release;
    },
    watchdogEndings: () => watchdogs,
  };
}

/** Paces sentences by their estimated speaking time without sound: captions still advance. */
export function createSilentSynthesizer(): Synthesizer {
  let timers: ReturnType<typeof setTimeout>[] = [];
  return {
    kind: 'silent',
    speak({ text, rate }, h) {
      timers.push(setTimeout(() => h.onStart(), 0));
      timers.push(setTimeout(() => h.onEnd(), estimateSpeechMs(text, rate)));
    },
    cancel() {
      timers.forEach(clearTimeout);
      timers = [];
    },
    voices: () => [],
    ready: () => Promise.resolve(),
    onVoicesChanged: () => () => undefined,
    setPreferredVoices: () => undefined,
    unlock: () => undefined,
    afterStart: (run) => run(),
    hold: () => () => undefined,
    watchdogEndings: () => 0,
  };
}

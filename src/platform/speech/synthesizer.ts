// Speech output port and its Web Speech implementation (speechSynthesis), hardened against known engine bugs.
import type { SpeechFailure } from '../../domain/player/machine';
import { estimateSpeechMs, watchdogMs } from '../../domain/text/speech-time';
import { speechTag } from '../../domain/types';

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
  /** Utterances ended by the watchdog because `end` never came. */
  watchdogEndings(): number;
}

const norm = (tag: string) => tag.replace('_', '-').toLowerCase();

/** The best installed voice for a language: exact region, then any of the language; defaults and local voices first. */
export function pickVoice<V extends { lang: string; default: boolean; localService: boolean }>(voices: readonly V[], lang: string, offline = false): V | null {
  const tag = norm(speechTag(lang));
  const primary = tag.split('-')[0];
  const score = (v: V) => {
    const l = norm(v.lang);
    const match = l === tag ? 2 : l.split('-')[0] === primary ? 1 : 0;
    if (match === 0) return -1;
    return match * 4 + (offline && v.localService ? 2 : 0) + (v.default ? 1 : 0);
  };
  let best: V | null = null;
  let bestScore = -1;
  for (const v of voices) {
    const s = score(v);
    if (s > bestScore) {
      best = v;
      bestScore = s;
    }
  }
  return best;
}

function mapError(code: string): SpeechFailure {
  if (code === 'not-allowed') return 'not-allowed';
  if (code === 'voice-unavailable' || code === 'language-unavailable') return 'no-voice';
  return 'engine';
}

/** speechSynthesis-backed synthesizer. Keeps every live utterance referenced (Chrome drops events of collected ones). */
export function createWebSynthesizer(win: Window & typeof globalThis = window): Synthesizer {
  const synth = win.speechSynthesis;
  if (!synth || typeof win.SpeechSynthesisUtterance !== 'function') return createSilentSynthesizer();
  let voices: SpeechSynthesisVoice[] = synth.getVoices();
  synth.addEventListener?.('voiceschanged', () => {
    voices = synth.getVoices();
  });
  const live = new Set<SpeechSynthesisUtterance>();
  const silenced = new WeakSet<SpeechSynthesisUtterance>();
  let watchdogs = 0;

  return {
    kind: 'speech',
    speak({ text, lang, rate }, h) {
      const u = new win.SpeechSynthesisUtterance(text);
      u.lang = speechTag(lang);
      u.rate = rate;
      const voice = pickVoice(voices.length ? voices : synth.getVoices(), lang, win.navigator.onLine === false);
      if (voice) u.voice = voice;
      let settled = false;
      const settle = (report: () => void) => {
        if (settled) return;
        settled = true;
        win.clearTimeout(timer);
        live.delete(u);
        if (!silenced.has(u)) report();
      };
      const timer = win.setTimeout(() => {
        if (settled) return;
        watchdogs += 1;
        silenced.add(u);
        synth.cancel();
        settled = true;
        live.delete(u);
        h.onError('timeout');
      }, watchdogMs(text, rate));
      u.onstart = () => {
        if (!settled && !silenced.has(u)) h.onStart();
      };
      u.onend = () => settle(h.onEnd);
      u.onerror = (e: SpeechSynthesisErrorEvent) => settle(() => h.onError(mapError(e.error)));
      live.add(u);
      synth.speak(u);
    },
    cancel() {
      for (const u of live) silenced.add(u);
      live.clear();
      synth.cancel();
    },
    voices: () =>
      voices.map((v) => ({ name: v.name, lang: v.lang, local: v.localService, isDefault: v.default })),
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
    watchdogEndings: () => 0,
  };
}

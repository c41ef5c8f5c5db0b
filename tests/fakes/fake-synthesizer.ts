// A synthesizer the test drives by hand: it records what would be spoken and ends utterances on request.
import type { SpeechFailure } from '../../src/domain/player/machine';
import type { SpeakHandlers, SpeakRequest, Synthesizer, VoiceInfo } from '../../src/platform/speech/synthesizer';

export interface FakeSynthesizer extends Synthesizer {
  /** Every utterance ever started, in order. */
  readonly spoken: SpeakRequest[];
  /** The utterance in flight, if any. */
  current(): SpeakRequest | null;
  cancels: number;
  /** Ends the utterance in flight normally. */
  end(): void;
  /** Fails the utterance in flight. */
  fail(failure: SpeechFailure): void;
  /** Ends utterances one by one until nothing is in flight (or the limit), returning the texts spoken. */
  drain(limit?: number): string[];
  /** Replaces the installed voices and tells listeners, like `voiceschanged`. */
  setVoices(voices: VoiceInfo[]): void;
  preferred: Readonly<Record<string, string | undefined>>;
  unlocked: boolean;
  /** While true, utterances do not start by themselves (as a real engine takes its time): `start()` starts the one in flight. */
  holdStarts: boolean;
  start(): void;
}

export function createFakeSynthesizer(initialVoices: VoiceInfo[] = []): FakeSynthesizer {
  let inFlight: { request: SpeakRequest; handlers: SpeakHandlers } | null = null;
  /** What waits for the utterance in flight to start (afterStart), while starts are held. */
  const afterStarting: (() => void)[] = [];
  /** Holds not yet released (hold(): a command being acted on). */
  let holds = 0;
  const started = () => {
    if (holds === 0) afterStarting.splice(0).forEach((run) => run());
  };
  let installed = initialVoices;
  const listeners = new Set<() => void>();
  const fake: FakeSynthesizer = {
    kind: 'speech',
    spoken: [],
    cancels: 0,
    speak(request, handlers) {
      fake.spoken.push(request);
      inFlight = { request, handlers };
      if (!fake.holdStarts) handlers.onStart();
    },
    holdStarts: false,
    start() {
      inFlight?.handlers.onStart();
      started();
    },
    cancel() {
      fake.cancels += 1;
      inFlight = null;
      started();
    },
    current: () => inFlight?.request ?? null,
    end() {
      const u = inFlight;
      inFlight = null;
      started();
      u?.handlers.onEnd();
    },
    fail(failure) {
      const u = inFlight;
      inFlight = null;
      started();
      u?.handlers.onError(failure);
    },
    drain(limit = 200) {
      const texts: string[] = [];
      for (let i = 0; i < limit && inFlight; i++) {
        texts.push(inFlight.request.text);
        fake.end();
      }
      return texts;
    },
    voices: () => installed,
    ready: () => Promise.resolve(),
    onVoicesChanged: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    setVoices: (v) => {
      installed = v;
      listeners.forEach((l) => l());
    },
    preferred: {},
    setPreferredVoices: (p) => {
      fake.preferred = p;
    },
    unlocked: false,
    unlock: () => {
      fake.unlocked = true;
    },
    afterStart(run) {
      if ((fake.holdStarts && inFlight) || holds > 0) afterStarting.push(run);
      else run();
    },
    hold() {
      holds++;
      let held = true;
      return () => {
        if (!held) return;
        held = false;
        holds--;
        if (!(fake.holdStarts && inFlight)) started();
      };
    },
    watchdogEndings: () => 0,
  };
  return fake;
}

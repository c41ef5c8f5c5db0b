// Sound-event detector port: the microphone classified by YAMNet, reported as pipeline inputs for the event logic.
import type { SoundInput } from '../../domain/sound/sound-stream';

/** Why hands-free listening could not start or stopped, in words the interface can explain. */
export type SoundProblem =
  /** The person or the browser refused the microphone. */
  | 'denied'
  /** No microphone is connected. */
  | 'no-microphone'
  /** Another program holds the microphone. */
  | 'busy'
  /** The sound model or its WASM could not load. */
  | 'model'
  /** The browser lacks AudioWorklet, workers or WebAssembly. */
  | 'unsupported'
  | 'unknown';

export interface SoundHandlers {
  /** The model is loaded and the microphone is open (load time in ms, for the panel and the benchmark). */
  onReady(info: { loadMs: number }): void;
  /** Pipeline reports, in time order, about ten times a second, with what they cost the worker's thread. */
  onInputs(inputs: SoundInput[], cost: { busyMs: number; audioSeconds: number }): void;
  /** Listening failed or stopped for a reason; the session is over. */
  onProblem(problem: SoundProblem, detail?: string): void;
}

export interface SoundSession {
  /** Stops the microphone (its indicator goes off) and frees the model. */
  stop(): void;
}

export interface SoundDetector {
  /** What the browser lacks for hands-free listening, or null when it has everything. */
  readonly missing: string | null;
  /**
   * The microphone has one owner here (phones): the detector must let go of it while speech recognition listens,
   * or the recognizer hears nothing.
   */
  readonly exclusiveMicrophone: boolean;
  start(handlers: SoundHandlers): SoundSession;
}

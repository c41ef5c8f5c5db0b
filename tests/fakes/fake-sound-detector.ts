// A scripted sound detector: tests decide when the model is ready, what the pipeline reports, and what fails.
import type { SoundInput } from '../../src/domain/sound/sound-stream';
import type { SoundDetector, SoundHandlers, SoundProblem } from '../../src/platform/sound/sound-detector';

export interface FakeSoundDetector extends SoundDetector {
  missing: string | null;
  exclusiveMicrophone: boolean;
  /** Whether a session is running now (started and neither stopped nor failed). */
  readonly running: boolean;
  starts: number;
  stops: number;
  ready(loadMs?: number): void;
  /** Sends pipeline reports; `cost` is what the worker's thread spent on them (default: 1 ms per 0.1 s). */
  emit(inputs: SoundInput[], cost?: { busyMs: number; audioSeconds: number }): void;
  fail(problem: SoundProblem, detail?: string): void;
}

export function createFakeSoundDetector(): FakeSoundDetector {
  let handlers: SoundHandlers | null = null;
  const fake: FakeSoundDetector = {
    missing: null,
    exclusiveMicrophone: false,
    starts: 0,
    stops: 0,
    get running() {
      return handlers !== null;
    },
    start(h) {
      fake.starts++;
      handlers = h;
      return {
        stop: () => {
          if (handlers === h) handlers = null;
          fake.stops++;
        },
      };
    },
    ready: (loadMs = 600) => handlers?.onReady({ loadMs }),
    emit: (inputs, cost = { busyMs: 1, audioSeconds: 0.1 }) => handlers?.onInputs(inputs, cost),
    fail: (problem, detail) => {
      const h = handlers;
      handlers = null;
      h?.onProblem(problem, detail);
    },
  };
  return fake;
}

// A scripted microphone level: tests decide whether it opens and what level it reports.
import type { MicLevel } from '../../src/platform/sound/mic-level';

export interface FakeMicLevel extends MicLevel {
  supported: boolean;
  /** Whether open() gets the microphone (false: refused). */
  grants: boolean;
  /** Streams open now. */
  readonly openCount: number;
  opens: number;
  /** Reports a level to the open stream. */
  report(db: number): void;
}

export function createFakeMicLevel(): FakeMicLevel {
  let listener: ((db: number) => void) | null = null;
  const fake: FakeMicLevel = {
    supported: true,
    grants: true,
    opens: 0,
    get openCount() {
      return listener ? 1 : 0;
    },
    async open(onLevel) {
      fake.opens++;
      if (!fake.supported || !fake.grants) return null;
      listener = onLevel;
      return {
        close: () => {
          if (listener === onLevel) listener = null;
        },
      };
    },
    report(db) {
      if (!listener) throw new Error('fake mic level: no stream is open');
      listener(db);
    },
  };
  return fake;
}

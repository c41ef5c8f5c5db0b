// The recorded pipeline output for each test sound (tests/fixtures/sounds/scores, made by `npm run sounds:record`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SoundInput } from '../../src/domain/sound/sound-stream';

export interface SoundRecording {
  seconds: number;
  /** Snap and clap groups: when each sound of the group starts. */
  groups: { kind: 'snaps' | 'claps'; at: number[] }[];
  speechAt: number | null;
  /** Windows and onsets, in order (level reports left out). */
  inputs: SoundInput[];
}

export const loadRecording = (name: string): SoundRecording =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sounds', 'scores', `${name}.json`), 'utf8')) as SoundRecording;

// The messages between the page and the classifier worker, apart from the worker itself: the page (DOM realm) imports
// these types without pulling the worker's code (WebWorker realm) into its type check.
import type { SoundRules } from '../../domain/sound/rules';
import type { SoundInput } from '../../domain/sound/sound-stream';

export type WorkerRequest = { type: 'init'; wasmBase: string; modelUrl: string; rules: SoundRules } | { type: 'audio'; port: MessagePort } | { type: 'close' };
export type WorkerReply =
  | { type: 'ready'; loadMs: number }
  /** `busyMs`: the thread's time for this chunk (onsets, windows and classification); `audioSeconds`: the chunk's length. */
  | { type: 'inputs'; inputs: SoundInput[]; busyMs: number; audioSeconds: number }
  | { type: 'failed'; detail: string };

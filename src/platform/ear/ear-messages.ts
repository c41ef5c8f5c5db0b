// The messages between the page and the on-device recognizer's worker (ear-worker.ts), apart from the worker itself:
// the page (DOM realm) imports these types without pulling the worker's code into its type check.
import type { DeviceNames } from '../../domain/ear/phrase-graph';

/** Where the worker finds the model and the runtime (the app's own folder, never a CDN), and the cache that keeps them. */
export interface EarFiles {
  /** onnxruntime-web's loader for its WASM (imported by the runtime) and the WASM itself. */
  glue: string;
  wasm: string;
  encoder: string;
  decoder: string;
  /** Their size together, bytes (for the progress bar). */
  bytes: number;
  /** Cache Storage name: the files are kept there once downloaded, for offline use. */
  cache: string;
}

export type EarRequest =
  | { type: 'load'; files: EarFiles; names: DeviceNames }
  | { type: 'names'; names: DeviceNames }
  /** Listen to the microphone's chunks on `port` until the utterance ends (or `stop`), then decode it. */
  | { type: 'listen'; id: number; port: MessagePort }
  | { type: 'stop'; id: number }
  | { type: 'abort'; id: number };

export type EarReply =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'ready'; loadMs: number; phrases: number }
  | { type: 'failed'; problem: 'offline' | 'storage' | 'model'; detail: string }
  | { type: 'speech'; id: number; speaking: boolean }
  /** The session's result: `transcript` is empty when nothing was said. `ms`: end of speech → result. */
  | { type: 'heard'; id: number; transcript: string; phrase: string | null; free: string; ms: number };

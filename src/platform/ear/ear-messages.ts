// The messages between the page and the on-device recognizer's worker (ear-worker.ts), apart from the worker itself:
// the page (DOM realm) imports these types without pulling the worker's code into its type check.
import type { DeviceNames } from '../../domain/ear/phrase-graph';
import type { EarFiles } from './ear-cache';

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
  /**
   * The session's result: `transcript` is empty when nothing was said. `ms`: the session's end (the endpoint's wait
   * for quiet, or stop) → result; `afterSpeechMs`: the last word → result, that wait included. `second`: the second
   * ear's phrase in its dictionary's words ('' when it heard nothing or failed), `secondConfidence` how sure it was of
   * it (domain/ear/phone-loop.ts; null when it cannot tell).
   */
  | { type: 'heard'; id: number; transcript: string; phrase: string | null; free: string; second: string; secondConfidence: number | null; ms: number; afterSpeechMs: number };

/**
 * The name of the performance mark (User Timing) the page leaves for each command heard, its detail
 * `{ ms, afterSpeechMs, phrase, transcript, second, secondConfidence }` as in the `heard` reply: for the tests and the benchmark that read it.
 */
export const EAR_HEARD_MARK = 'earshot:ear-heard';

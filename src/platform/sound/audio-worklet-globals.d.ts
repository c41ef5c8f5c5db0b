// The AudioWorkletGlobalScope as mic-worklet.ts uses it (TypeScript ships no lib for it): only these members, so the
// worklet cannot reach for what the audio thread lacks (fetch, timers, the DOM). Used by tsconfig.worklet.json only.

// What arrives is whatever was posted, typed by the handler, as in TypeScript's DOM lib.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
interface MessageEvent<T = any> {
  readonly data: T;
}

interface MessagePort {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  close(): void;
}

declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;

/** The context's sample rate, in Hz. */
declare const sampleRate: number;

// The microphone's live level while a Talk session listens: a stream of its own through an AnalyserNode, read about
// 15 times a second. Nothing is recorded or kept; the stream closes with the session.
//
// Phones hand the microphone to one owner at a time: a second stream there takes it from the system's speech
// recognizer, which then hears nothing. So on phones no stream is opened and the Talk button shows speech instead.
import { levelDb } from '../../domain/sound/level';
import { singleOwnerMicrophone, type NavigatorLike } from './mic-support';

export interface MicLevelSession {
  /** Stops the stream (the microphone indicator goes off) and its audio context. */
  close(): void;
}

export interface MicLevel {
  /** False where a level stream would take the microphone from speech recognition (phones), or cannot be opened. */
  readonly supported: boolean;
  /** Opens the microphone and reports its level in dBFS; null when it cannot (refused, none, busy). */
  open(onLevel: (db: number) => void): Promise<MicLevelSession | null>;
}

/** How often the level is read while listening. */
export const LEVEL_READ_MS = 66;

export function createMicLevel(win: Window & typeof globalThis = window): MicLevel {
  const nav = win.navigator;
  const supported =
    typeof nav.mediaDevices?.getUserMedia === 'function' && typeof win.AudioContext === 'function' && !singleOwnerMicrophone(nav as NavigatorLike);
  return {
    supported,
    async open(onLevel) {
      if (!supported) return null;
      let stream: MediaStream;
      try {
        stream = await nav.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true } });
      } catch {
        return null;
      }
      let context: AudioContext;
      try {
        context = new win.AudioContext();
      } catch {
        stream.getTracks().forEach((t) => t.stop());
        return null;
      }
      const analyser = context.createAnalyser();
      analyser.fftSize = 2048;
      context.createMediaStreamSource(stream).connect(analyser);
      void context.resume().catch(() => undefined);
      const samples = new Float32Array(analyser.fftSize);
      const timer = win.setInterval(() => {
        analyser.getFloatTimeDomainData(samples);
        onLevel(levelDb(samples));
      }, LEVEL_READ_MS);
      let closed = false;
      return {
        close() {
          if (closed) return;
          closed = true;
          win.clearInterval(timer);
          stream.getTracks().forEach((t) => t.stop());
          void context.close().catch(() => undefined);
        },
      };
    },
  };
}

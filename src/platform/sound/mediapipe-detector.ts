// The sound-event detector in the browser: microphone → AudioWorklet (16 kHz) → worker running YAMNet → reports.
import { SOUND_RULES, type SoundRules } from '../../domain/sound/rules';
import { AudioSetupError, openMicCapture, type MicCapture } from './mic-capture';
import { micProblem, missingFeature, singleOwnerMicrophone } from './mic-support';
import type { SoundDetector, SoundProblem, SoundSession } from './sound-detector';
import type { WorkerReply, WorkerRequest } from './sound-worker-messages';

export interface DetectorOptions {
  /** Where the app serves MediaPipe's WASM (scripts/vite-plugins.ts copies it there), never a CDN. */
  wasmBase: string;
  modelUrl: string;
  rules: SoundRules;
}

const DEFAULTS: DetectorOptions = { wasmBase: '/mediapipe/wasm', modelUrl: '/models/yamnet.tflite', rules: SOUND_RULES };

export function createMediaPipeDetector(options: Partial<DetectorOptions> = {}): SoundDetector {
  const { wasmBase, modelUrl, rules } = { ...DEFAULTS, ...options };
  return {
    missing: missingFeature(),
    exclusiveMicrophone: singleOwnerMicrophone(navigator),
    start(handlers): SoundSession {
      let stopped = false;
      let capture: MicCapture | null = null;
      const worker = new Worker(new URL('./sound-worker.ts', import.meta.url));
      const send = (message: WorkerRequest, transfer: Transferable[] = []) => worker.postMessage(message, transfer);

      const stop = () => {
        if (stopped) return;
        stopped = true;
        capture?.release();
        // close() flushes MediaPipe's logger (refused by the worker's fetch guard), then the worker ends itself.
        send({ type: 'close' });
        setTimeout(() => worker.terminate(), 1000);
      };
      const fail = (problem: SoundProblem, detail?: string) => {
        if (stopped) return;
        stop();
        handlers.onProblem(problem, detail);
      };

      const openMicrophone = async (loadMs: number) => {
        try {
          capture = await openMicCapture();
        } catch (error) {
          return fail(error instanceof AudioSetupError ? 'unsupported' : micProblem(error), (error as Error)?.message);
        }
        if (stopped) return capture.release();
        const { port } = capture.tap();
        send({ type: 'audio', port }, [port]);
        // A microphone unplugged mid-session ends the capture.
        capture.onEnded(() => fail('no-microphone'));
        handlers.onReady({ loadMs });
      };

      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (stopped) return;
        if (reply.type === 'ready') void openMicrophone(reply.loadMs);
        else if (reply.type === 'inputs') handlers.onInputs(reply.inputs, { busyMs: reply.busyMs, audioSeconds: reply.audioSeconds });
        else fail('model', reply.detail);
      };
      worker.onerror = (event) => fail('model', event.message || 'the sound worker could not start');
      send({ type: 'init', wasmBase, modelUrl, rules });
      return { stop };
    },
  };
}

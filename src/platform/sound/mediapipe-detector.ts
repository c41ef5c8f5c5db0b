// The sound-event detector in the browser: microphone → AudioWorklet (16 kHz) → worker running YAMNet → reports.
import { SOUND_RULES, type SoundRules } from '../../domain/sound/rules';
import { micProblem, missingFeature, singleOwnerMicrophone } from './mic-support';
import type { SoundDetector, SoundProblem, SoundSession } from './sound-detector';
import type { WorkerReply, WorkerRequest } from './sound-worker-messages';
import workletUrl from './mic-worklet.ts?worker&url';

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
      let stream: MediaStream | null = null;
      let context: AudioContext | null = null;
      const worker = new Worker(new URL('./sound-worker.ts', import.meta.url));
      const send = (message: WorkerRequest, transfer: Transferable[] = []) => worker.postMessage(message, transfer);

      const stop = () => {
        if (stopped) return;
        stopped = true;
        stream?.getTracks().forEach((t) => t.stop());
        void context?.close().catch(() => undefined);
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
          stream = await navigator.mediaDevices.getUserMedia({
            audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
          });
        } catch (error) {
          return fail(micProblem(error), (error as Error)?.message);
        }
        if (stopped) return stream.getTracks().forEach((t) => t.stop());
        try {
          context = createContext();
          let source: MediaStreamAudioSourceNode;
          try {
            source = context.createMediaStreamSource(stream);
          } catch {
            // Firefox cannot connect a microphone to a context at another rate: run at the device's rate instead.
            void context.close();
            context = new AudioContext({ latencyHint: 'playback' });
            source = context.createMediaStreamSource(stream);
          }
          await context.audioWorklet.addModule(workletUrl);
          if (stopped) return;
          const node = new AudioWorkletNode(context, 'earshot-mic', { numberOfInputs: 1, numberOfOutputs: 0, channelCount: 1 });
          const channel = new MessageChannel();
          node.port.postMessage({ port: channel.port1 }, [channel.port1]);
          send({ type: 'audio', port: channel.port2 }, [channel.port2]);
          source.connect(node);
          if (context.state === 'suspended') await context.resume().catch(() => undefined);
          // Turned on by a remembered setting at launch, before any tap: the browser may keep audio suspended
          // until the person touches the page, so the first tap or key starts it.
          if (context.state === 'suspended') {
            const suspended = context;
            const wake = () => void suspended.resume().catch(() => undefined);
            for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, wake, { once: true, capture: true });
          }
          // A microphone unplugged mid-session ends its track.
          stream.getAudioTracks()[0]?.addEventListener('ended', () => fail('no-microphone'));
          handlers.onReady({ loadMs });
        } catch (error) {
          fail('unsupported', (error as Error)?.message);
        }
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

/** 16 kHz where the browser resamples the microphone for us (Chromium); the device's rate otherwise (the worklet resamples). */
function createContext(): AudioContext {
  try {
    return new AudioContext({ sampleRate: 16_000, latencyHint: 'playback' });
  } catch {
    return new AudioContext({ latencyHint: 'playback' });
  }
}

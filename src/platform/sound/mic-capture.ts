// The one microphone capture the page holds: getUserMedia → an AudioContext (16 kHz where the browser resamples) →
// the worklet (mic-worklet.ts), which sends 100 ms chunks to each listener through a port of its own. Hands-free's
// classifier and the on-device recognizer listen to the same capture, so the microphone is opened once (phones allow
// one owner) and its indicator means one thing. It closes when its last user lets go.
import workletUrl from './mic-worklet.ts?worker&url';

export interface MicCapture {
  /**
   * A new listener: a port that receives Float32Array chunks of 16 kHz audio, starting with up to `prerollMs` of what
   * the capture heard just before (so a listener that joins at a speech onset hears its start). `close` stops it.
   */
  tap(prerollMs?: number): { port: MessagePort; close(): void };
  /** Called when the microphone goes away (unplugged): the capture is over. */
  onEnded(listener: () => void): void;
  /** This user is done; the microphone closes when no user is left. */
  release(): void;
}

interface Shared {
  stream: MediaStream;
  context: AudioContext;
  node: AudioWorkletNode;
  users: number;
  ended: Set<() => void>;
}

/** The microphone opened, but the browser could not run the audio thread on it (AudioContext, AudioWorklet). */
export class AudioSetupError extends Error {
  override name = 'AudioSetupError';
}

let opening: Promise<Shared> | null = null;
/** The capture `opening` resolved to, while it is open. */
let current: Shared | null = null;
let nextTap = 1;

/** 16 kHz where the browser resamples the microphone for us (Chromium); the device's rate otherwise (the worklet resamples). */
function createContext(): AudioContext {
  try {
    return new AudioContext({ sampleRate: 16_000, latencyHint: 'playback' });
  } catch {
    return new AudioContext({ latencyHint: 'playback' });
  }
}

async function open(): Promise<Shared> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
  });
  let context: AudioContext | null = null;
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
    const node = new AudioWorkletNode(context, 'earshot-mic', { numberOfInputs: 1, numberOfOutputs: 0, channelCount: 1 });
    source.connect(node);
    if (context.state === 'suspended') await context.resume().catch(() => undefined);
    // Turned on by a remembered setting at launch, before any tap: the browser may keep audio suspended until the
    // person touches the page, so the first tap or key starts it.
    if (context.state === 'suspended') {
      const suspended = context;
      const wake = () => void suspended.resume().catch(() => undefined);
      for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, wake, { once: true, capture: true });
    }
    const shared: Shared = { stream, context, node, users: 0, ended: new Set() };
    // A microphone unplugged mid-session ends its track.
    stream.getAudioTracks()[0]?.addEventListener('ended', () => {
      close(shared);
      shared.ended.forEach((l) => l());
    });
    current = shared;
    return shared;
  } catch (error) {
    stream.getTracks().forEach((t) => t.stop());
    void context?.close().catch(() => undefined);
    throw new AudioSetupError((error as Error)?.message ?? String(error));
  }
}

function close(shared: Shared) {
  if (current !== shared) return;
  current = null;
  opening = null;
  shared.stream.getTracks().forEach((t) => t.stop());
  void shared.context.close().catch(() => undefined);
}

/** Opens the microphone, or joins the capture already open. Rejects with getUserMedia's or the worklet's error. */
export async function openMicCapture(): Promise<MicCapture> {
  const mine = (opening ??= open());
  let shared: Shared;
  try {
    shared = await mine;
  } catch (error) {
    if (opening === mine) opening = null;
    throw error;
  }
  shared.users++;
  const endedHere = new Set<() => void>();
  let released = false;
  const taps = new Set<() => void>();
  return {
    tap(prerollMs = 0) {
      const id = nextTap++;
      const channel = new MessageChannel();
      shared.node.port.postMessage({ add: id, port: channel.port1, prerollMs }, [channel.port1]);
      const stop = () => {
        if (!taps.delete(stop)) return;
        shared.node.port.postMessage({ remove: id });
        channel.port2.close();
      };
      taps.add(stop);
      return { port: channel.port2, close: stop };
    },
    onEnded(listener) {
      endedHere.add(listener);
      shared.ended.add(listener);
    },
    release() {
      if (released) return;
      released = true;
      taps.forEach((stop) => stop());
      endedHere.forEach((l) => shared.ended.delete(l));
      shared.users--;
      if (shared.users === 0) close(shared);
    },
  };
}

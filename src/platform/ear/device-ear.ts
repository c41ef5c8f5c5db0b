// The on-device ear, as the page sees it: a second implementation of the Recognizer port (speech/recognizer.ts) that
// hears English commands with Moonshine Tiny in a worker (ear-worker.ts), from the one microphone capture the page
// holds (sound/mic-capture.ts, shared with Hands-free). Nothing is downloaded until `load` is called; the files then
// stay in Cache Storage, so it loads offline after. Which languages it hears is configuration (`EarModel`): a
// Vietnamese model, once one can be had, is one more entry.
import type { Lang } from '../../domain/types';
import type { DeviceNames } from '../../domain/ear/phrase-graph';
import { AudioSetupError, openMicCapture, type MicCapture } from '../sound/mic-capture';
import { micProblem, missingFeature } from '../sound/mic-support';
import type { Recognizer } from '../speech/recognizer';
import type { EarFiles } from './ear-cache';
import { EAR_HEARD_MARK, type EarReply, type EarRequest } from './ear-messages';
import earWorkerUrl from './ear-worker.ts?worker&url';

/** One language's model: its files, served by the app itself (scripts/vite-plugins.ts puts them under /ear/). */
export interface EarModel {
  lang: Lang;
  files: EarFiles;
}

export type EarLoadProblem = 'offline' | 'storage' | 'model' | 'unsupported';

export interface DeviceEar {
  /** The languages a model is configured for ('en'), whatever the browser. */
  readonly langs: readonly Lang[];
  /** What the browser lacks to run it (AudioWorklet, workers, WebAssembly, the microphone), or null. */
  readonly missing: string | null;
  /** Bytes downloaded the first time, per language. */
  downloadBytes(lang: Lang): number;
  /** Starts the worker and loads the model (downloading it the first time), reporting progress 0…1. */
  load(lang: Lang, onProgress: (fraction: number) => void): Promise<{ loadMs: number } | { problem: EarLoadProblem; detail: string }>;
  /** Stops the worker; with `forget`, removes the downloaded files too. */
  unload(forget: boolean): Promise<void>;
  /** The topics and outlets on the device, for the phrases' open slots. */
  setNames(names: DeviceNames): void;
  /** Listens once loaded. Sessions that start at a speech onset ask for the audio just before it (`prerollMs`). */
  readonly recognizer: Recognizer;
}

/** A session in which nobody speaks gives up after this long (the endpointer's own limit is 8 s of audio). */
const MAX_SESSION_MS = 20_000;

export function createDeviceEar(models: readonly EarModel[]): DeviceEar {
  const missing = missingFeature();
  let worker: Worker | null = null;
  let loadedLang: Lang | null = null;
  let names: DeviceNames = { topics: [], outlets: [] };
  let nextId = 1;
  const modelOf = (lang: Lang) => models.find((m) => m.lang === lang);
  const send = (m: EarRequest, transfer: Transferable[] = []) => worker?.postMessage(m, transfer);
  const sessions = new Map<number, (reply: EarReply) => void>();

  const recognizer: DeviceEar['recognizer'] = {
    get supported() {
      return worker !== null && loadedLang !== null;
    },
    localAvailability: async () => 'unavailable',
    installLocal: async () => false,
    listen(lang, h, options = {}) {
      const id = nextId++;
      let done = false;
      let capture: MicCapture | null = null;
      let closeTap = () => {};
      const end = () => {
        if (done) return;
        done = true;
        clearTimeout(guard);
        sessions.delete(id);
        closeTap();
        capture?.release();
        h.onEnd();
      };
      const guard = setTimeout(() => {
        send({ type: 'abort', id });
        end();
      }, MAX_SESSION_MS);
      if (!worker || loadedLang === null || !lang.toLowerCase().startsWith(loadedLang)) {
        h.onError(worker ? 'language' : 'unsupported');
        end();
        return { stop: () => {}, abort: () => {} };
      }
      sessions.set(id, (reply) => {
        if (reply.type === 'speech') h.onSpeech?.(reply.speaking);
        else if (reply.type === 'heard') {
          // For the browser's own performance timeline (and the tests and bench that read it): how long the result took.
          if (reply.transcript) performance.mark(EAR_HEARD_MARK, { detail: { ms: reply.ms, afterSpeechMs: reply.afterSpeechMs, phrase: reply.phrase, transcript: reply.transcript, second: reply.second, secondConfidence: reply.secondConfidence } });
          if (reply.transcript) h.onFinal([reply.transcript]);
          else h.onError('no-speech');
          end();
        }
      });
      let stopped: 'stop' | 'abort' | null = null;
      void openMicCapture().then(
        (opened) => {
          if (done || stopped === 'abort') return opened.release();
          capture = opened;
          const tap = opened.tap(options.prerollMs ?? 0);
          closeTap = tap.close;
          opened.onEnded(() => {
            h.onError('no-microphone');
            send({ type: 'abort', id });
            end();
          });
          send({ type: 'listen', id, port: tap.port }, [tap.port]);
          if (stopped === 'stop') send({ type: 'stop', id });
        },
        (error: unknown) => {
          if (done) return;
          const problem = error instanceof AudioSetupError ? 'unknown' : micProblem(error);
          h.onError(problem === 'denied' || problem === 'no-microphone' || problem === 'busy' ? problem : 'unknown');
          end();
        },
      );
      return {
        stop() {
          if (done) return;
          stopped = 'stop';
          // Decode what was heard so far; the result comes back as for an utterance that ended by itself.
          if (capture) send({ type: 'stop', id });
        },
        abort() {
          if (done) return;
          stopped = 'abort';
          send({ type: 'abort', id });
          end();
        },
      };
    },
  };

  return {
    langs: models.map((m) => m.lang),
    missing,
    downloadBytes: (lang) => modelOf(lang)?.files.bytes ?? 0,
    load(lang, onProgress) {
      const model = modelOf(lang);
      if (!model) return Promise.resolve({ problem: 'unsupported', detail: `no on-device model for ${lang}` });
      if (missing) return Promise.resolve({ problem: 'unsupported', detail: missing });
      worker?.terminate();
      loadedLang = null;
      const w = new Worker(earWorkerUrl, { type: 'module' });
      worker = w;
      return new Promise((resolve) => {
        w.onmessage = (event: MessageEvent<EarReply>) => {
          const reply = event.data;
          if (reply.type === 'progress') onProgress(reply.total > 0 ? Math.min(1, reply.loaded / reply.total) : 0);
          else if (reply.type === 'ready') {
            loadedLang = lang;
            w.onmessage = (e: MessageEvent<EarReply>) => {
              const r = e.data;
              if (r.type === 'speech' || r.type === 'heard') sessions.get(r.id)?.(r);
            };
            resolve({ loadMs: reply.loadMs });
          } else if (reply.type === 'failed') {
            w.terminate();
            if (worker === w) worker = null;
            resolve({ problem: reply.problem, detail: reply.detail });
          }
        };
        w.onerror = (event) => {
          w.terminate();
          if (worker === w) worker = null;
          resolve({ problem: 'model', detail: event.message || 'the recognizer could not start' });
        };
        send({ type: 'load', files: model.files, names });
      });
    },
    async unload(forget) {
      worker?.terminate();
      worker = null;
      loadedLang = null;
      if (forget && typeof caches !== 'undefined') for (const m of models) await caches.delete(m.files.cache).catch(() => false);
    },
    setNames(next) {
      names = next;
      send({ type: 'names', names });
    },
    recognizer,
  };
}

// The classifier's thread: YAMNet through MediaPipe on 0.975 s windows every 0.5 s, plus onsets and loudness,
// so the page's main thread only receives small reports. A classic worker: MediaPipe loads its WASM with importScripts.
import { AudioClassifier, FilesetResolver } from '@mediapipe/tasks-audio';
import { classesOf, createSoundStream, type Scores, type SoundInput } from '../../domain/sound/sound-stream';
import type { SoundRules } from '../../domain/sound/rules';
import { keepFetchLocal } from './offline-guard';
import type { WorkerReply, WorkerRequest } from './sound-worker-messages';

interface WorkerScope {
  fetch: typeof fetch;
  location: { origin: string };
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
  close(): void;
}
const scope = self as unknown as WorkerScope;

// MediaPipe's logger POSTs usage to Google every 60 s and on close(): refuse every request off this origin.
keepFetchLocal(scope, scope.location.origin);

/** Longest wait before reports go to the page (seconds of audio). */
const POST_EVERY_S = 0.3;

let classifier: AudioClassifier | null = null;
let rules: SoundRules | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') void init(message);
  else if (message.type === 'audio') listen(message.port);
  else {
    classifier?.close();
    scope.close();
  }
};

async function init({ wasmBase, modelUrl, rules: r }: Extract<WorkerRequest, { type: 'init' }>) {
  const started = performance.now();
  try {
    const fileset = await FilesetResolver.forAudioTasks(wasmBase);
    classifier = await AudioClassifier.createFromOptions(fileset, {
      baseOptions: { modelAssetPath: modelUrl },
      maxResults: -1,
      categoryAllowlist: classesOf(r),
    });
    rules = r;
    scope.postMessage({ type: 'ready', loadMs: performance.now() - started });
  } catch (error) {
    scope.postMessage({ type: 'failed', detail: error instanceof Error ? error.message : String(error) });
  }
}

function listen(port: MessagePort) {
  if (!classifier || !rules) return;
  const model = classifier;
  let batch: SoundInput[] = [];
  const classify = (window: Float32Array): Scores => {
    const scores: Scores = {};
    for (const c of model.classify(window, 16_000)[0]?.classifications[0]?.categories ?? []) scores[c.categoryName ?? ''] = c.score;
    return scores;
  };
  let busyMs = 0;
  let audioSeconds = 0;
  const stream = createSoundStream(rules, classify, (input) => batch.push(input));
  port.onmessage = (event: MessageEvent<Float32Array>) => {
    const started = performance.now();
    stream.push(event.data);
    busyMs += performance.now() - started;
    audioSeconds += event.data.length / 16_000;
    // A classified window goes to the page at once (speech starts listening); otherwise reports wait up to
    // POST_EVERY_S, so the page's main thread handles ~4 messages a second instead of one per 100 ms chunk.
    if (!batch.some((i) => i.type === 'window') && audioSeconds < POST_EVERY_S - 1e-6) return;
    scope.postMessage({ type: 'inputs', inputs: batch, busyMs, audioSeconds });
    batch = [];
    busyMs = 0;
    audioSeconds = 0;
  };
}

// YAMNet through @mediapipe/tasks-audio in Node, with the app's own pipeline: for recording scores and for tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createSoundStream, classesOf, type Scores, type SoundInput } from '../../src/domain/sound/sound-stream';
import { SOUND_RULES, type SoundRules } from '../../src/domain/sound/rules';
import { keepFetchLocal } from '../../src/platform/sound/offline-guard';

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('@mediapipe/tasks-audio'));
export const MODEL = join(import.meta.dirname, '..', '..', 'public', 'models', 'yamnet.tflite');

type Classifier = { classify(data: Float32Array, rate: number): { classifications: { categories: { categoryName: string; score: number }[] }[] }[]; close(): void };

/** Loads the classifier the way Node can: MediaPipe's module loader, with the worker globals it expects. */
export async function loadNodeClassifier(rules: SoundRules = SOUND_RULES): Promise<Classifier> {
  const g = globalThis as Record<string, unknown>;
  g.self ??= globalThis;
  g.importScripts ??= () => {
    throw new TypeError('importScripts is not available in Node');
  };
  // MediaPipe's logger would POST usage to Google every 60 s (and keep Node running): nothing leaves, here either.
  if (!(g.fetch as { earshotGuard?: boolean }).earshotGuard) {
    keepFetchLocal(globalThis, null);
    (g.fetch as { earshotGuard?: boolean }).earshotGuard = true;
  }
  const { AudioClassifier, FilesetResolver } = await import('@mediapipe/tasks-audio');
  const fileset = await FilesetResolver.forAudioTasks(join(PACKAGE, 'wasm'), true);
  const classifier = await AudioClassifier.createFromOptions(fileset, {
    baseOptions: { modelAssetBuffer: new Uint8Array(readFileSync(MODEL)) },
    maxResults: -1,
    categoryAllowlist: classesOf(rules),
  });
  return classifier as unknown as Classifier;
}

export const scoresOf = (classifier: Classifier, window: Float32Array): Scores => {
  const scores: Scores = {};
  for (const c of classifier.classify(window, 16000)[0]?.classifications[0]?.categories ?? []) scores[c.categoryName] = Math.round(c.score * 1000) / 1000;
  return scores;
};

/** Runs a file through the app's pipeline in 100 ms chunks (as the worklet delivers them) and returns every input. */
export function runPipeline(classifier: Classifier, samples: Float32Array, rules: SoundRules = SOUND_RULES): SoundInput[] {
  const inputs: SoundInput[] = [];
  const stream = createSoundStream(rules, (w) => scoresOf(classifier, w), (i) => inputs.push(i));
  for (let i = 0; i < samples.length; i += 1600) stream.push(samples.subarray(i, i + 1600));
  return inputs;
}

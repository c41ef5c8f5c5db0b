// A linear model over hashed features: the weights of a feature for every label sit together in one bucket, so a
// score is a sum over the features' buckets. Weights are int8 with one scale per label (the trained model is ~4× smaller
// than in float32, and its scores differ by well under 1%).

export interface LinearModel {
  labels: readonly string[];
  /** How many buckets the features hash into. */
  buckets: number;
  /** Quantized weights, bucket-major: weights[bucket * labels.length + label]. */
  weights: Int8Array;
  /** Per label: a weight is weights[…] × scales[label]. */
  scales: Float32Array;
  bias: Float32Array;
}

/** FNV-1a over the UTF-16 code units of a feature, into a bucket. */
export function bucketOf(feature: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

/** Adds the features' quantized weights to per-label sums (a feature repeated counts again). */
export function accumulate(model: LinearModel, features: readonly string[], into: Float64Array): Float64Array {
  const n = model.labels.length;
  for (const f of features) {
    const base = bucketOf(f, model.buckets) * n;
    for (let l = 0; l < n; l++) into[l] += model.weights[base + l];
  }
  return into;
}

/** Per-label sums to scores (logits): scaled, with the bias. */
export function finish(model: LinearModel, sums: Float64Array): Float64Array {
  const out = new Float64Array(sums.length);
  for (let l = 0; l < sums.length; l++) out[l] = sums[l] * model.scales[l] + model.bias[l];
  return out;
}

/** The label scores (logits) of a set of features. */
export function scoresOf(model: LinearModel, features: readonly string[]): Float64Array {
  return finish(model, accumulate(model, features, new Float64Array(model.labels.length)));
}

/** Scores to probabilities (softmax, stable). */
export function softmax(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) sum += out[i] = Math.exp(scores[i] - max);
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

/** The serialised form committed in weights.ts: labels, sizes and base64 of the int8 weights. */
export interface SerialisedModel {
  labels: readonly string[];
  buckets: number;
  scales: readonly number[];
  bias: readonly number[];
  weights: string;
}

export function loadModel(m: SerialisedModel): LinearModel {
  const bytes = atob(m.weights);
  const weights = new Int8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = (bytes.charCodeAt(i) << 24) >> 24;
  if (weights.length !== m.buckets * m.labels.length) throw new Error(`model weights: ${weights.length} values for ${m.buckets} × ${m.labels.length}`);
  return { labels: m.labels, buckets: m.buckets, weights, scales: Float32Array.from(m.scales), bias: Float32Array.from(m.bias) };
}

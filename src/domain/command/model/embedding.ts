// A bag of hashed features in a small shared space (as fastText does): each feature's bucket holds a vector, an
// utterance is the mean of its features' vectors, and one linear layer scores every label from it. Sharing the space
// lets many labels (each kind of other assistant's request) cost little, and a subject seen in one domain weigh little.
import { bucketOf } from './linear';

export interface EmbeddingModel {
  labels: readonly string[];
  buckets: number;
  dims: number;
  /** Feature vectors, int8, bucket-major: vectors[bucket * dims + k] × vectorScale. */
  vectors: Int8Array;
  vectorScale: number;
  /** The output layer, label-major: output[label * dims + k]. */
  output: Float32Array;
  bias: Float32Array;
}

/** The label scores (logits) of a set of features. */
export function embeddingScores(model: EmbeddingModel, features: readonly string[]): Float64Array {
  const { dims, labels } = model;
  const h = new Float64Array(dims);
  for (const f of features) {
    const base = bucketOf(f, model.buckets) * dims;
    for (let k = 0; k < dims; k++) h[k] += model.vectors[base + k];
  }
  const norm = features.length > 0 ? model.vectorScale / features.length : 0;
  const out = new Float64Array(labels.length);
  for (let l = 0; l < labels.length; l++) {
    let s = model.bias[l];
    for (let k = 0; k < dims; k++) s += model.output[l * dims + k] * h[k] * norm;
    out[l] = s;
  }
  return out;
}

export interface SerialisedEmbedding {
  labels: readonly string[];
  buckets: number;
  dims: number;
  vectorScale: number;
  /** base64 of the int8 vectors. */
  vectors: string;
  output: readonly number[];
  bias: readonly number[];
}

export function loadEmbedding(m: SerialisedEmbedding): EmbeddingModel {
  const bytes = atob(m.vectors);
  const vectors = new Int8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) vectors[i] = (bytes.charCodeAt(i) << 24) >> 24;
  if (vectors.length !== m.buckets * m.dims) throw new Error(`model vectors: ${vectors.length} values for ${m.buckets} × ${m.dims}`);
  return { ...m, vectors, output: Float32Array.from(m.output), bias: Float32Array.from(m.bias) };
}

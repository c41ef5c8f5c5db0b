// Trains the bag-of-features model (src/domain/command/model/embedding.ts) as fastText does: SGD on the weighted
// cross-entropy, the learning rate falling linearly to zero, no other regularisation; then int8 vectors.
import { gzipSync } from 'node:zlib';
import { bucketOf } from '../../src/domain/command/model/linear';
import type { EmbeddingModel, SerialisedEmbedding } from '../../src/domain/command/model/embedding';
import type { Sample } from './linear-trainer';
import { seededRandom } from '../seeded-random';

export interface EmbeddingOptions {
  labels: readonly string[];
  buckets: number;
  dims: number;
  epochs: number;
  rate: number;
  seed: number;
}

export function trainEmbedding(samples: readonly Sample[], o: EmbeddingOptions): { model: EmbeddingModel; serialised: SerialisedEmbedding; gzipBytes: number } {
  const { dims } = o;
  const L = o.labels.length;
  const next = seededRandom(o.seed);
  const vectors = Float32Array.from({ length: o.buckets * dims }, () => (next() * 2 - 1) / dims);
  const output = new Float32Array(L * dims);
  const bias = new Float32Array(L);
  const ids = samples.map((s) => Int32Array.from(s.features, (f) => bucketOf(f, o.buckets)));
  const order = samples.map((_, i) => i);
  const h = new Float64Array(dims);
  const gh = new Float64Array(dims);
  const p = new Float64Array(L);
  const total = o.epochs * samples.length;
  let step = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const rate = o.rate * (1 - step++ / total);
      const f = ids[k];
      if (f.length === 0) continue;
      const { label, weight } = samples[k];
      h.fill(0);
      for (const b of f) for (let d = 0; d < dims; d++) h[d] += vectors[b * dims + d];
      for (let d = 0; d < dims; d++) h[d] /= f.length;
      let max = -Infinity;
      for (let l = 0; l < L; l++) {
        let s = bias[l];
        for (let d = 0; d < dims; d++) s += output[l * dims + d] * h[d];
        p[l] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let l = 0; l < L; l++) sum += p[l] = Math.exp(p[l] - max);
      gh.fill(0);
      for (let l = 0; l < L; l++) {
        const g = (p[l] / sum - (l === label ? 1 : 0)) * weight * rate;
        if (Math.abs(g) < 1e-9) continue;
        bias[l] -= g;
        for (let d = 0; d < dims; d++) {
          gh[d] += g * output[l * dims + d];
          output[l * dims + d] -= g * h[d];
        }
      }
      for (const b of f) for (let d = 0; d < dims; d++) vectors[b * dims + d] -= gh[d] / f.length;
    }
  }
  let max = 0;
  for (const v of vectors) max = Math.max(max, Math.abs(v));
  const vectorScale = max > 0 ? max / 127 : 1;
  const q = Int8Array.from(vectors, (v) => Math.max(-127, Math.min(127, Math.round(v / vectorScale))));
  const model: EmbeddingModel = { labels: o.labels, buckets: o.buckets, dims, vectors: q, vectorScale, output, bias };
  const serialised: SerialisedEmbedding = {
    labels: o.labels,
    buckets: o.buckets,
    dims,
    vectorScale: Number(vectorScale.toPrecision(7)),
    vectors: Buffer.from(q.buffer).toString('base64'),
    output: [...output].map((x) => Number(x.toPrecision(5))),
    bias: [...bias].map((x) => Number(x.toPrecision(6))),
  };
  return { model, serialised, gzipBytes: gzipSync(Buffer.from(JSON.stringify(serialised)), { level: 9 }).length };
}

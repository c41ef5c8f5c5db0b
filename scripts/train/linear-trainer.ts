// Trains a linear model over hashed features (multinomial logistic regression, AdaGrad, L2 on the weights a step
// touches), and quantizes it to the int8 form the device loads (src/domain/command/model/linear.ts).
import { gzipSync } from 'node:zlib';
import { bucketOf, type LinearModel, type SerialisedModel } from '../../src/domain/command/model/linear';
import { seededRandom } from '../seeded-random';

export interface Sample {
  features: readonly string[];
  label: number;
  weight: number;
}

export interface TrainOptions {
  labels: readonly string[];
  buckets: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export function trainLinear(samples: readonly Sample[], o: TrainOptions): { weights: Float32Array; bias: Float32Array } {
  const L = o.labels.length;
  const weights = new Float32Array(o.buckets * L);
  const bias = new Float32Array(L);
  const sq = new Float32Array(o.buckets * L);
  const sqBias = new Float32Array(L);
  const ids = samples.map((s) => Int32Array.from(s.features, (f) => bucketOf(f, o.buckets)));
  const order = samples.map((_, i) => i);
  const next = seededRandom(o.seed);
  const logits = new Float64Array(L);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const f = ids[k];
      const { label, weight } = samples[k];
      let max = -Infinity;
      for (let l = 0; l < L; l++) {
        let s = bias[l];
        for (const b of f) s += weights[b * L + l];
        logits[l] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let l = 0; l < L; l++) sum += logits[l] = Math.exp(logits[l] - max);
      for (let l = 0; l < L; l++) {
        const g = (logits[l] / sum - (l === label ? 1 : 0)) * weight;
        if (g === 0) continue;
        sqBias[l] += g * g;
        bias[l] -= (o.rate * g) / Math.sqrt(sqBias[l] + 1e-8);
        for (const b of f) {
          const w = b * L + l;
          const gw = g + o.l2 * weights[w];
          sq[w] += gw * gw;
          weights[w] -= (o.rate * gw) / Math.sqrt(sq[w] + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

/** The int8 model: one scale per label, from its largest weight. */
export function quantize(labels: readonly string[], buckets: number, trained: { weights: Float32Array; bias: Float32Array }): { model: LinearModel; serialised: SerialisedModel; gzipBytes: number } {
  const L = labels.length;
  const scales = new Float32Array(L);
  for (let l = 0; l < L; l++) {
    let max = 0;
    for (let b = 0; b < buckets; b++) max = Math.max(max, Math.abs(trained.weights[b * L + l]));
    scales[l] = max > 0 ? max / 127 : 1;
  }
  const q = new Int8Array(buckets * L);
  for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(trained.weights[i] / scales[i % L])));
  const model: LinearModel = { labels, buckets, weights: q, scales, bias: trained.bias };
  const serialised: SerialisedModel = {
    labels,
    buckets,
    scales: [...scales].map((s) => Number(s.toPrecision(7))),
    bias: [...trained.bias].map((b) => Number(b.toPrecision(7))),
    weights: Buffer.from(q.buffer).toString('base64'),
  };
  return { model, serialised, gzipBytes: gzipSync(Buffer.from(JSON.stringify(serialised)), { level: 9 }).length };
}

// Moonshine Tiny (Useful Sensors, MIT; the int8 ONNX files shipped in @moonshine-ai/moonshine-js) on onnxruntime-web:
// the encoder over 16 kHz audio, and the decoder one token at a time with its key-value cache, as the StepDecoder the
// ear's search drives (src/domain/ear/constrained-search.ts). The caller hands in the onnxruntime module (the page's
// worker imports `onnxruntime-web/wasm`; Node its default entry) and the model bytes.
import type * as Ort from 'onnxruntime-web';
import type { Step, StepDecoder } from '../../domain/ear/constrained-search';

type OrtModule = typeof Ort;
type Feeds = Record<string, Ort.Tensor>;

/** The vocabulary's real size: logits past it are padding. */
export const VOCAB = 32000;
export const START_TOKEN = 1;
export const END_TOKEN = 2;
const LAYERS = 6;
const HEADS = 8;
const HEAD_SIZE = 36;

/** One hypothesis's decoder cache: per layer, its keys and values so far ([8, length, 36] each, flattened). */
export interface DecoderCache {
  length: number;
  rows: Record<string, Float32Array>;
}

export interface Moonshine {
  /** The decoder over one clip of 16 kHz mono audio in [-1, 1]. */
  listen(audio: Float32Array): Promise<StepDecoder<DecoderCache>>;
}

/** Log-probabilities over the real vocabulary from one row of logits. */
function logSoftmax(logits: Float32Array, from: number): Float32Array {
  let max = -Infinity;
  for (let i = 0; i < VOCAB; i++) if (logits[from + i] > max) max = logits[from + i];
  let sum = 0;
  for (let i = 0; i < VOCAB; i++) sum += Math.exp(logits[from + i] - max);
  const log = max + Math.log(sum);
  const out = new Float32Array(VOCAB);
  for (let i = 0; i < VOCAB; i++) out[i] = logits[from + i] - log;
  return out;
}

/** The same rows `times` over, as one batch. */
function tile(data: Float32Array, times: number): Float32Array {
  const out = new Float32Array(data.length * times);
  for (let b = 0; b < times; b++) out.set(data, b * data.length);
  return out;
}

export async function loadMoonshine(ort: OrtModule, model: { encoder: Uint8Array; decoder: Uint8Array }): Promise<Moonshine> {
  const options: Ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
  const encoder = await ort.InferenceSession.create(model.encoder, options);
  const decoder = await ort.InferenceSession.create(model.decoder, options);
  const pastNames = decoder.inputNames.filter((n) => n.startsWith('past_key_values.'));
  if (pastNames.length !== LAYERS * 4) throw new Error(`moonshine decoder: ${pastNames.length} cache inputs, expected ${LAYERS * 4}`);
  const decoderNames = pastNames.filter((n) => n.includes('.decoder.'));
  const encoderNames = pastNames.filter((n) => n.includes('.encoder.'));
  const present = (name: string) => name.replace('past_key_values.', 'present.');
  const f32 = (data: Float32Array, dims: number[]) => new ort.Tensor('float32', data, dims);

  return {
    async listen(audio) {
      const { last_hidden_state: hidden } = await encoder.run({ input_values: f32(audio, [1, audio.length]) });
      const [, frames, width] = hidden.dims;
      const hiddenData = hidden.data as Float32Array;
      /** The encoder's half of the cache, from the first step: the same for every hypothesis. */
      let encoderCache: Record<string, Float32Array> = {};
      const tiled = new Map<number, Feeds>();
      /** The audio's encoding and the encoder cache for a batch of a size (made once per size). */
      const shared = (batch: number): Feeds => {
        let feeds = tiled.get(batch);
        if (!feeds) {
          feeds = { encoder_hidden_states: f32(batch === 1 ? hiddenData : tile(hiddenData, batch), [batch, frames, width]) };
          for (const name of encoderNames) feeds[name] = f32(tile(encoderCache[name], batch), [batch, HEADS, encoderCache[name].length / (HEADS * HEAD_SIZE), HEAD_SIZE]);
          tiled.set(batch, feeds);
        }
        return feeds;
      };
      const split = (out: Record<string, Ort.Tensor>, batch: number, length: number): Step<DecoderCache>[] => {
        const logits = out.logits.data as Float32Array;
        const stride = logits.length / batch;
        return Array.from({ length: batch }, (_, b) => {
          const rows: Record<string, Float32Array> = {};
          for (const name of decoderNames) {
            const data = out[present(name)].data as Float32Array;
            const size = data.length / batch;
            rows[name] = data.slice(b * size, (b + 1) * size);
          }
          return { state: { length, rows }, logProbs: logSoftmax(logits, b * stride) };
        });
      };
      /** The step after the start token: run once, whichever decoding asks first (steps are never changed). */
      let firstStep: Promise<Step<DecoderCache>> | null = null;
      const runFirst = async () => {
        const empty = f32(new Float32Array(0), [1, HEADS, 0, HEAD_SIZE]);
        const feeds: Feeds = { input_ids: new ort.Tensor('int64', BigInt64Array.from([BigInt(START_TOKEN)]), [1, 1]), encoder_hidden_states: hidden, use_cache_branch: new ort.Tensor('bool', [false], [1]) };
        for (const name of pastNames) feeds[name] = empty;
        const out = await decoder.run(feeds);
        encoderCache = Object.fromEntries(encoderNames.map((name) => [name, out[present(name)].data as Float32Array]));
        return split(out, 1, 1)[0];
      };
      return {
        first: () => (firstStep ??= runFirst()),
        async next(items) {
          const batch = items.length;
          const length = items[0].state.length;
          if (items.some((i) => i.state.length !== length)) throw new Error('moonshine: a batch of hypotheses must be of one length');
          const feeds: Feeds = {
            ...shared(batch),
            input_ids: new ort.Tensor('int64', BigInt64Array.from(items, (i) => BigInt(i.token)), [batch, 1]),
            use_cache_branch: new ort.Tensor('bool', [true], [1]),
          };
          for (const name of decoderNames) {
            const size = items[0].state.rows[name].length;
            const data = new Float32Array(size * batch);
            items.forEach((item, b) => data.set(item.state.rows[name], b * size));
            feeds[name] = f32(data, [batch, HEADS, length, HEAD_SIZE]);
          }
          return split(await decoder.run(feeds), batch, length + 1);
        },
      };
    },
  };
}

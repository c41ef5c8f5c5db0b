// Reading the 16 kHz mono 16-bit WAV files the tests, evaluations and benchmarks make or read.
import { readFileSync } from 'node:fs';

/** A 16 kHz mono 16-bit PCM WAV's samples in [-1, 1]; throws on any other format. */
export function readWav16k(path: string): Float32Array {
  const buf = readFileSync(path);
  if (buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') throw new Error(`${path} is not a WAV file`);
  let format: { tag: number; channels: number; rate: number; bits: number } | null = null;
  for (let at = 12; at + 8 <= buf.length; ) {
    const id = buf.toString('ascii', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      const tag = buf.readUInt16LE(body);
      // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
      format = { tag: tag === 0xfffe ? buf.readUInt16LE(body + 24) : tag, channels: buf.readUInt16LE(body + 2), rate: buf.readUInt32LE(body + 4), bits: buf.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      if (!format) throw new Error(`${path}: data before fmt`);
      if (format.tag !== 1 || format.channels !== 1 || format.rate !== 16000 || format.bits !== 16) {
        throw new Error(`${path} is not 16 kHz mono 16-bit PCM: ${JSON.stringify(format)}`);
      }
      const count = Math.floor(Math.min(size, buf.length - body) / 2);
      const samples = new Float32Array(count);
      for (let i = 0; i < count; i++) samples[i] = buf.readInt16LE(body + 2 * i) / 32768;
      return samples;
    }
    at = body + size + (size % 2);
  }
  throw new Error(`${path} has no data chunk`);
}

// Finger snaps and hand claps made with sox, so the hands-free tests need no one else's recordings.
// Each sound is a few layers of white noise, each band-limited and shaped by sox's exp wave (fast attack, exponential decay).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const FORMAT = ['-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer'];

export function tool(name: string, args: string[]): string {
  try {
    return execFileSync(name, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${name} is not installed: the hands-free tests make their audio with sox and espeak-ng (apt-get install sox espeak-ng; .ci/run does it).`, { cause: error });
    }
    throw error;
  }
}

/** sox's repeatable mode: the same seed for its noise and dither, so every machine makes the same files. */
export const SOX = (args: string[]) => tool('sox', ['-R', ...args]);

interface Layer {
  seconds: number;
  /** How far the exp envelope falls over `seconds`, in dB (sox counts it in steps of 2 dB). */
  dropDb: number;
  /** Where the attack ends, in percent of `seconds`. */
  attackPercent?: number;
  /** sox effects after the envelope: the band, a delay. */
  effects?: string[];
  volume?: number;
}

/** A burst that stays level (6 dB of fall) between a 2 ms rise and a 15 ms fade: a clap's first contact. */
const flat = (seconds: number, band: string, volume: number): Layer => ({
  seconds,
  dropDb: 6,
  attackPercent: 0.1,
  effects: ['sinc', band, 'fade', 't', '0.002', String(seconds), '0.015'],
  volume,
});

/**
 * A snap: a 20–30 ms broadband click over two ringing bands (about 2.2–2.7 kHz and 4.2–5 kHz, the pop of the finger
 * hitting the palm) that die away within 0.1–0.15 s. YAMNet scores these 0.8–1.0 as "Finger snapping".
 */
const SNAPS = {
  'snap-a': [
    { seconds: 0.03, dropDb: 50 },
    { seconds: 0.15, dropDb: 40, effects: ['bandpass', '2500', '300h'], volume: 0.8 },
    { seconds: 0.1, dropDb: 40, effects: ['bandpass', '4500', '600h'], volume: 0.5 },
  ],
  'snap-b': [
    { seconds: 0.02, dropDb: 50 },
    { seconds: 0.12, dropDb: 40, effects: ['bandpass', '2200', '250h'], volume: 0.8 },
    { seconds: 0.08, dropDb: 40, effects: ['bandpass', '4200', '500h'], volume: 0.5 },
  ],
} satisfies Record<string, Layer[]>;

/**
 * A clap: 25 ms of noise at 0.9–3 kHz (the air pushed out between the palms) with a broader 40 ms body, then a
 * 0.35 s tail falling 55 dB (the room). Alone, YAMNet hears "Hands"; in a run in a room with some hum, "Clapping".
 */
const CLAP: Layer[] = [
  flat(0.025, '900-3000', 0.8),
  flat(0.04, '250-5000', 0.6),
  { seconds: 0.35, dropDb: 55, effects: ['sinc', '200-5000', 'pad', '0.04'], volume: 0.45 },
];

export type SynthSound = keyof typeof SNAPS | 'clap';

/** Peak level of each sound, dBFS. */
const PEAK: Record<SynthSound, number> = { 'snap-a': -6, 'snap-b': -6, clap: -10 };

/** Makes one sound as a 16 kHz mono WAV in `dir` and returns its path. */
export function synthSound(dir: string, name: SynthSound): string {
  const layers: Layer[] = name === 'clap' ? CLAP : SNAPS[name];
  const parts = layers.map((l, i) => {
    const path = join(dir, `${name}-layer${i}.wav`);
    const envelope = ['synth', String(l.seconds), 'exp', 'amod', (1 / l.seconds).toFixed(4), '0', '0', String(l.attackPercent ?? 0.5), String(l.dropDb / 2)];
    SOX(['-n', ...FORMAT, path, 'synth', String(l.seconds), 'whitenoise', ...envelope, ...(l.effects ?? []), 'vol', String(l.volume ?? 1)]);
    return path;
  });
  const out = join(dir, `${name}.wav`);
  SOX(['-m', ...parts, ...FORMAT, out, 'gain', '-n', String(PEAK[name])]);
  return out;
}

/**
 * Claps placed at the given times over `seconds` of quiet, then a room's low hum (brown noise, about −50 dBFS)
 * mixed in: YAMNet needs the room around claps to call them clapping rather than slaps or a cap gun.
 */
export function clapRun(dir: string, out: string, at: number[], seconds: number): void {
  const clap = synthSound(dir, 'clap');
  const base = join(dir, 'clap-run-quiet.wav');
  SOX(['-n', ...FORMAT, base, 'synth', String(seconds), 'whitenoise', 'vol', '0.001']);
  const placed = at.map((t, i) => {
    const path = join(dir, `clap-run-${i}.wav`);
    SOX([clap, ...FORMAT, path, 'pad', t.toFixed(4), '0']);
    return path;
  });
  const claps = join(dir, 'clap-run-claps.wav');
  SOX(['-m', ...[base, ...placed].flatMap((p) => ['-v', '1', p]), ...FORMAT, claps, 'trim', '0', String(seconds)]);
  const hum = join(dir, 'clap-run-hum.wav');
  SOX(['-n', ...FORMAT, hum, 'synth', String(seconds), 'brownnoise', 'vol', '0.006']);
  SOX(['-m', claps, hum, ...FORMAT, out]);
}

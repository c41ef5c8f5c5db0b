// The spoken-command corpus the on-device recognizer is benchmarked on: every phrase of ear-phrases.ts said by eleven
// synthetic voices (espeak-ng, flite, festival's HTS voice), clean and with pink noise at 10 dB SNR, made with
// command-line tools and kept under .cache/ear-corpus/, one WAV per (voice, text, noise), so a second run makes nothing.
// Needs sox, espeak-ng, flite, festival and festvox-us-slt-hts (Debian packages); a voice whose tool is missing fails
// with the package to install.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { Command } from '../../src/domain/command/types';
import { FORMAT } from '../../tests/sound-synth';
import { EAR_COMMANDS, EAR_OUT_OF_GRAMMAR, expectedOf } from './ear-phrases';

export type EarNoise = 'clean' | 'snr10';

export interface EarItem {
  text: string;
  voice: string;
  noise: EarNoise;
  /** Absolute path of a 16 kHz mono 16-bit PCM WAV: 0.25 s of room tone, the speech, 0.25 s of room tone. */
  wav: string;
  /** What the parser makes of the text: what the recognizer's transcript must be read as. */
  expected: Command;
  outOfGrammar: boolean;
}

export const EAR_CACHE = join(import.meta.dirname, '..', '..', '.cache', 'ear-corpus');

/** Bump when the way files are made changes: every cached file is then made again. */
const RECIPE = 'ear-1';
/** Room tone before and after the speech, seconds. */
export const EAR_PAD_S = 0.25;
/** Room tone: white noise at −60 dBFS, under the whole file (a microphone never delivers digital zero). */
const ROOM_TONE_VOL = '0.001';
/** The speech's peak after trimming, dBFS: loud enough, with room for the noise on top. */
const SPEECH_PEAK_DB = '-6';
/** Where the speech starts and ends: the first and last 5 ms above −55 dBFS (the engines' silence is digital zero). */
const TRIM = ['silence', '1', '0.005', '-55d', 'reverse', 'silence', '1', '0.005', '-55d', 'reverse'];
export const EAR_SNR_DB = 10;
/** Seconds of pink noise every noisy file takes its noise from, each at its own offset. */
const BED_S = 60;

interface Voice {
  tool: string;
  /** The Debian package that installs the tool. */
  pkg: string;
  /** A file or folder the voice needs besides the tool, and its package. */
  needs?: { path: string; pkg: string };
  /** The command that says `text` into `out` (a WAV at the engine's own rate); `txt` is a file holding the text. */
  say(text: string, out: string, txt: string): string[];
}

const espeak = (lang: string, wpm: number): Voice => ({
  tool: 'espeak-ng',
  pkg: 'espeak-ng',
  say: (text, out) => ['-v', lang, '-s', String(wpm), '-w', out, text],
});
const flite = (name: string): Voice => ({ tool: 'flite', pkg: 'flite', say: (text, out) => ['-voice', name, '-t', text, '-o', out] });

const VOICES: Record<string, Voice> = {
  'espeak-en-us-140': espeak('en-us', 140),
  'espeak-en-us-175': espeak('en-us', 175),
  'espeak-en-us-210': espeak('en-us', 210),
  'espeak-en-gb-140': espeak('en-gb', 140),
  'espeak-en-gb-175': espeak('en-gb', 175),
  'espeak-en-gb-210': espeak('en-gb', 210),
  'flite-slt': flite('slt'),
  'flite-rms': flite('rms'),
  'flite-awb': flite('awb'),
  'flite-kal16': flite('kal16'),
  'festival-hts-slt': {
    tool: 'text2wave',
    pkg: 'festival',
    // text2wave answers an unknown voice with an error on stderr and exit code 0: look for the voice's files first.
    needs: { path: '/usr/share/festival/voices/us/cmu_us_slt_arctic_hts', pkg: 'festvox-us-slt-hts' },
    say: (_text, out, txt) => ['-eval', '(voice_cmu_us_slt_arctic_hts)', '-o', out, txt],
  },
};

export const EAR_VOICES: readonly string[] = Object.keys(VOICES);

const run = promisify(execFile);

async function tool(name: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(name, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
    return stdout + stderr;
  } catch (error) {
    const e = error as Error & { stderr?: string };
    throw new Error(`${name} ${args.join(' ')} failed: ${e.stderr?.trim() || e.message}`, { cause: error });
  }
}

/** sox in repeatable mode: the same noise and dither on every run, so a file made again is the same file. */
const sox = (args: string[]) => tool('sox', ['-R', ...args]);

function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Throws, naming the Debian packages to install, when a tool or voice the given voices need is missing. */
export function requireEarTools(voices: readonly string[]): void {
  const missing = new Set<string>();
  if (!onPath('sox')) missing.add('sox');
  for (const id of voices) {
    const voice = VOICES[id];
    if (!onPath(voice.tool)) missing.add(voice.pkg);
    if (voice.needs && !existsSync(voice.needs.path)) missing.add(voice.needs.pkg);
  }
  if (missing.size > 0) {
    const pkgs = [...missing].join(' ');
    throw new Error(`The ear corpus needs Debian packages that are not installed: ${pkgs} (apt-get install -y --no-install-recommends ${pkgs}).`);
  }
}

/** One value of `sox <file> -n [effects] stat`, by its label's words: "RMS amplitude", "Length (seconds)"… */
async function stat(file: string, name: string, effects: string[] = []): Promise<number> {
  const out = await sox([file, '-n', ...effects, 'stat']);
  const line = out.split('\n').find((l) => l.split(':')[0].trim().replace(/\s+/g, ' ') === name);
  const value = line ? Number(line.slice(line.indexOf(':') + 1)) : NaN;
  if (!Number.isFinite(value)) throw new Error(`sox stat gave no ${name} for ${file}:\n${out}`);
  return value;
}

const hashOf = (parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex');

function wavPath(voice: string, text: string, noise: EarNoise): string {
  return join(EAR_CACHE, voice, `${hashOf([RECIPE, voice, text, noise]).slice(0, 16)}.wav`);
}

/** Makes `out` in a folder of its own, moved into place only when whole: an interrupted run leaves no half file. */
async function make(out: string, build: (dir: string, to: string) => Promise<void>): Promise<void> {
  if (existsSync(out)) return;
  mkdirSync(join(EAR_CACHE, 'tmp'), { recursive: true });
  const dir = await mkdtemp(join(EAR_CACHE, 'tmp', 'item-'));
  try {
    const to = join(dir, 'out.wav');
    await build(dir, to);
    await rename(to, out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The engine's speech, trimmed to where it is heard, at 16 kHz and −6 dBFS peak, between 0.25 s pads, over room tone. */
async function makeClean(voiceId: string, text: string, out: string): Promise<void> {
  const voice = VOICES[voiceId];
  await make(out, async (dir, to) => {
    const raw = join(dir, 'raw.wav');
    const txt = join(dir, 'text.txt');
    await writeFile(txt, `${text}\n`);
    await tool(voice.tool, voice.say(text, raw, txt));
    if (!existsSync(raw)) throw new Error(`${voice.tool} made no audio for "${text}" (voice ${voiceId})`);
    const speech = join(dir, 'speech.wav');
    await sox([raw, ...FORMAT, speech, ...TRIM, 'gain', '-n', SPEECH_PEAK_DB]);
    const seconds = await stat(speech, 'Length (seconds)');
    if (!(seconds > 0.1)) throw new Error(`${voiceId} said "${text}" in ${seconds} s: no speech`);
    const padded = join(dir, 'padded.wav');
    await sox([speech, ...FORMAT, padded, 'pad', String(EAR_PAD_S), String(EAR_PAD_S)]);
    const tone = join(dir, 'tone.wav');
    await sox(['-n', ...FORMAT, tone, 'synth', (seconds + 2 * EAR_PAD_S).toFixed(6), 'whitenoise', 'vol', ROOM_TONE_VOL]);
    await sox(['-m', '-v', '1', padded, '-v', '1', tone, ...FORMAT, to]);
  });
}

let bed: Promise<string> | null = null;

/** A minute of pink noise, made once; noisy files take their noise from it at an offset of their own. */
function noiseBed(): Promise<string> {
  const path = join(EAR_CACHE, `pink-bed-${RECIPE}.wav`);
  bed ??= make(path, (_dir, to) => sox(['-n', ...FORMAT, to, 'synth', String(BED_S), 'pinknoise', 'vol', '0.5']).then(() => undefined)).then(() => path);
  return bed;
}

/** The RMS of a file's speech: all but its room-tone pads. */
export function speechRms(path: string): Promise<number> {
  return stat(path, 'RMS amplitude', ['trim', String(EAR_PAD_S), `-${EAR_PAD_S}`]);
}

/**
 * The clean file with pink noise added over its whole length, scaled so that over the speech (the file less its pads)
 * speech RMS / noise RMS is 10 dB: both measured with sox stat over that same stretch.
 */
async function makeNoisy(clean: string, key: string, out: string): Promise<void> {
  const source = await noiseBed();
  await make(out, async (dir, to) => {
    const total = await stat(clean, 'Length (seconds)');
    const room = Math.floor((BED_S - total - 1) * 1000);
    if (room <= 0) throw new Error(`${clean} is longer than the noise bed (${total} s)`);
    const offset = (parseInt(key.slice(0, 8), 16) % room) / 1000;
    const noise = join(dir, 'noise.wav');
    await sox([source, ...FORMAT, noise, 'trim', offset.toFixed(3), total.toFixed(6)]);
    const [signal, floor] = await Promise.all([speechRms(clean), speechRms(noise)]);
    const scale = signal / floor / 10 ** (EAR_SNR_DB / 20);
    await sox(['-m', '-v', '1', clean, '-v', scale.toFixed(6), noise, ...FORMAT, to]);
  });
}

/** `count` entries spread evenly over `list`. */
const spread = <T>(list: readonly T[], count: number): T[] => Array.from({ length: Math.min(count, list.length) }, (_, i) => list[Math.floor((i * list.length) / Math.min(count, list.length))]);

/** Up to `limit` phrases, spread evenly over the commands and over the out-of-grammar ones in proportion (one of each
 * at least, from a limit of 2), so a few still hold both kinds. */
function phrases(limit?: number): { text: string; outOfGrammar: boolean }[] {
  const commands = EAR_COMMANDS.map((p) => ({ text: p.text, outOfGrammar: false }));
  const others = EAR_OUT_OF_GRAMMAR.map((p) => ({ text: p.text, outOfGrammar: true }));
  const total = commands.length + others.length;
  if (limit === undefined || limit >= total) return [...commands, ...others];
  if (limit <= 0) return [];
  const fromOthers = limit < 2 ? 0 : Math.max(1, Math.round((limit * others.length) / total));
  return [...spread(commands, limit - fromOthers), ...spread(others, fromOthers)];
}

/** Runs the tasks, `width` at a time, and returns their results in order. */
async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}

/** One clean clip of any text in one voice, made on first use and then read from the cache (for tests of their own phrases). */
export async function spokenClip(voice: string, text: string): Promise<string> {
  if (!(voice in VOICES)) throw new Error(`Unknown ear-corpus voice: ${voice} (known: ${EAR_VOICES.join(', ')})`);
  const path = wavPath(voice, text, 'clean');
  if (!existsSync(path)) {
    requireEarTools([voice]);
    mkdirSync(join(EAR_CACHE, voice), { recursive: true });
    await makeClean(voice, text, path);
  }
  return path;
}

/**
 * Every phrase (or `limit` of them) in every voice asked for (all eleven by default), clean and (unless `noise` is
 * false) at 10 dB SNR: made on first use, then read from .cache/ear-corpus/. Items come phrase by phrase, voice by voice.
 */
export async function earCorpus(options: { voices?: string[]; noise?: boolean; limit?: number } = {}): Promise<EarItem[]> {
  const voices = options.voices ?? [...EAR_VOICES];
  const unknown = voices.filter((v) => !(v in VOICES));
  if (unknown.length > 0) throw new Error(`Unknown ear-corpus voices: ${unknown.join(', ')} (known: ${EAR_VOICES.join(', ')})`);
  const noises: EarNoise[] = options.noise === false ? ['clean'] : ['clean', 'snr10'];
  const wanted = phrases(options.limit);
  const jobs = wanted.flatMap(({ text }) => voices.map((voice) => ({ text, voice })));
  const paths = (text: string, voice: string) => Object.fromEntries(noises.map((n) => [n, wavPath(voice, text, n)])) as Partial<Record<EarNoise, string>>;
  const todo = jobs.filter(({ text, voice }) => noises.some((n) => !existsSync(wavPath(voice, text, n))));
  if (todo.length > 0) {
    requireEarTools([...new Set(todo.map((j) => j.voice))]);
    for (const voice of voices) mkdirSync(join(EAR_CACHE, voice), { recursive: true });
    const tasks = todo.map(({ text, voice }) => async () => {
      const p = paths(text, voice);
      await makeClean(voice, text, wavPath(voice, text, 'clean'));
      if (p.snr10) await makeNoisy(wavPath(voice, text, 'clean'), hashOf([voice, text]), p.snr10);
    });
    await pool(tasks, Math.max(1, availableParallelism()));
  }
  return wanted.flatMap(({ text, outOfGrammar }) => {
    const expected = expectedOf(text);
    return voices.flatMap((voice) => noises.map((noise) => ({ text, voice, noise, wav: wavPath(voice, text, noise), expected, outOfGrammar })));
  });
}

// Test audio made on the machine: snaps and claps synthesised with sox, espeak-ng speech, near-silence.
// Needs sox and espeak-ng (.ci/run installs them); fails with that message when they are missing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clapRun, FORMAT, SOX, synthSound, tool } from './sound-synth';

export const GENERATED = join(import.meta.dirname, 'fixtures', 'sounds', 'generated');

/** Where each sound happens in a generated file (seconds from its start), for tests to check timings against. */
export interface SoundTimeline {
  file: string;
  seconds: number;
  /** Snap and clap groups: when each sound of the group starts. */
  groups: { kind: 'snaps' | 'claps'; at: number[] }[];
  /** When speech starts (first sample above −40 dBFS after the leading silence), if any. */
  speechAt: number | null;
}

/** Quiet room tone (−60 dBFS white noise): real microphones never deliver digital zero. */
function roomTone(path: string, seconds: number) {
  SOX(['-n', ...FORMAT, path, 'synth', String(seconds), 'whitenoise', 'vol', '0.001']);
}

function lengthOf(path: string): number {
  return Number(tool('soxi', ['-D', path]).trim());
}

/** Joins pieces (files or silences) into one WAV and returns where each piece starts. */
export function sequence(out: string, pieces: (string | number)[], dir = GENERATED): number[] {
  const parts: string[] = [];
  const starts: number[] = [];
  let at = 0;
  pieces.forEach((piece, i) => {
    let path = piece as string;
    if (typeof piece === 'number') {
      path = join(dir, `gap-${i}-${piece}.wav`);
      roomTone(path, piece);
    }
    starts.push(at);
    parts.push(path);
    at += typeof piece === 'number' ? piece : lengthOf(path);
  });
  SOX([...parts, ...FORMAT, out]);
  return starts;
}

/** The first time a file rises above −40 dBFS (10 ms frames). */
function firstLoud(path: string): number {
  const raw = readFileSync(path);
  const data = raw.subarray(44);
  const frame = 160;
  for (let f = 0; f * frame * 2 < data.length - frame * 2; f++) {
    let sum = 0;
    for (let i = 0; i < frame; i++) {
      const s = data.readInt16LE((f * frame + i) * 2) / 32768;
      sum += s * s;
    }
    if (10 * Math.log10(sum / frame + 1e-12) > -40) return (f * frame) / 16000;
  }
  return -1;
}

/** espeak-ng saying `text` into `out`, in the tests' WAV format (16 kHz mono, 16-bit). */
export function speak(out: string, text: string, voice = 'en-us', wordsPerMinute = 165) {
  const raw = `${out}.22k.wav`;
  tool('espeak-ng', ['-v', voice, '-s', String(wordsPerMinute), '-w', raw, text]);
  SOX([raw, ...FORMAT, out]);
}

/** 2 s of room tone, espeak-ng saying `text` (kept in `speechFile`), 2 s more, into `outFile`: where the speech starts. */
function requestAfterSilence(speechFile: string, outFile: string, text: string): Omit<SoundTimeline, 'file' | 'seconds'> {
  const speech = join(GENERATED, speechFile);
  speak(speech, text);
  sequence(join(GENERATED, outFile), [2, speech, 2]);
  return { groups: [], speechAt: 2 + firstLoud(speech) };
}

type Maker = () => Omit<SoundTimeline, 'file' | 'seconds'>;

const SAMPLE = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'public', 'sample-edition.json'), 'utf8')) as {
  stories: { title: string; text: string; lang: string }[];
};

/** Seconds between claps: a person clapping is steady, not a metronome. */
const CLAP_GAPS = [0.42, 0.38, 0.45, 0.4, 0.36, 0.44, 0.4, 0.39, 0.43, 0.41];

const MAKERS: Record<string, Maker> = {
  /** Pause, resume, next: two snaps, two snaps, three snaps, with quiet between (the acceptance sequence). */
  'snap-commands': () => {
    const [SNAP, SNAP2] = [synthSound(GENERATED, 'snap-a'), synthSound(GENERATED, 'snap-b')];
    const out = join(GENERATED, 'snap-commands.wav');
    const s = sequence(out, [3, SNAP, 0.35, SNAP, 4, SNAP, 0.4, SNAP2, 4, SNAP, 0.3, SNAP, 0.3, SNAP, 3]);
    return { groups: [{ kind: 'snaps', at: [s[1], s[3]] }, { kind: 'snaps', at: [s[5], s[7]] }, { kind: 'snaps', at: [s[9], s[11], s[13]] }], speechAt: null };
  },
  /** Single snaps far apart: each is heard, none is a command. */
  'single-snaps': () => {
    const [SNAP, SNAP2] = [synthSound(GENERATED, 'snap-a'), synthSound(GENERATED, 'snap-b')];
    const out = join(GENERATED, 'single-snaps.wav');
    const s = sequence(out, [2, SNAP, 3, SNAP2, 3, SNAP, 2]);
    return { groups: [{ kind: 'snaps', at: [s[1]] }, { kind: 'snaps', at: [s[3]] }, { kind: 'snaps', at: [s[5]] }], speechAt: null };
  },
  /** A four-second run of eleven claps, about 2.5 a second, after 2 s of quiet (in a room with a low hum). */
  claps: () => {
    const at = [2];
    for (const gap of CLAP_GAPS) at.push(Math.round((at[at.length - 1] + gap) * 1000) / 1000);
    clapRun(GENERATED, join(GENERATED, 'claps.wav'), at, at[at.length - 1] + 3.5);
    return { groups: [{ kind: 'claps', at }], speechAt: null };
  },
  /** 2 s of quiet, then a spoken request. */
  'speech-after-silence': () => requestAfterSilence('sentence.wav', 'speech-after-silence.wav', "What's the AI news today?"),
  /**
   * 2 s of quiet, then "What's the news today?": the on-device ear's request (Moonshine Tiny does not hear espeak-ng's
   * "AI": with it, the short "What's next?" often explains what it does hear better, README "The on-device ear").
   */
  'news-request-after-silence': () => requestAfterSilence('news-request.wav', 'news-request-after-silence.wav', "What's the news today?"),
  /** Three minutes of espeak-ng reading the sample edition (English stories). */
  'speech-3min': () => {
    const text = SAMPLE.stories.filter((s) => s.lang === 'en').map((s) => `${s.title}. ${s.text}`).join('\n');
    const long = join(GENERATED, 'speech-long.wav');
    speak(long, text);
    const out = join(GENERATED, 'speech-3min.wav');
    SOX([long, ...FORMAT, out, 'trim', '0', '180']);
    return { groups: [], speechAt: firstLoud(out) };
  },
  /** Three minutes of room tone. */
  'silence-3min': () => {
    roomTone(join(GENERATED, 'silence-3min.wav'), 180);
    return { groups: [], speechAt: null };
  },
};

export type SoundFixture = keyof typeof MAKERS;
export const SOUND_FIXTURES = Object.keys(MAKERS) as SoundFixture[];

/** The recipe the files are made by: a file made by an older recipe (another generator, other sounds) is made again. */
const RECIPE = createHash('sha256')
  .update(['sound-fixtures.ts', 'sound-synth.ts'].map((f) => readFileSync(join(import.meta.dirname, f), 'utf8')).join('\n'))
  .digest('hex')
  .slice(0, 16);

/** Makes the named test file (once per recipe; later calls read the timeline kept beside it). */
export function soundFixture(name: SoundFixture): SoundTimeline {
  mkdirSync(GENERATED, { recursive: true });
  const file = join(GENERATED, `${name}.wav`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) {
    const kept = JSON.parse(readFileSync(meta, 'utf8')) as SoundTimeline & { recipe?: string };
    if (kept.recipe === RECIPE) return kept;
  }
  const made = MAKERS[name]();
  const timeline: SoundTimeline & { recipe: string } = { file, seconds: lengthOf(file), ...made, recipe: RECIPE };
  writeFileSync(`${meta}.tmp`, JSON.stringify(timeline, null, 2));
  renameSync(`${meta}.tmp`, meta);
  return timeline;
}

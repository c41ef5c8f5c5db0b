// The ear corpus: its phrases mean what they are meant to (so a benchmark miss is the recognizer's), they cover every
// intent, and a few generated files are in the format the recognizer reads, with the noise at the SNR promised.
// Generates audio with espeak-ng and sox (cached under .cache/ear-corpus/); the benchmark's other engines are not needed here.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/domain/command/parse-command';
import { INTENTS } from '../../src/domain/command/types';
import { readWav16k } from '../../tests/support/wav';
import { EAR_PAD_S, EAR_SNR_DB, EAR_VOICES, earCorpus, requireEarTools } from './ear-corpus';
import { EAR_COMMANDS, EAR_CONTEXT, EAR_OUT_OF_GRAMMAR, expectedOf } from './ear-phrases';

const RATE = 16000;

/** Speech power over added-noise power across the speech (the file less its pads), in dB. */
function achievedSnrDb(cleanPath: string, noisyPath: string): number {
  const clean = readWav16k(cleanPath);
  const noisy = readWav16k(noisyPath);
  expect(noisy.length).toBe(clean.length);
  const pad = Math.round(EAR_PAD_S * RATE);
  let signal = 0;
  let noise = 0;
  for (let i = pad; i < clean.length - pad; i++) {
    signal += clean[i] * clean[i];
    noise += (noisy[i] - clean[i]) ** 2;
  }
  return 10 * Math.log10(signal / noise);
}

describe('ear phrases', () => {
  it('are read by the parser as meant: intent, topic and outlet', () => {
    for (const p of EAR_COMMANDS) {
      const got = parseCommand(p.text, EAR_CONTEXT);
      expect(got.intent, p.text).not.toBe('none');
      expect(got.intent, p.text).toBe(p.intent);
      if (p.intent === 'brief') expect({ topic: got.topic, outlet: got.outlet }, p.text).toEqual({ topic: p.topic ?? null, outlet: p.outlet ?? null });
      expect(expectedOf(p.text)).toEqual(got);
    }
  });

  it('leave other assistants’ requests alone', () => {
    for (const p of EAR_OUT_OF_GRAMMAR) expect(parseCommand(p.text, EAR_CONTEXT).intent, p.text).toBe('none');
  });

  it('cover every intent, news with topics, outlets, days and lengths', () => {
    const count = (pick: (p: (typeof EAR_COMMANDS)[number]) => boolean) => EAR_COMMANDS.filter(pick).length;
    expect(EAR_COMMANDS.length).toBeGreaterThanOrEqual(110);
    expect(EAR_OUT_OF_GRAMMAR.length).toBeGreaterThanOrEqual(35);
    // `starter` (turning on the suggested sources, said once on a first run) came after the corpus whose figures the
    // README reports; it is left out so that those figures stay comparable. `ask` (a free question about the story) is
    // not in the on-device ear's phrase graph, which decodes over the commands: a question is what free decoding hears.
    for (const intent of INTENTS.filter((i) => i !== 'none' && i !== 'brief' && i !== 'starter' && i !== 'ask')) expect(count((p) => p.intent === intent), intent).toBeGreaterThanOrEqual(4);
    const news = EAR_COMMANDS.filter((p) => p.intent === 'brief').map((p) => ({ p, c: expectedOf(p.text) }));
    expect(news.length).toBeGreaterThanOrEqual(40);
    expect(news.filter(({ c }) => c.topic).length).toBeGreaterThanOrEqual(20);
    expect(news.filter(({ c }) => c.outlet).length).toBeGreaterThanOrEqual(8);
    expect(news.filter(({ c }) => c.from).length).toBeGreaterThanOrEqual(8);
    expect(news.filter(({ c }) => c.minutes).length).toBeGreaterThanOrEqual(2);
    const texts = [...EAR_COMMANDS, ...EAR_OUT_OF_GRAMMAR].map((p) => p.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('ear corpus', () => {
  it('names the Debian package when a voice’s tool is missing', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => requireEarTools(['flite-slt', 'espeak-en-gb-140'])).toThrow(/not installed: sox flite espeak-ng /);
      expect(() => requireEarTools(['festival-hts-slt'])).toThrow(/festival/);
    } finally {
      process.env.PATH = path;
    }
    expect(EAR_VOICES).toHaveLength(11);
  });

  it('makes 16 kHz mono 16-bit files, clean and at 10 dB SNR, in two voices', { timeout: 120_000 }, async () => {
    const voices = ['espeak-en-us-175', 'espeak-en-gb-140'];
    const items = await earCorpus({ voices, limit: 4 });
    expect(items).toHaveLength(4 * voices.length * 2);
    expect(items.some((i) => i.outOfGrammar)).toBe(true);
    expect(new Set(items.map((i) => i.wav)).size).toBe(items.length);
    for (const item of items) {
      const header = execFileSync('soxi', [item.wav], { encoding: 'utf8' });
      expect(header).toMatch(/Channels\s*: 1\n/);
      expect(header).toMatch(/Sample Rate\s*: 16000\n/);
      expect(header).toMatch(/Precision\s*: 16-bit\n/);
      const samples = readWav16k(item.wav);
      expect(samples.length / RATE).toBeGreaterThan(0.5);
      expect(samples.reduce((peak, x) => Math.max(peak, Math.abs(x)), 0), item.wav).toBeGreaterThan(0.25);
      expect(item.expected).toEqual(expectedOf(item.text));
    }
    const noisy = items.find((i) => i.noise === 'snr10' && !i.outOfGrammar);
    const clean = items.find((i) => i.noise === 'clean' && i.text === noisy?.text && i.voice === noisy.voice);
    expect(Math.abs(achievedSnrDb(clean!.wav, noisy!.wav) - EAR_SNR_DB)).toBeLessThanOrEqual(1);

    // Cached: a second run makes nothing.
    const start = performance.now();
    expect(await earCorpus({ voices, limit: 4 })).toEqual(items);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

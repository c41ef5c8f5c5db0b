// The on-device ear end to end in Node: Moonshine Tiny (installed with npm) hearing espeak-ng's speech, decoded over
// the app's phrases, read by the parser. Needs espeak-ng and sox (.ci/run installs them); their absence fails.
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/domain/command/grammar-en';
import { parseCommand } from '../../src/domain/command/parse-command';
import { DEFAULT_HEAR, hear } from '../../src/domain/ear/hear';
import { phraseGraph } from '../../src/domain/ear/phrase-graph';
import { END_TOKEN, type Moonshine } from '../../src/platform/ear/moonshine';
import { readWav16k } from '../../tests/support/wav';
import { spokenClip } from '../bench/ear-corpus';
import { decodeTokens, encodeWord, nodeMoonshine, tokenOf } from './node-ear';

const CTX = { lang: 'en' as const, today: '2026-11-28' };
const VOICE = 'espeak-en-us-140';

describe('the ear in Node, on synthetic speech', { timeout: 120_000 }, () => {
  let moonshine: Moonshine;
  const graph = phraseGraph(en, { topics: ['DeepSeek', 'Nvidia', 'chips'], outlets: ['Reuters'] }, encodeWord, (p) => parseCommand(p, CTX).intent);
  const vocab = { endToken: END_TOKEN, skippable: new Set([',', '.', '?', '!'].map(tokenOf)), decode: decodeTokens };
  const heard = async (text: string) => hear(moonshine, graph, vocab, readWav16k(await spokenClip(VOICE, text)), { ...DEFAULT_HEAR, sampleRate: 16000 });

  beforeAll(async () => {
    moonshine = await nodeMoonshine();
  }, 60_000);

  it.each([
    ['next', { intent: 'next' }],
    ['pause', { intent: 'pause' }],
    ['tell me more', { intent: 'more' }],
    ['go back', { intent: 'previous' }],
    // Free decoding hears these as "Who's about to chips from Reiders?" and "News from Reuters, about 10 videos.".
    ['news about chips from Reuters', { intent: 'brief', topic: 'chips', outlet: 'Reuters' }],
    ['news from Reuters about Nvidia', { intent: 'brief', topic: 'Nvidia', outlet: 'Reuters' }],
  ])('"%s" is heard as the command', async (text, want) => {
    const h = await heard(text);
    expect(parseCommand(h.transcript, CTX), `${h.transcript} (free: ${h.free})`).toMatchObject(want);
    expect(h.phrase).not.toBeNull();
  });

  it('leaves another assistant’s request alone', async () => {
    const h = await heard("what's the weather like tomorrow");
    expect(h.phrase).toBeNull();
    expect(parseCommand(h.transcript, CTX).intent).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { FakeWords, fakeListener } from '../../../tests/fakes/fake-ear';
import { DEFAULT_CHOICE } from './choose-phrase';
import { DEFAULT_HEAR, hear } from './hear';
import { heardGraph } from './phrase-graph';
import { addPath, tokenNode } from './token-graph';

const RATE = 16000;
/** One second of "speech" (a tone) between quiet: the fake recognizer ignores the samples. */
const speech = Float32Array.from({ length: 2 * RATE }, (_, i) => (i > RATE / 2 && i < 1.5 * RATE ? 0.3 * Math.sin(i / 5) : 0.0005 * Math.sin(i)));

describe('hearing one utterance', () => {
  const w = new FakeWords();
  const root = tokenNode();
  for (const p of ['next', 'pause', 'news about chips']) addPath(root, p.split(' ').map((x) => w.id(x)));
  addPath(root, ['news', 'about'].map((x) => w.id(x)), false).open = true;
  const graph = { root, names: ['chips', 'DeepSeek'] };
  const options = { ...DEFAULT_HEAR, sampleRate: RATE };

  it('takes the phrase when it explains the audio as well as free decoding', async () => {
    const heard = await hear(fakeListener(w, () => ['news', 'about', 'chips', '.']), graph, w.vocabulary, speech, options);
    expect(heard.phrase).toBe('news about chips.');
    expect(heard.transcript).toBe('news about chips.');
    expect(heard.free).toBe('news about chips.');
    expect(heard.margin).toBeCloseTo(0, 5);
  });

  it('refuses an utterance outside the phrases, and says what it heard', async () => {
    const heard = await hear(fakeListener(w, () => ['set', 'an', 'alarm']), graph, w.vocabulary, speech, options);
    expect(heard.phrase).toBeNull();
    expect(heard.free).toBe('set an alarm');
    expect(heard.transcript).toBe('set an alarm');
    expect(heard.margin).toBeGreaterThan(options.choice.maxMargin);
  });

  it('weighs the second ear’s phrase, and takes it with its looser margin', async () => {
    // Free decoding hears "pass"; the second ear heard "pause" (written "Pause", as it opens the phrase), which the
    // first ear finds less likely.
    const second = heardGraph(['pause'], new Map(), (word) => [w.id(word)]);
    const listener = fakeListener(w, () => ['pass']);
    const longOnly = tokenNode();
    addPath(longOnly, ['news', 'about', 'chips'].map((x) => w.id(x)));
    const graph = { root: longOnly, names: [] };
    const alone = await hear(listener, graph, w.vocabulary, speech, { ...options, choice: { ...DEFAULT_CHOICE, maxMargin: 0.1, secondMargin: 10, secondLikeness: 0 } });
    expect(alone.phrase).toBeNull();
    expect(alone.second).toBeUndefined();
    const both = await hear(listener, graph, w.vocabulary, speech, { ...options, choice: { ...DEFAULT_CHOICE, maxMargin: 0.1, secondMargin: 10, secondLikeness: 0 } }, { heard: 'pause', graph: second, confidence: null });
    expect(both.second).toMatchObject({ text: 'Pause', words: 1 });
    expect(both.second!.score).toBeLessThan(both.freeTranscript.score);
    expect(both.phrase).toBe('Pause');
    expect(both.transcript).toBe('Pause');
    // Weighed, but not taken, where it reads nothing like what was heard and the close margin is off.
    const unlike = await hear(listener, graph, w.vocabulary, speech, { ...options, choice: { ...DEFAULT_CHOICE, maxMargin: 0.1, secondMargin: 10, secondLikeness: 0.9, secondCloseMargin: -Infinity } }, { heard: 'pause', graph: second, confidence: null });
    expect(unlike.second).toEqual(both.second);
    expect(unlike.phrase).toBeNull();
    expect(unlike.transcript).toBe('pass');
    // Taken there too when the second ear is sure of it and the first ear finds it likely enough.
    const unlikeButSure = { ...DEFAULT_CHOICE, maxMargin: 0.1, secondMargin: 10, secondLikeness: 0.9, secondCloseMargin: -Infinity, secondSureMargin: 10, secondConfidence: -5 };
    expect((await hear(listener, graph, w.vocabulary, speech, { ...options, choice: unlikeButSure }, { heard: 'pause', graph: second, confidence: -2 })).phrase).toBe('Pause');
    expect((await hear(listener, graph, w.vocabulary, speech, { ...options, choice: unlikeButSure }, { heard: 'pause', graph: second, confidence: -9 })).phrase).toBeNull();
    // Nor where the first ear took a phrase of its own.
    const own = await hear(fakeListener(w, () => ['news', 'about', 'chips']), graph, w.vocabulary, speech, { ...options, choice: { ...DEFAULT_CHOICE, secondMargin: 10, secondLikeness: 0, secondCloseMargin: 10 } }, { heard: 'pause', graph: second, confidence: null });
    expect(own.phrase).toBe('news about chips');
    expect(own.second?.text).toBe('Pause');
  });

  it('hears nothing in silence', async () => {
    const heard = await hear(fakeListener(w, () => ['next']), graph, w.vocabulary, new Float32Array(RATE), options);
    expect(heard).toMatchObject({ transcript: '', phrase: null, free: '', margin: Infinity, seconds: 0 });
  });

  it('snaps the words an open slot heard to the name they spell, when told to', async () => {
    const said = () => ['news', 'about', 'deep', 'seek', '.'];
    const as = async (snapName: number) => (await hear(fakeListener(w, said), graph, w.vocabulary, speech, { ...options, choice: { ...DEFAULT_CHOICE, snapName } })).transcript;
    expect(await as(0.8)).toBe('news about DeepSeek.');
    expect(await as(1.01)).toBe('news about deep seek.');
  });
});

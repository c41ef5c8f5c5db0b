import { describe, expect, it } from 'vitest';
import { FakeWords, fakeListener } from '../../../tests/fakes/fake-ear';
import { choosePhrase, DEFAULT_CHOICE, DEFAULT_HEAR, hear } from './hear';
import { addPath, tokenNode } from './token-graph';

const RATE = 16000;
/** One second of "speech" (a tone) between quiet: the fake recognizer ignores the samples. */
const speech = Float32Array.from({ length: 2 * RATE }, (_, i) => (i > RATE / 2 && i < 1.5 * RATE ? 0.3 * Math.sin(i / 5) : 0.0005 * Math.sin(i)));

describe('hearing one utterance', () => {
  const w = new FakeWords();
  const root = tokenNode();
  for (const p of ['next', 'pause', 'news about chips']) addPath(root, p.split(' ').map((x) => w.id(x)));
  const options = { ...DEFAULT_HEAR, sampleRate: RATE };

  it('takes the phrase when it explains the audio as well as free decoding', async () => {
    const heard = await hear(fakeListener(w, () => ['news', 'about', 'chips', '.']), root, w.vocabulary, speech, options);
    expect(heard.phrase).toBe('news about chips.');
    expect(heard.transcript).toBe('news about chips.');
    expect(heard.free).toBe('news about chips.');
    expect(heard.margin).toBeCloseTo(0, 5);
  });

  it('refuses an utterance outside the phrases, and says what it heard', async () => {
    const heard = await hear(fakeListener(w, () => ['set', 'an', 'alarm']), root, w.vocabulary, speech, options);
    expect(heard.phrase).toBeNull();
    expect(heard.free).toBe('set an alarm');
    expect(heard.transcript).toBe('set an alarm');
    expect(heard.margin).toBeGreaterThan(options.choice.maxMargin);
  });

  it('hears nothing in silence', async () => {
    const heard = await hear(fakeListener(w, () => ['next']), root, w.vocabulary, new Float32Array(RATE), options);
    expect(heard).toMatchObject({ transcript: '', phrase: null, free: '', margin: Infinity, seconds: 0 });
  });
});

describe('choosing among the phrases found', () => {
  // Scores as the model gave them for espeak-ng's "What's the AI news today?" after Chromium's resampling: the short
  // phrase is likelier, the longer one reads far more like what free decoding heard.
  const free = { text: "What's the name I used today?", score: -3.9, words: 8 };
  const found = [
    { text: "What's next?", score: -5.2, words: 4 },
    { text: "What's the news today?", score: -7.75, words: 7 },
  ];

  it('takes the likeliest phrase when likeness counts for nothing', () => {
    expect(choosePhrase(found, free, { ...DEFAULT_CHOICE, likeness: 0 }).best).toBe("What's next?");
  });

  it('weighs each phrase by how much it reads like the free transcript', () => {
    const choice = choosePhrase(found, free, { ...DEFAULT_CHOICE, likeness: 1 });
    expect(choice.best).toBe("What's the news today?");
    expect(choice.phrase).toBe("What's the news today?");
    expect(choice.similarity).toBeGreaterThan(0.6);
  });

  it('still refuses the best phrase when it explains the audio far worse than free decoding', () => {
    const choice = choosePhrase([{ text: 'Pause.', score: -14, words: 1 }], { text: "What's the weather like tomorrow?", score: -2, words: 7 }, { ...DEFAULT_CHOICE, likeness: 1 });
    expect(choice).toMatchObject({ best: 'Pause.', phrase: null });
  });

  it('finds nothing among no phrases', () => {
    expect(choosePhrase([], free, DEFAULT_CHOICE)).toMatchObject({ phrase: null, best: null, margin: Infinity });
  });
});

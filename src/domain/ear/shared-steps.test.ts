import { describe, expect, it } from 'vitest';
import { FakeWords, fakeListener } from '../../../tests/fakes/fake-ear';
import { greedy, searchPhrases, type StepDecoder } from './constrained-search';
import { together } from './shared-steps';
import { addPath, tokenNode } from './token-graph';

const w = new FakeWords();
const said = ['news', 'about', 'chips', '.'];
const search = { beam: 8, openWidth: 2, maxTokens: 12, endToken: 2, skippable: w.vocabulary.skippable };
const phrases = tokenNode();
for (const p of ['next', 'news about chips', 'news about robots today']) addPath(phrases, p.split(' ').map((x) => w.id(x)));
const short = tokenNode();
addPath(short, [w.id('next')]);

/** The fake recognizer's decoder, counting its calls and the batches' sizes, and checking each batch is of one length. */
async function counted() {
  const inner = await fakeListener(w, () => said).listen(new Float32Array(0));
  const calls: number[] = [];
  const decoder: StepDecoder<number> = {
    first: () => inner.first(),
    next: async (batch) => {
      if (new Set(batch.map((b) => b.state)).size > 1) throw new Error(`a batch of mixed lengths: ${batch.map((b) => b.state).join(',')}`);
      calls.push(batch.length);
      return inner.next(batch);
    },
  };
  return { decoder, calls };
}

describe('decodings taking their steps together', () => {
  it('finds what each finds alone, in one decoder call per step of the longest', async () => {
    const [a, b, c] = [await counted(), await counted(), await counted()];
    const free = await greedy(a.decoder, search);
    const found = await searchPhrases(b.decoder, phrases, search);
    const weighed = await searchPhrases(c.decoder, short, search);
    const alone = [a.calls, b.calls, c.calls];

    const shared = await counted();
    const [free2, found2, weighed2] = await together(shared.decoder, [(d: StepDecoder<number>) => greedy(d, search), (d: StepDecoder<number>) => searchPhrases(d, phrases, search), (d: StepDecoder<number>) => searchPhrases(d, short, search)] as const);
    expect(free2).toEqual(free);
    expect(found2).toEqual(found);
    expect(weighed2).toEqual(weighed);
    expect(free2.tokens.map((t) => w.words[t])).toEqual(said);
    // As many calls as the longest decoding takes alone, each as big as the three decodings' batches of that step.
    expect(alone.map((calls) => calls.length)).toEqual([4, 4, 1]);
    expect(shared.calls).toHaveLength(4);
    expect(shared.calls).toEqual(shared.calls.map((_, i) => alone.reduce((sum, calls) => sum + (calls[i] ?? 0), 0)));
  });

  it('lets the others go on when one ends at once', async () => {
    const shared = await counted();
    const [nothing, free] = await together(shared.decoder, [async () => 'done', (d: StepDecoder<number>) => greedy(d, search)] as const);
    expect(nothing).toBe('done');
    expect(free.tokens).toHaveLength(said.length);
  });

  it('fails every decoding waiting on a step the decoder failed', async () => {
    const broken: StepDecoder<number> = { first: async () => ({ state: 0, logProbs: new Float32Array(8).fill(Math.log(1 / 8)) }), next: async () => Promise.reject(new Error('decoder lost')) };
    await expect(together(broken, [(d: StepDecoder<number>) => greedy(d, search), (d: StepDecoder<number>) => greedy(d, search)] as const)).rejects.toThrow('decoder lost');
  });
});

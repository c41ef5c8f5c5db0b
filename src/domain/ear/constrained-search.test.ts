import { describe, expect, it } from 'vitest';
import { greedy, searchPhrases, type SearchOptions } from './constrained-search';
import { FakeWords, fakeListener } from '../../../tests/fakes/fake-ear';
import { addPath, tokenNode, type TokenNode } from './token-graph';

function graphOf(words: FakeWords, phrases: string[], open: string[] = []): TokenNode {
  const root = tokenNode();
  for (const p of phrases) addPath(root, p.split(' ').map((w) => words.id(w)));
  for (const p of open) addPath(root, p.split(' ').map((w) => words.id(w)), false).open = true;
  return root;
}
const options = (w: FakeWords): SearchOptions => ({ beam: 4, maxTokens: 12, endToken: 2, skippable: w.vocabulary.skippable, openWidth: 2 });
const text = (w: FakeWords, tokens: number[]) => w.vocabulary.decode(tokens);

describe('decoding over the phrases', () => {
  it('finds the phrase said, skipping punctuation the recognizer adds', async () => {
    const w = new FakeWords();
    const root = graphOf(w, ['next', 'next story', 'news about chips', 'pause']);
    const [best] = await searchPhrases(await fakeListener(w, () => ['news', ',', 'about', 'chips', '.']).listen(new Float32Array()), root, options(w));
    expect(text(w, best.tokens)).toBe('news, about chips.');
  });

  it('only ever returns paths of the graph, whatever was said', async () => {
    const w = new FakeWords();
    const root = graphOf(w, ['next', 'next story', 'pause', 'stop']);
    const found = await searchPhrases(await fakeListener(w, () => ['what', 'is', 'the', 'weather']).listen(new Float32Array()), root, options(w));
    expect(found.length).toBeGreaterThan(0);
    const inGraph = (tokens: number[]) => {
      let node: TokenNode | undefined = root;
      for (const t of tokens) if (!w.vocabulary.skippable.has(t)) node = node?.next.get(t);
      return node?.end === true;
    };
    for (const d of found) expect(inGraph(d.tokens)).toBe(true);
    // Free decoding hears it as said.
    const free = await greedy(await fakeListener(w, () => ['what', 'is', 'the', 'weather']).listen(new Float32Array()), options(w));
    expect(text(w, free.tokens)).toBe('what is the weather');
    expect(free.score).toBeGreaterThan(found[0].score);
  });

  it('lets an open slot take words the graph has no name for, up to the end', async () => {
    const w = new FakeWords();
    const root = graphOf(w, ['news about chips'], ['news about']);
    const [best] = await searchPhrases(await fakeListener(w, () => ['news', 'about', 'quantum', 'computing']).listen(new Float32Array()), root, options(w));
    expect(text(w, best.tokens)).toBe('news about quantum computing');
  });

  it('stops at the token limit, keeping what had ended', async () => {
    const w = new FakeWords();
    const root = graphOf(w, ['next', 'next story please']);
    const found = await searchPhrases(await fakeListener(w, () => ['next', 'story', 'please']).listen(new Float32Array()), root, { ...options(w), maxTokens: 2 });
    expect(found.map((d) => text(w, d.tokens))).toEqual(['next']);
  });

  it('follows phrases within the slack of the best ended one to their end, and only those', async () => {
    const w = new FakeWords();
    const root = graphOf(w, ['next', 'news today']);
    // "next" is said: it ends at about −0.04 after one token; "news" is already about 4 behind it.
    const listener = fakeListener(w, () => ['next']);
    const phrases = async (slack: number) => {
      const found = await searchPhrases(await listener.listen(new Float32Array()), root, { ...options(w), slack });
      return [...new Set(found.map((d) => text(w, d.tokens).replace(/[,.?]/g, '')))];
    };
    expect(await phrases(0)).toEqual(['next']);
    expect(await phrases(2)).toEqual(['next']);
    expect(await phrases(20)).toEqual(['next', 'news today']);
  });

  it('never puts punctuation after punctuation', async () => {
    const w = new FakeWords();
    const found = await searchPhrases(await fakeListener(w, () => ['next']).listen(new Float32Array()), graphOf(w, ['next']), { ...options(w), slack: 30 });
    expect(found.length).toBeGreaterThan(1);
    for (const d of found) expect(text(w, d.tokens)).toMatch(/^next[,.?]?$/);
  });

  it('never ends free decoding before the first word', async () => {
    const w = new FakeWords();
    const free = await greedy(await fakeListener(w, () => []).listen(new Float32Array()), options(w));
    expect(free.tokens.length).toBeGreaterThan(0);
  });
});

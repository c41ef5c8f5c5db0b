// A recognizer for tests of the ear: words are tokens of a small vocabulary, and each clip "says" a token sequence:
// the decoder puts most of the probability on the next token said, a little on every other.
import type { Step, StepDecoder } from '../../src/domain/ear/constrained-search';
import type { EarVocabulary, Listener } from '../../src/domain/ear/hear';

export class FakeWords {
  readonly words: string[] = ['<pad>', '<s>', '</s>', ',', '.', '?'];
  id(word: string): number {
    let i = this.words.indexOf(word);
    if (i < 0) i = this.words.push(word) - 1;
    return i;
  }
  /** Every word is one token (the phrase graph's encoder). */
  readonly encodeWord = (word: string) => [this.id(word)];
  get vocabulary(): EarVocabulary {
    return { endToken: 2, skippable: new Set([3, 4, 5]), decode: (tokens) => tokens.map((t) => this.words[t]).join(' ').replace(/ ([,.?])/g, '$1') };
  }
}

/**
 * Each clip's samples are ignored; `said` is what it says (words and punctuation). The next token said scores `sure`
 * nats over the others; after the last, the end token does.
 */
export function fakeListener(words: FakeWords, said: () => string[], sure = 4): Listener<number> {
  return {
    async listen(): Promise<StepDecoder<number>> {
      const tokens = [...said().map((w) => words.id(w)), 2];
      const size = words.words.length + 8;
      const at = (position: number): Step<number> => {
        const logits = new Float32Array(size);
        logits[tokens[Math.min(position, tokens.length - 1)]] = sure;
        let sum = 0;
        for (const l of logits) sum += Math.exp(l);
        return { state: position, logProbs: logits.map((l) => l - Math.log(sum)) };
      };
      return { first: async () => at(0), next: async (batch) => batch.map(({ state }) => at(state + 1)) };
    },
  };
}

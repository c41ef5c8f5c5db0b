// Several decodings of one clip taking their steps together. Free decoding, the search over the phrases and the
// weighing of the second ear's phrase each ask the decoder for one step at a time; one after another, each step of
// each pays a whole decoder call (Moonshine Tiny on this 2-core machine: 8 ms for one hypothesis, 28 for 8, 69 for 32;
// about 2 ms for each hypothesis more). Here each decoding's step waits until every other running decoding has asked
// for its own (or ended), and all of them go to the decoder in one batch: free decoding's and the second phrase's
// hypotheses ride along with the search's, and the wait after speech is about that of the longest decoding.
// The decodings stay in step (each asks once per round, after the last round's answer), so every state in a batch has
// the same number of tokens behind it, as the recognizer's batches require (moonshine.ts).
import type { Step, StepDecoder } from './constrained-search';

interface Asked<S> {
  items: readonly { state: S; token: number }[];
  resolve: (steps: Step<S>[]) => void;
  reject: (error: unknown) => void;
}

/** Runs each decoding over its own view of the decoder, their steps batched together; resolves to all their results. */
export function together<S, R extends readonly unknown[]>(decoder: StepDecoder<S>, runs: { readonly [K in keyof R]: (d: StepDecoder<S>) => Promise<R[K]> }): Promise<R> {
  let running = runs.length;
  let asked: Asked<S>[] = [];
  /** Sends the round once every running decoding has asked (a decoding that ended no longer holds the others back). */
  const send = () => {
    if (asked.length === 0 || asked.length < running) return;
    const round = asked;
    asked = [];
    decoder.next(round.flatMap((a) => a.items)).then(
      (steps) => {
        let at = 0;
        for (const a of round) {
          a.resolve(steps.slice(at, at + a.items.length));
          at += a.items.length;
        }
      },
      (error: unknown) => {
        for (const a of round) a.reject(error);
      },
    );
  };
  const view: StepDecoder<S> = {
    first: () => decoder.first(),
    next: (items) =>
      new Promise<Step<S>[]>((resolve, reject) => {
        asked.push({ items, resolve, reject });
        send();
      }),
  };
  const ended = () => {
    running--;
    send();
  };
  return Promise.all(runs.map((run) => run(view).finally(ended))) as unknown as Promise<R>;
}

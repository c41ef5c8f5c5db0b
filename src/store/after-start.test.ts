import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { followAfterStart } from './after-start';

describe('followers of the store hear of its changes once a starting sentence has started', () => {
  it('tells subscribers at once when nothing is starting, and once, later, when a sentence is', () => {
    const store = createStore<{ n: number }>()(() => ({ n: 0 }));
    const waiting: (() => void)[] = [];
    let starting = false;
    const view = followAfterStart(store, (run) => (starting ? waiting.push(run) : run()));
    const seen: number[] = [];
    const from: number[] = [];
    const stop = view.subscribe((s, prev) => {
      seen.push(s.n);
      from.push(prev.n);
    });

    store.setState({ n: 1 });
    expect(seen).toEqual([1]);

    starting = true;
    store.setState({ n: 2 });
    store.setState({ n: 3 });
    expect(seen).toEqual([1]);
    expect(view.getState().n).toBe(3); // the state itself is never held back
    starting = false;
    waiting.splice(0).forEach((run) => run());
    expect(seen).toEqual([1, 3]);
    expect(from).toEqual([0, 1]); // the held changes arrive as one, from the state before the first

    stop();
    store.setState({ n: 4 });
    expect(seen).toEqual([1, 3]);
  });
});

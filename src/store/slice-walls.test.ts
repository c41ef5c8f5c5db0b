// The walls between slices are types: a slice's getter and setter reach only its own state. The @ts-expect-error
// lines make `npm run typecheck` fail the day a slice could read or change another's.
import { describe, expect, it } from 'vitest';
import { initialPlayerState } from '../domain/player/machine';
import { testDeps } from '../../tests/fakes/test-store';
import type { Doors, SetOwn, SliceCreator } from './types';

interface CounterSlice {
  count: number;
  bump(): void;
  peek(): unknown;
}

const createCounter: SliceCreator<CounterSlice> = (set, get) => ({
  count: 0,
  bump: () => set({ count: get().count + 1 }),
  peek() {
    // @ts-expect-error another slice's state is out of reach
    const player = get().player;
    // @ts-expect-error and so is another slice's action
    get().playBriefing();
    // @ts-expect-error nor can a slice change another's state
    set({ player: initialPlayerState });
    return player;
  },
});

describe('slice walls', () => {
  it('a slice works on its own state through its own setter and getter', () => {
    let state = {} as CounterSlice;
    const set: SetOwn<CounterSlice> = (p) => (state = { ...state, ...(typeof p === 'function' ? p(state) : p) });
    const doors: Doors = { ready: async () => {}, notify: () => {}, storiesChanged: async () => {} };
    state = createCounter(set, () => state, { deps: testDeps(), doors });
    state.bump();
    state.bump();
    expect(state.count).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { createPacer } from './yield';

describe('createPacer', () => {
  it('rests as long as asked, and only yields once a rest came back clamped (a hidden tab)', async () => {
    let clock = 0;
    const asked: number[] = [];
    let late = 0;
    const sleep = async (ms: number) => {
      asked.push(ms);
      clock += ms + late;
    };
    const rest = createPacer(sleep, () => clock);
    await rest(16);
    await rest(0);
    expect(asked).toEqual([16]);
    late = 1_000; // timers clamped to a second
    await rest(20);
    await rest(20);
    await rest(30);
    expect(asked).toEqual([16, 20]);
  });

  it('keeps resting while rests come back about on time', async () => {
    let clock = 0;
    const asked: number[] = [];
    const rest = createPacer(async (ms) => {
      asked.push(ms);
      clock += ms + 40; // a busy loop, not a clamp
    }, () => clock);
    for (const ms of [10, 20, 30]) await rest(ms);
    expect(asked).toEqual([10, 20, 30]);
  });
});

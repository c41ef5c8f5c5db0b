import { describe, expect, it } from 'vitest';
import { clearOf, counted, createReadCount, createReadMirror } from './read-gate';

/** A timer that fires only when told: `fire()` runs every callback set so far. */
function manualTimer() {
  const due: { f: () => void; ms: number }[] = [];
  return {
    set: (f: () => void, ms: number) => due.push({ f, ms }),
    fire: () => due.splice(0).forEach((t) => t.f()),
    asked: () => due.map((t) => t.ms),
  };
}

/** Whether a promise has settled once the queued microtasks ran. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe('the count of foreground reads', () => {
  it('is clear at once with no read running, and holds upkeep until the last running read ends', async () => {
    const timer = manualTimer();
    const count = createReadCount();
    const clear = clearOf(count, 200, timer.set);
    expect(await settled(clear())).toBe(true);
    let endFirst!: () => void;
    let endSecond!: () => void;
    const first = counted(count, () => new Promise<void>((r) => (endFirst = r)));
    const second = counted(count, () => new Promise<void>((r) => (endSecond = r)));
    expect(count.running).toBe(2);
    const held = clear();
    expect(timer.asked()).toEqual([200]);
    endFirst();
    await first;
    expect(await settled(held)).toBe(false);
    endSecond();
    await second;
    expect(await settled(held)).toBe(true);
    expect(count.running).toBe(0);
    // Its listener is gone once it let go.
    expect(count.listeners.size).toBe(0);
  });

  it('lets upkeep go after the longest hold even while reads keep running, and counts a read that failed as ended', async () => {
    const timer = manualTimer();
    const count = createReadCount();
    let end!: () => void;
    const running = counted(count, () => new Promise<void>((r) => (end = r)));
    const held = clearOf(count, 200, timer.set)();
    expect(await settled(held)).toBe(false);
    timer.fire();
    expect(await settled(held)).toBe(true);
    end();
    await running;
    await expect(counted(count, () => Promise.reject(new Error('no store')))).rejects.toThrow('no store');
    expect(count.running).toBe(0);
  });

  it('tells listeners when reads start and when the last one ends, not for each read', async () => {
    const count = createReadCount();
    const told: boolean[] = [];
    const listener = (busy: boolean) => told.push(busy);
    count.listeners.add(listener);
    await Promise.all([counted(count, async () => 1), counted(count, async () => 2)]);
    await counted(count, async () => 3);
    count.listeners.delete(listener);
    await counted(count, async () => 4);
    expect(told).toEqual([true, false, true, false]);
  });
});

describe('createReadMirror', () => {
  it('holds while told reads run, lets go when told they ended or after the longest hold', async () => {
    const timer = manualTimer();
    const mirror = createReadMirror(200, timer.set);
    expect(await settled(mirror.clear())).toBe(true);
    mirror.set(true);
    const held = mirror.clear();
    expect(await settled(held)).toBe(false);
    mirror.set(false);
    expect(await settled(held)).toBe(true);
    mirror.set(true);
    const again = mirror.clear();
    timer.fire();
    expect(await settled(again)).toBe(true);
  });
});

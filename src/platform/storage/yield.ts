// Letting other work run between the slices of long upkeep: input, rendering, other transactions.

/**
 * Resolves in a new task, after whatever is queued (a message to itself, not a timer: timers are clamped to a second
 * in a background tab, which would stretch a prune of a few hundred slices to minutes).
 */
export function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      channel.port2.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A rest longer than asked by this much means timers are being clamped (a hidden tab). */
const CLAMPED_MS = 250;

/**
 * Rests between slices of upkeep for about as long as the slice took. Chromium's storage engine has work of its own
 * after every slice of deletes (LevelDB compacting them, as far as can be seen from outside); without a rest it
 * competes with the next slices, and now and then a write stalls for hundreds of milliseconds, with any read queued
 * behind it. Erasing 83,000 stories of 103,000 in slices of ~16 ms took 13.0–14.0 s without rests, its slowest read
 * waiting 540–760 ms; with rests as long as the slices, 12.5–13.1 s, the slowest read 53–73 ms
 * (scripts/bench/upkeep-slices.ts).
 * In a hidden tab timers are clamped to a second or more: once a rest overshoots that way, the pacer only yields.
 */
export function createPacer(
  sleep: (ms: number) => Promise<unknown> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => number = () => performance.now(),
): (ms: number) => Promise<void> {
  let clamped = false;
  return async (ms) => {
    if (clamped || ms <= 0) return yieldToOthers();
    const t0 = now();
    await sleep(ms);
    if (now() - t0 > ms + CLAMPED_MS) clamped = true;
  };
}

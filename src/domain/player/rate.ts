// Speaking rate: 0.5× to 2×, in steps of 0.25 ("faster", "slower").

export const MIN_RATE = 0.5;
export const MAX_RATE = 2;
export const RATE_STEP = 0.25;

/** The next rate in a direction, or null when already at the limit. */
export function stepRate(rate: number, direction: 1 | -1): number | null {
  const snapped = Math.round(rate / RATE_STEP) * RATE_STEP;
  const next = Math.min(MAX_RATE, Math.max(MIN_RATE, snapped + direction * RATE_STEP));
  return next === rate ? null : next;
}

/** Every rate the player offers, slowest first (0.5, 0.75 … 2). */
export const RATES: readonly number[] = Array.from({ length: Math.round((MAX_RATE - MIN_RATE) / RATE_STEP) + 1 }, (_, i) => MIN_RATE + i * RATE_STEP);

/** True for a rate the player accepts. */
export function isRate(value: unknown): value is number {
  return typeof value === 'number' && value >= MIN_RATE && value <= MAX_RATE;
}

// The learned taste as a value the settings keep (its shape, nothing learned, and reading it back from storage), apart
// from the learning and ranking (taste.ts), which load with the briefing code rather than with the first screen.

/** Learned leanings, each in [-1, 1]: topics by their id (TASTE_TOPICS), outlets by their name as stories give it. */
export interface Taste {
  topics: Record<string, number>;
  sources: Record<string, number>;
}

export const NO_TASTE: Taste = { topics: {}, sources: {} };

export type TasteSignal = 'skip' | 'more';

/** The taste as stored, or nothing learned when it is not one (a foreign or damaged value). */
export function readTaste(value: unknown): Taste {
  const isValues = (v: unknown): v is Record<string, number> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= 1);
  if (typeof value !== 'object' || value === null) return NO_TASTE;
  const { topics, sources } = value as Partial<Taste>;
  return isValues(topics) && isValues(sources) ? { topics, sources } : NO_TASTE;
}

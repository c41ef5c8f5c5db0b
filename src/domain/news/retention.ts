// How long stories stay on the device: the oldest go first beyond either limit; saved stories always stay.

export interface RetentionPolicy {
  maxAgeDays: number;
  maxStories: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { maxAgeDays: 60, maxStories: 20_000 };

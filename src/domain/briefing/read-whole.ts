// How a briefing reads a span of stories: whole, or as heads and then only the texts it tells (kept apart, so the
// store's read-ahead of today uses it without loading the briefing's code).

/**
 * A span of more stories than this is read as heads when the reader has them (then only the texts told: at most 10, 20
 * with a length). At 100,000 stories in Chromium a story read in a day's range costs ~65 µs, its head ~20 µs and a
 * text read alone ~175 µs: past ~40 stories the heads and ten texts cost less than the whole day (today's 300: 9.6–11
 * ms against 19–24, scripts/bench/upkeep-slices.ts reads). Below it, one range read of the whole stories.
 */
export const READ_WHOLE_UP_TO = 40;

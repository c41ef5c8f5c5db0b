// Which stories a briefing clusters and ranks when a day (or a topic) has more than it can weigh in time.
import type { Story } from '../types';

/** At most this many stories are clustered and ranked (a day of news rarely has more; a topic search may). */
export const MAX_CANDIDATES = 400;

/**
 * The stories worth clustering when there are too many: the most relevant and recent, kept in the given order.
 * Reports of one event are alike in both, so a widely reported event keeps its reports together. Reads only the time,
 * the id and what `relevance` reads, so a day briefing shortlists the heads of a big day before any text is read
 * (select-stories.ts) and picks exactly the stories it would pick from the whole stories.
 */
export function shortlist<T extends Pick<Story, 'id' | 'publishedAt'>>(stories: readonly T[], relevance: (s: T) => number): T[] {
  if (stories.length <= MAX_CANDIDATES) return [...stories];
  const newest = Math.max(...stories.map((s) => s.publishedAt));
  const prior = stories.map((s, i) => ({ i, id: s.id, value: 0.5 * relevance(s) + 0.5 * Math.exp(-(newest - s.publishedAt) / (48 * 3_600_000)) }));
  prior.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
  const kept = new Set(prior.slice(0, MAX_CANDIDATES).map((p) => p.i));
  return stories.filter((_, i) => kept.has(i));
}

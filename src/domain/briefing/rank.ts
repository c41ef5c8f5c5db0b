// Orders what a briefing tells: AI stories first by relevance, recency, how many outlets reported them, and
// variety of sources (the same outlet twice in a row is held back a little), nudged by the taste learned (taste.ts).
import type { Briefable, Story } from '../types';
import type { Cluster } from './cluster';
import { aiRelevance } from './relevance';
import { AI_RELEVANCE_THRESHOLD } from './ai-lexicon';
import { tasteNudge } from './taste';
import type { Taste } from './taste-value';

export interface Ranked<T extends Briefable = Story> extends Cluster<T> {
  relevance: number;
  score: number;
}

const HOUR = 3_600_000;

export interface RankOptions<T extends Briefable = Story> {
  /** Leave out clusters none of whose stories are AI news. */
  aiOnly: boolean;
  /** What relevance means; AI relevance unless given (a topic briefing ranks by how much a story is about the topic). */
  relevance?: (s: T) => number;
  /** AI relevance, when the caller already knows it (e.g. remembered per story). */
  ai?: (s: T) => number;
  /** What was learned of the listener's taste: a bounded nudge to each event's score (taste.ts). */
  taste?: Taste;
}

/** Ranks clusters by relevance, recency, size and variety of sources. */
export function rankClusters<T extends Briefable>(clusters: readonly Cluster<T>[], { aiOnly, relevance: relevanceOf = aiRelevance, ai = aiRelevance, taste }: RankOptions<T>): Ranked<T>[] {
  const newest = Math.max(0, ...clusters.map((c) => c.lead.publishedAt));
  const scored = clusters
    .map((c) => {
      const relevance = Math.max(...c.stories.map(relevanceOf));
      const recency = Math.exp(-(newest - c.lead.publishedAt) / (24 * HOUR));
      const size = 1 - 1 / c.stories.length;
      const sources = new Set(c.stories.map((s) => s.source)).size / c.stories.length;
      const learned = taste ? tasteNudge(taste, c.lead) : 0;
      return { ...c, relevance, score: 0.4 * relevance + 0.35 * recency + 0.15 * size + 0.1 * sources + learned };
    })
    .filter((c) => !aiOnly || Math.max(...c.stories.map(ai)) >= AI_RELEVANCE_THRESHOLD);
  // Greedy order: each pick lowers the other clusters from the same outlet a little.
  const order: Ranked<T>[] = [];
  const pool = [...scored].sort((a, b) => b.score - a.score || (a.lead.id < b.lead.id ? -1 : 1));
  const perSource = new Map<string, number>();
  while (pool.length > 0) {
    let best = 0;
    let bestValue = -Infinity;
    pool.forEach((c, i) => {
      const value = c.score - 0.08 * (perSource.get(c.lead.source) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    const [pick] = pool.splice(best, 1);
    perSource.set(pick.lead.source, (perSource.get(pick.lead.source) ?? 0) + 1);
    order.push(pick);
  }
  return order;
}

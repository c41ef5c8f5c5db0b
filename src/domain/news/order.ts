// The order stories are listed and chosen in, the same everywhere (Stories screen, briefings).
import type { Story } from '../types';

/** Newest first; ties by id so the order never depends on storage order. */
export function byRecency(a: Pick<Story, 'publishedAt' | 'id'>, b: Pick<Story, 'publishedAt' | 'id'>): number {
  return b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// What a topic or a search box query becomes over the term index: a superset test that finds every story whose title
// or lead the topic matcher (briefing/topic.ts) would match; the caller scores those stories on their full text.
import { synonymsOf, topicWords } from '../briefing/topic-phrases';
import { foldedWords } from '../text/normalize';
import { indexable } from './story-terms';
import type { QueryTerm, TermQuery } from './term-query';

export const NO_MATCH: TermQuery = { either: [] };

const exact = (phrase: readonly string[]): QueryTerm[] => phrase.filter(indexable).map((term) => ({ term, prefix: false }));
/** Phrases with at least one indexable word (a phrase of stopwords alone cannot be looked up, so it is dropped). */
const phrases = (list: readonly (readonly string[])[]) => list.map(exact).filter((p) => p.length > 0);

/**
 * The stories a topic may be about, by their title and lead: the whole topic or a synonym, or (for a topic of two or
 * more words, unless `wholeOnly`) every word of it, each with its synonyms. Mirrors topicMatcher.
 */
export function topicTermQuery(topic: string, { wholeOnly = false }: { wholeOnly?: boolean } = {}): TermQuery {
  const parts = topicWords(topic);
  if (parts.length === 0) return NO_MATCH;
  const either: QueryTerm[][][][] = [];
  const whole = phrases(synonymsOf(topic));
  if (whole.length > 0) either.push([whole]);
  if (parts.length >= 2 && !wholeOnly) {
    const slots = parts.map((p) => phrases(synonymsOf(p)));
    if (slots.every((s) => s.length > 0)) either.push(slots);
  }
  return { either };
}

/** What a search box query finds: every typed word begins a word of the title or lead, or the query as a topic. */
export function searchTermQuery(query: string): TermQuery | null {
  const typed = [...new Set(foldedWords(query))];
  if (typed.length === 0) return null;
  const either: QueryTerm[][][][] = [typed.map((term) => [[{ term, prefix: true }]])];
  either.push(...topicTermQuery(query).either);
  return { either };
}


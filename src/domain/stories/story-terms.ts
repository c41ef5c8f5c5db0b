// The words a story is found by without reading its text: the folded, singular words of its title and lead, as the
// archive's term index keeps them; and the queries a topic or a search becomes over them, answered from the index's
// postings. A query is a superset test: it finds every story whose title or lead the topic matcher would match, and
// the caller scores those stories on their full text.
import { singular, STOPWORDS, synonymsOf, topicWords } from '../briefing/topic';
import { foldedWords } from '../text/normalize';
import type { Story } from '../types';

/** The lead: the first paragraph, at most this many characters (cut at the end of a word). */
export const LEAD_CHARS = 320;

/** A story's lead: its first paragraph, cut to about LEAD_CHARS characters at the end of a word. */
export function storyLead(text: string): string {
  const paragraph = text.trimStart().split(/\n\s*\n/, 1)[0] ?? '';
  if (paragraph.length <= LEAD_CHARS) return paragraph;
  const end = paragraph.slice(LEAD_CHARS).search(/[^\p{L}\p{N}]/u);
  return end < 0 ? paragraph : paragraph.slice(0, LEAD_CHARS + end);
}

const indexable = (w: string) => !STOPWORDS.has(w) && (w.length >= 2 || /\d/.test(w));

/** The distinct terms a story is indexed by: words of its title and lead, folded (no case, no diacritics), singular, no stopwords. */
export function storyTerms(story: Pick<Story, 'title' | 'text'>): string[] {
  const terms = new Set<string>();
  for (const w of foldedWords(`${story.title}\n${storyLead(story.text)}`)) {
    const t = singular(w);
    if (indexable(t)) terms.add(t);
  }
  return [...terms];
}

/** A term as a query names it: the word itself, or every word it begins (`prefix`), as typed in a search. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
}

/**
 * A query over indexed terms, read as: any of the `either` clauses; a clause holds when each of its slots does; a
 * slot holds when any of its phrases does; a phrase holds when the story has all of its terms.
 */
export interface TermQuery {
  either: QueryTerm[][][][];
}

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

/** Every term the query looks up (once each). */
export function queryTerms(query: TermQuery): QueryTerm[] {
  const seen = new Map<string, QueryTerm>();
  for (const clause of query.either)
    for (const slot of clause) for (const phrase of slot) for (const t of phrase) seen.set(`${t.prefix ? '*' : '='}${t.term}`, t);
  return [...seen.values()];
}

/** The key a term's postings are kept under in `evaluateTermQuery`'s lookup. */
export const termKey = (t: QueryTerm) => `${t.prefix ? '*' : '='}${t.term}`;

/** The stories (numbers or ids) the query finds, given each looked-up term's postings (by termKey; missing = none). */
export function evaluateTermQuery<K>(query: TermQuery, postings: ReadonlyMap<string, ReadonlySet<K>>): Set<K> {
  const none: ReadonlySet<K> = new Set();
  const of = (t: QueryTerm) => postings.get(termKey(t)) ?? none;
  const intersect = (sets: ReadonlySet<K>[]): Set<K> => {
    const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
    const out = new Set<K>();
    if (!smallest) return out;
    for (const n of smallest) if (rest.every((s) => s.has(n))) out.add(n);
    return out;
  };
  const union = (sets: ReadonlySet<K>[]): Set<K> => {
    const out = new Set<K>();
    for (const s of sets) for (const n of s) out.add(n);
    return out;
  };
  return union(query.either.map((clause) => intersect(clause.map((slot) => union(slot.map((phrase) => intersect(phrase.map(of))))))));
}

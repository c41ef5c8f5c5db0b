// A query over the archive's term index, and how it is answered from each term's postings: the shape the topic and
// search builders (topic-query.ts) produce and the repository evaluates.

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

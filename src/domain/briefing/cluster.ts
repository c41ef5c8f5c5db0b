// One story, told once: groups stories that report the same event (same article URL, or similar wording and the
// same names and numbers in their headlines and leads; across languages, the same names and numbers). Deterministic.
import { articleKey } from '../news/story';
import { openingOf, textLengthOf } from '../news/story-head';
import { foldDiacritics } from '../text/normalize';
import type { Briefable, Story } from '../types';

/** Reports of one event: whole stories, or heads (which hold what grouping reads: headline, opening, length). */
export interface Cluster<T extends Briefable = Story> {
  /** The story to tell: the richest (longest) report. */
  lead: T;
  /** Every story in the cluster, lead first, then by publication time. */
  stories: T[];
  /** Other outlets that reported it (distinct, not the lead's), in order of publication. */
  alsoReportedBy: string[];
}

/** Words that say nothing about which event a story reports (including the words of all AI news). */
const STOP = new Set(
  'ai a.i news story stories report reports today a an the of to in on for and or but is are was were be been it its that this with as at by from has have had will would said says new than more after over into about also their which who what how why when most can could may us và của là có được cho các những một trong với này đã sẽ đang không để từ theo khi về người ra vào đến cũng nhưng thì như tại do bị rằng nên vì hơn nhiều trên sau'.split(' '),
);
/** Capitalised words too common in news to identify an event (units, titles, months, days). */
const GENERIC_ENTITIES = new Set(
  'usd vnd eur gbp jpy mw gw kw kwh gb tb km ha cm mm kg percent ceo president chief minister january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday thang tong thong ong ba chu tich giam doc ngay'.split(' '),
);
/** Stories further apart than this are not the same event. */
const WINDOW_MS = 48 * 3_600_000;
/** An entity in more stories than this is too common to suggest pairs (it still counts when comparing them). */
const MAX_POSTING = 60;

export interface Features {
  story: Briefable;
  /** Term counts of the headline and the first three sentences (folded, no stopwords, English plurals dropped). */
  terms: Map<string, number>;
  /** Names, model names and numbers. */
  entities: Set<string>;
}

/** Folded words seen so far: news repeats its vocabulary, and folding (Unicode normalization) is the costly part. */
const folded = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** Folded, without a possessive ('s) or trailing dots. */
function fold(w: string): string {
  let f = folded.get(w);
  if (f === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    f = foldDiacritics(w.toLowerCase()).replace(/['’]s$/, '').replace(/['’.]+$/, '');
    folded.set(w, f);
  }
  return f;
}
const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const wordsOf = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
const looksLikeName = (w: string) => /\d/.test(w) || /\p{Lu}.*\p{Lu}/u.test(w) || /\p{L}.*\d|\d.*\p{L}/u.test(w);

export function features(story: Briefable): Features {
  const lead = openingOf(story);
  const terms = new Map<string, number>();
  const entities = new Set<string>();
  const capitalised = new Map<string, number>();
  const add = (f: string) => {
    if (f && !STOP.has(f)) terms.set(singular(f), (terms.get(singular(f)) ?? 0) + 1);
  };
  const entity = (f: string) => {
    const e = f.replace(/[,.]/g, '');
    if (e && !GENERIC_ENTITIES.has(e) && !STOP.has(e)) entities.add(e);
  };
  for (const w of wordsOf(story.title)) {
    const f = fold(w);
    add(f);
    if (looksLikeName(w)) entity(f);
    if (/^\p{Lu}/u.test(w)) capitalised.set(f, (capitalised.get(f) ?? 0) + 1);
  }
  for (const sentence of lead) {
    wordsOf(sentence).forEach((w, i) => {
      const f = fold(w);
      add(f);
      if (looksLikeName(w) || (i > 0 && /^\p{Lu}/u.test(w))) entity(f);
      if (/^\p{Lu}/u.test(w)) capitalised.set(f, (capitalised.get(f) ?? 0) + 1);
    });
  }
  // A name that only ever opens sentences ("Norvale AI on Friday released...") still shows by coming back.
  for (const [f, n] of capitalised) if (n >= 2) entity(f);
  return { story, terms, entities };
}

function intersect(a: Set<string>, b: Set<string>): number {
  let n = 0;
  const [s, l] = a.size < b.size ? [a, b] : [b, a];
  for (const x of s) if (l.has(x)) n++;
  return n;
}

type Vector = Map<string, number>;

function tfidf(terms: Map<string, number>, df: Map<string, number>, n: number): { v: Vector; norm: number } {
  const v: Vector = new Map();
  let sq = 0;
  for (const [t, tf] of terms) {
    const w = tf * Math.log((n + 1) / ((df.get(t) ?? 0) + 0.5));
    v.set(t, w);
    sq += w * w;
  }
  return { v, norm: Math.sqrt(sq) };
}

function cosine(a: { v: Vector; norm: number }, b: { v: Vector; norm: number }): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (const [t, x] of a.v) {
    const y = b.v.get(t);
    if (y !== undefined) dot += x * y;
  }
  return dot / (a.norm * b.norm);
}

/**
 * True when two stories report the same event. Within a language: similar wording weighted by rarity (TF-IDF
 * cosine of headline and lead) and at least two shared names or numbers, or very similar wording alone. Across
 * languages only names and numbers can match. Thresholds measured on tests/fixtures/briefing/clusters.json and
 * the sample edition: reworded reports of one event link at 0.30–0.56, different stories stay at or below 0.39
 * and then share at most one name.
 */
export function sameEvent(a: Features, b: Features, similarity: number): boolean {
  if (Math.abs(a.story.publishedAt - b.story.publishedAt) > WINDOW_MS) return false;
  const sharedEntities = intersect(a.entities, b.entities);
  const entityUnion = a.entities.size + b.entities.size - sharedEntities;
  // Famous names alone (OpenAI, Sam Altman) link different stories, so across languages it takes four shared
  // and a fair share of all (measured on the sample edition's English/Vietnamese pairs).
  if (a.story.lang !== b.story.lang) return sharedEntities >= 4 && sharedEntities / entityUnion >= 0.4;
  return (similarity >= 0.3 && sharedEntities >= 2) || similarity >= 0.6;
}

/** Groups the stories into clusters, in the order of their first story (by the given order). */
export function clusterStories<T extends Briefable>(stories: readonly T[]): Cluster<T>[] {
  const feats = stories.map(features);
  const df = new Map<string, number>();
  for (const f of feats) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = feats.map((f) => tfidf(f.terms, df, feats.length));
  const parent = stories.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };

  // Same article: one canonical URL.
  const byUrl = new Map<string, number>();
  stories.forEach((s, i) => {
    const k = articleKey(s.url);
    if (!k) return;
    const j = byUrl.get(k);
    if (j === undefined) byUrl.set(k, i);
    else union(i, j);
  });

  // Candidate pairs share an entity that is not everywhere; only they are compared.
  const postings = new Map<string, number[]>();
  feats.forEach((f, i) => f.entities.forEach((e) => postings.set(e, [...(postings.get(e) ?? []), i])));
  const compared = new Set<number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        const key = i * stories.length + j;
        if (compared.has(key)) continue;
        compared.add(key);
        if (find(i) !== find(j) && sameEvent(feats[i], feats[j], cosine(vectors[i], vectors[j]))) union(i, j);
      }
    }
  }

  const groups = new Map<number, T[]>();
  stories.forEach((s, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, members]) => {
      const lead = [...members].sort((a, b) => textLengthOf(b) - textLengthOf(a) || a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : 1))[0];
      const others = members.filter((s) => s !== lead).sort((a, b) => a.publishedAt - b.publishedAt || (a.id < b.id ? -1 : 1));
      const alsoReportedBy = [...new Set(others.map((s) => s.source))].filter((src) => src !== lead.source);
      return { lead, stories: [lead, ...others], alsoReportedBy };
    });
}

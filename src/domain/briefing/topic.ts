// Which stories are about a topic, and how strongly: every word of the topic (or a synonym, in either language)
// appears in the story; case, diacritics and simple plurals ignored. When none are, the nearest topics that are.
import { foldText, matchKey } from '../text/normalize';
import { escapeRegExp, wholeWords } from '../text/patterns';
import { textOrLead, type Leaded } from '../news/story-head';
import type { Story } from '../types';
import { synonymsOf, topicWords } from './topic-phrases';
import { STOPWORDS } from './topic-words';

/** Finds any of the phrases (word lists, singular) as whole words apart by spaces or hyphens, each word also with a plural -s. */
function phrasePattern(phrases: string[][]): RegExp {
  const alternatives = phrases
    .filter((p) => p.length > 0)
    .sort((a, b) => b.join(' ').length - a.join(' ').length)
    .map((p) => p.map((w) => `${escapeRegExp(w)}s?`).join('[\\s-]+'));
  if (alternatives.length === 0) return /(?!)/gu;
  return wholeWords(alternatives.join('|'), 'gu');
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Scores a story, or a head by its title and lead. */
type Scorer = (story: Pick<Story, 'title'> & Leaded) => number;

/** A story's title and text folded by `foldText` (lower case, no diacritics), ready for `topicMatcher`. */
export interface FoldedStory {
  title: string;
  text: string;
}

/**
 * Scores folded stories for one topic (see topicScorer), for callers that fold each story once and try several
 * topics or queries on it. Not cached. `wholeOnly`: a name of several words counts only as a whole ("Dana Whitlock",
 * not "Dana" here and "Whitlock" there), as for names taken from headlines.
 */
export function topicMatcher(topic: string, { wholeOnly = false }: { wholeOnly?: boolean } = {}): (folded: FoldedStory) => number {
  const parts = topicWords(topic);
  const whole = phrasePattern(synonymsOf(topic));
  const eachPart = parts.length >= 2 && !wholeOnly ? parts.map((p) => phrasePattern(synonymsOf(p))) : [];
  const mentions = (text: string): number => {
    const n = count(text, whole);
    if (n > 0 || eachPart.length === 0) return n;
    const each = eachPart.map((pattern) => count(text, pattern));
    return each.every((x) => x > 0) ? Math.min(...each) : 0;
  };
  return (folded) => {
    if (parts.length === 0) return 0;
    const inTitle = mentions(folded.title);
    const inText = mentions(folded.text);
    return inTitle + inText === 0 ? 0 : 0.5 * Math.min(inTitle, 1) + 0.5 * (1 - Math.exp(-inText / 2));
  };
}

/**
 * Scores stories for one topic: 0 (not about it) to 1; the headline counts most. A mention is the whole phrase or
 * a synonym, or else every word of it (each with its synonyms). Scores are kept per story object, so ranking and
 * filtering the same stories reads each text once.
 */
export function topicScorer(topic: string): Scorer {
  const match = topicMatcher(topic);
  const cache = new WeakMap<object, number>();
  return (story) => {
    const known = cache.get(story);
    if (known !== undefined) return known;
    const score = match({ title: foldText(story.title), text: foldText(textOrLead(story)) });
    cache.set(story, score);
    return score;
  };
}

/** How strongly one story is about a topic (see topicScorer). */
export function topicScore(story: Pick<Story, 'title' | 'text'>, topic: string): number {
  return topicScorer(topic)(story);
}

/** True when the story is about the topic at all. */
export function matchesTopic(story: Pick<Story, 'title' | 'text'>, topic: string): boolean {
  return topicScore(story, topic) > 0;
}

interface HeadlineName {
  name: string;
  count: number;
}

/** A name that is one half of the same two-word name in at least this share of its headlines becomes that name. */
const PAIR_SHARE = 0.8;
/** ... and in at least this many headlines (two Title Case headlines alike are no name). */
const PAIR_MIN = 3;

const bump = (map: Map<string, HeadlineName>, key: string, name: string) => {
  const known = map.get(key);
  map.set(key, { name: known?.name ?? name, count: (known?.count ?? 0) + 1 });
};

/**
 * Names in headlines: capitalised or alphanumeric words, with how many stories carry each (spelled as first seen).
 * Two such words side by side that nearly always come together ("San Francisco", "Sam Altman") are one name, so
 * neither half ("San") stands alone as a topic.
 */
function headlineNames(stories: readonly Pick<Story, 'title'>[]): Map<string, HeadlineName> {
  const names = new Map<string, HeadlineName>();
  const pairs = new Map<string, HeadlineName>();
  const pairsOf = new Map<string, Set<string>>();
  for (const s of stories) {
    const seen = new Set<string>();
    let previous: { key: string; word: string; end: number } | null = null;
    let first = true;
    for (const m of s.title.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu)) {
      const w = m[0];
      // A headline's first word is capitalised anyway ("“Apple…" too): it counts only with two capitals or a digit.
      const looksLikeName = /\p{Lu}.*\p{Lu}|\d/u.test(w) || (!first && /^\p{Lu}/u.test(w));
      first = false;
      const key = matchKey(w);
      if (!looksLikeName || key.length < 2 || STOPWORDS.has(key)) {
        previous = null;
        continue;
      }
      if (previous && s.title.slice(previous.end, m.index) === ' ') {
        const pair = `${previous.key} ${key}`;
        if (!seen.has(pair)) {
          seen.add(pair);
          bump(pairs, pair, `${previous.word} ${w}`);
          for (const half of [previous.key, key]) pairsOf.set(half, (pairsOf.get(half) ?? new Set()).add(pair));
        }
      }
      previous = { key, word: w, end: m.index + w.length };
      if (seen.has(key)) continue;
      seen.add(key);
      bump(names, key, w);
    }
  }
  for (const [key, { count }] of [...names]) {
    let best: [string, HeadlineName] | null = null;
    for (const pair of pairsOf.get(key) ?? []) {
      const p = pairs.get(pair)!;
      if (!best || p.count > best[1].count) best = [pair, p];
    }
    if (best && best[1].count >= PAIR_MIN && best[1].count >= PAIR_SHARE * count) {
      names.delete(key);
      names.set(best[0], best[1]);
    }
  }
  return names;
}

/**
 * The names most headlines carry (capitalised or alphanumeric words, as in "Nvidia", "DeepSeek", "o3-mini"), with how
 * many stories' headlines carry each: at most `n`, most carried first, then by name. Spelled as first seen.
 */
export function commonTopics(stories: readonly Pick<Story, 'title'>[], n: number): { name: string; count: number }[] {
  return [...headlineNames(stories).values()]
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, n);
}

function trigrams(s: string): Set<string> {
  const k = ` ${matchKey(s)} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= k.length; i++) out.add(k.slice(i, i + 3));
  return out;
}

/** Up to `n` topics that stories do cover: the ones that look most like the one asked for, else the most common. */
export function nearestTopics(topic: string, stories: readonly Pick<Story, 'title'>[], n = 3): string[] {
  const asked = trigrams(topic);
  const askedWords = topicWords(topic);
  const scored = [...headlineNames(stories).entries()]
    .filter(([key]) => !key.split(' ').every((k) => askedWords.includes(k)))
    .map(([, { name, count }]) => {
      const t = trigrams(name);
      const shared = [...t].filter((x) => asked.has(x)).length;
      return { name, count, likeness: shared / (t.size + asked.size - shared) };
    });
  return scored
    .sort((a, b) => (b.likeness >= 0.2 ? 1 : 0) - (a.likeness >= 0.2 ? 1 : 0) || b.likeness - a.likeness || b.count - a.count || (a.name < b.name ? -1 : 1))
    .slice(0, n)
    .map((x) => x.name);
}

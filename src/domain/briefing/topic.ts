// Which stories are about a topic, and how strongly: every word of the topic (or a synonym, in either language)
// appears in the story; case, diacritics and simple plurals ignored. When none are, the nearest topics that are.
import { matchKey } from '../text/normalize';
import type { Story } from '../types';
import { TOPIC_SYNONYMS } from './topic-synonyms';

const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'and', 'on', 'in', 'for', 'to', 've', 'cua', 'va', 'cac', 'nhung']);

const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const words = (text: string) => matchKey(text).split(' ').filter(Boolean).map(singular);

/** Synonym groups as word lists, by every member's key. */
let groups: Map<string, string[][]> | null = null;
function synonymsOf(phrase: string): string[][] {
  if (!groups) {
    groups = new Map();
    for (const group of TOPIC_SYNONYMS) {
      const members = group.map(words);
      for (const m of members) groups.set(m.join(' '), members);
    }
  }
  return groups.get(words(phrase).join(' ')) ?? [words(phrase)];
}

/** The words a topic is matched by (folded, singular, no stopwords). */
export function topicWords(topic: string): string[] {
  return words(topic).filter((w) => !STOPWORDS.has(w));
}

/** True when `phrase` (a word list) occurs in `text` (a word list). */
function contains(text: string[], phrase: string[]): number {
  let n = 0;
  for (let i = 0; i + phrase.length <= text.length; i++) if (phrase.every((w, k) => text[i + k] === w)) n++;
  return n;
}

/** Mentions of the topic (the whole phrase, a synonym, or else every word with its synonyms) in a text. */
function mentions(text: string[], topic: string): number {
  const whole = synonymsOf(topic).reduce((n, alt) => n + contains(text, alt), 0);
  if (whole > 0) return whole;
  const parts = topicWords(topic);
  if (parts.length < 2) return 0;
  const each = parts.map((w) => synonymsOf(w).reduce((n, alt) => n + contains(text, alt), 0));
  return each.every((n) => n > 0) ? Math.min(...each) : 0;
}

/** How strongly a story is about the topic: 0 (not at all) to 1; the headline counts most. */
export function topicScore(story: Pick<Story, 'title' | 'text'>, topic: string): number {
  if (topicWords(topic).length === 0) return 0;
  const inTitle = mentions(words(story.title), topic);
  const inText = mentions(words(story.text), topic);
  if (inTitle + inText === 0) return 0;
  return 0.5 * Math.min(inTitle, 1) + 0.5 * (1 - Math.exp(-inText / 2));
}

/** True when the story is about the topic at all. */
export function matchesTopic(story: Pick<Story, 'title' | 'text'>, topic: string): boolean {
  return topicScore(story, topic) > 0;
}

/** Names in headlines: capitalised or alphanumeric words, with how many stories carry each. */
function headlineNames(stories: readonly Pick<Story, 'title'>[]): Map<string, { name: string; count: number }> {
  const names = new Map<string, { name: string; count: number }>();
  for (const s of stories) {
    const seen = new Set<string>();
    s.title.match(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu)?.forEach((w, i) => {
      const looksLikeName = /\p{Lu}.*\p{Lu}|\d/u.test(w) || (i > 0 && /^\p{Lu}/u.test(w));
      const key = matchKey(w);
      if (!looksLikeName || key.length < 2 || STOPWORDS.has(key) || seen.has(key)) return;
      seen.add(key);
      names.set(key, { name: w, count: (names.get(key)?.count ?? 0) + 1 });
    });
  }
  return names;
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
  const scored = [...headlineNames(stories).entries()]
    .filter(([key]) => !topicWords(topic).includes(key))
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

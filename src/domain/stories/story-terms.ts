// The words a story is found by without reading its text: the folded, singular words of its title and lead, as the
// archive's term index keeps them (queries over them: term-query.ts, topic-query.ts).
import { singular, STOPWORDS } from '../briefing/topic-words';
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

/** A word the index keeps: not a stopword, two characters or more (or a number). */
export const indexable = (w: string) => !STOPWORDS.has(w) && (w.length >= 2 || /\d/.test(w));

/** The distinct terms a story is indexed by: words of its title and lead, folded (no case, no diacritics), singular, no stopwords. */
export function storyTerms(story: Pick<Story, 'title' | 'text'>): string[] {
  const terms = new Set<string>();
  for (const w of foldedWords(`${story.title}\n${storyLead(story.text)}`)) {
    const t = singular(w);
    if (indexable(t)) terms.add(t);
  }
  return [...terms];
}

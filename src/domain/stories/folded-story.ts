// A story's title and text folded once (lower case, no diacritics) for search, which tries new words on the same
// stories at every pause in typing.
import type { FoldedStory } from '../briefing/topic';
import { foldText } from '../text/normalize';
import type { Story } from '../types';

const folded = new WeakMap<object, FoldedStory>();

/** The folded title and text of a story, computed on first use and kept as long as the story object lives. */
export function foldedStory(story: Pick<Story, 'title' | 'text'>): FoldedStory {
  let f = folded.get(story);
  if (!f) folded.set(story, (f = { title: foldText(story.title), text: foldText(story.text) }));
  return f;
}

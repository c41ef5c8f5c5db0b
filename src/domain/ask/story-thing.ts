// Questions about the story's own thing, asked without naming anything else: "why are they doing this?", "vụ thí điểm
// này hết bao nhiêu tiền?". What such a question says, besides its kind and its pointers ("this", "này"), the title or
// the lead says too.
import { foldedWords } from './fitting';
import type { StoryIndex } from './story-index';

/** The folded words of the title and the text's first sentence. */
function titleAndLead(index: StoryIndex): Set<string> {
  const lead = index.sentences.filter((s) => !s.title).slice(0, 1);
  return new Set([...index.sentences.filter((s) => s.title), ...lead].flatMap((s) => foldedWords(s.text)));
}

/** True when every word of `words` (folded) not in `generic` is one the title or the lead says. */
export function aboutTheStorysThing(words: readonly string[], generic: ReadonlySet<string>, index: StoryIndex): boolean {
  const known = titleAndLead(index);
  // "pothole" is said of a story about "potholes": a plural's s is no other word.
  const en = index.lang !== 'vi';
  return words.filter((w) => !generic.has(w)).every((w) => known.has(w) || (en && (known.has(`${w}s`) || (w.endsWith('s') && known.has(w.slice(0, -1))))));
}

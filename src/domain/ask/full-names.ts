// A person named by one word after the first mention ("Raman", "bà Ngọc") is answered by the full name the story
// gave them: "who founded it?" → "Trương Bảo Ngọc", not "Ngọc".
import type { StoryIndex } from './story-index';
import type { Entity } from './types';

/** The longest name a person is given in full. */
const MAX_NAME_WORDS = 5;

/**
 * The full name the story gives a person an entity names by one word: the one person's name holding that word, or the
 * entity's own text where no name or several names hold it (two people called Anh are not told apart).
 */
export function fullName(e: Entity, index: StoryIndex): string {
  if (e.kind !== 'person' || e.text.includes(' ')) return e.text;
  const names = new Set<string>();
  for (const s of index.sentences) {
    for (const n of s.entities) {
      const words = n.text.split(' ');
      if (n.kind === 'person' && words.length > 1 && words.length <= MAX_NAME_WORDS && words.includes(e.text)) names.add(n.text);
    }
  }
  return names.size === 1 ? [...names][0] : e.text;
}

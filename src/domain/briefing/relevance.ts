// How much a story is about AI, from the lexicon, read in its title and lead (news names its subject early).
import { matchKey } from '../text/normalize';
import type { Story } from '../types';
import { leadOf, type Leaded } from '../news/story-head';
import { AI_TERMS } from './ai-lexicon';

interface CompiledTerm {
  words: string[];
  weight: number;
}

let byFirstWord: Map<string, CompiledTerm[]> | null = null;

function compiled(): Map<string, CompiledTerm[]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  for (const [term, weight] of Object.entries(AI_TERMS)) {
    const words = matchKey(term).split(' ');
    byFirstWord.set(words[0], [...(byFirstWord.get(words[0]) ?? []), { words, weight }]);
  }
  return byFirstWord;
}

/** Lexicon weight of the distinct terms in a piece of text. */
function weightOf(text: string): number {
  // An English possessive names the same thing: "Norvale AI's model" is about AI.
  const tokens = matchKey(text.replace(/(\p{L})['’]s\b/gu, '$1')).split(' ');
  const seen = new Set<string>();
  let sum = 0;
  const lexicon = compiled();
  for (let i = 0; i < tokens.length; i++) {
    for (const term of lexicon.get(tokens[i]) ?? []) {
      const key = term.words.join(' ');
      if (seen.has(key)) continue;
      if (term.words.every((w, k) => tokens[i + k] === w)) {
        seen.add(key);
        sum += term.weight;
      }
    }
  }
  return sum;
}

/** Scores already computed, by headline and lead: the same stories are scored for every briefing. */
const known = new Map<string, number>();
const KNOWN_MAX = 20_000;

/**
 * 0 (not about AI) to 1 (clearly about AI): title terms count double. Reads the title and the text's first LEAD_CHARS
 * characters, so a story's head (its lead) scores the same as the story.
 */
export function aiRelevance(story: Pick<Story, 'title'> & Leaded): number {
  const lead = leadOf(story);
  const key = `${story.title}\n${lead}`;
  let relevance = known.get(key);
  if (relevance === undefined) {
    relevance = 1 - Math.exp(-(2 * weightOf(story.title) + weightOf(lead)) / 4);
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(key, relevance);
  }
  return relevance;
}

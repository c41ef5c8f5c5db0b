// The phrases the ear listens for as a finite-state grammar of words, for the second ear (PocketSphinx): the same
// graph as the first ear's (phrase-graph.ts), built over words instead of tokens. The second ear always answers with
// one of these phrases, whatever was said; the first ear then weighs that phrase against what it heard itself
// (hear.ts, choose-phrase.ts), which is what tells a command from another assistant's request. Pure: the worker
// hands the grammar to the recognizer as it is.
import type { Grammar, Intent } from '../command/types';
import { phraseGraph, type DeviceNames } from './phrase-graph';
import type { TokenNode } from './token-graph';

export interface WordTransition {
  from: number;
  to: number;
  /** The word said on the way, '' for none. */
  word: string;
  /** Log-probability in the recognizer's units (log base 1.0001, as PocketSphinx's grammars count). */
  logp: number;
}

export interface WordGrammar {
  numStates: number;
  start: number;
  end: number;
  transitions: WordTransition[];
  /** Every word the transitions say (each needs a pronunciation). */
  words: string[];
  /** How many command phrases and news chains the grammar holds (as phraseGraph counts them). */
  phrases: number;
  /** Each word as the phrases write it ("techcrunch" → TechCrunch, Techcrunch), for the first ear to weigh the result. */
  written: ReadonlyMap<string, readonly string[]>;
}

const NUMBER_WORDS: Record<string, string> = { '2': 'two', '3': 'three', '5': 'five', '10': 'ten', '15': 'fifteen', '20': 'twenty', '30': 'thirty', '45': 'forty five', '60': 'sixty' };

/** A written word as the words it is said as, in the dictionary's spelling: lower case, hyphens and digits said. */
export function spokenWords(word: string): string[] {
  return word
    .toLowerCase()
    .split(/[-\s]+/)
    .flatMap((w) => (NUMBER_WORDS[w] ?? w).split(' '))
    .map((w) => w.replace(/[^a-z0-9']/g, ''))
    .filter((w) => w.length > 0 && /[a-z]/.test(w));
}

/**
 * The grammar of every phrase the first ear listens for, over words. An open slot (a topic the device has no name
 * for) ends nowhere here: the second ear cannot spell what it has no word for, and the first ear hears those.
 */
export function wordGrammar(grammar: Grammar, names: DeviceNames, intentOf: (phrase: string) => Intent): WordGrammar {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const written = new Map<string, string[]>();
  const encodeWord = (word: string) => {
    const spoken = spokenWords(word);
    // A word said as one word is written as the phrase wrote it; "two-minute" is written as its words are.
    const as = spoken.length === 1 ? word : null;
    for (const w of spoken) {
      const forms = written.get(w) ?? written.set(w, []).get(w)!;
      const form = as ?? w;
      if (!forms.includes(form)) forms.push(form);
    }
    return spoken.map((w) => {
      let id = ids.get(w);
      if (id === undefined) {
        ids.set(w, (id = words.length));
        words.push(w);
      }
      return id;
    });
  };
  const { root, phrases } = phraseGraph(grammar, names, encodeWord, intentOf);
  // Nodes with the same ways out are one state (the trie's many endings "… please", "… now" become one): far fewer
  // states for the recognizer to search.
  const END = 1;
  const transitions: WordTransition[] = [];
  const canonical = new Map<string, number>();
  const stateOf = new Map<TokenNode, number>();
  let count = 2;
  const visit = (node: TokenNode): number => {
    const known = stateOf.get(node);
    if (known !== undefined) return known;
    const out: [string, number][] = [];
    for (const [id, child] of node.next) out.push([words[id], visit(child)]);
    for (const other of node.also) out.push(['', visit(other)]);
    if (node.end) out.push(['', END]);
    const ways = [...new Map(out.map((o) => [`${o[0]}>${o[1]}`, o])).values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    const key = ways.map(([w, s]) => `${w}>${s}`).join(' ');
    let s = node === root ? 0 : canonical.get(key);
    if (s === undefined) {
      s = count++;
      canonical.set(key, s);
      for (const [word, to] of ways) transitions.push({ from: s, to, word, logp: 0 });
    } else if (node === root) {
      for (const [word, to] of ways) transitions.push({ from: 0, to, word, logp: 0 });
    }
    stateOf.set(node, s);
    return s;
  };
  visit(root);
  return { numStates: count, start: 0, end: END, transitions, words, phrases, written };
}

/** The second ear's result as a phrase (its words, one space apart), or null when it heard nothing. */
export function phraseOf(hypothesis: string): string | null {
  const said = hypothesis.trim().split(/\s+/).filter(Boolean);
  return said.length === 0 ? null : said.join(' ');
}

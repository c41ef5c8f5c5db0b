// Builds the token graph the ear decodes over (token-graph.ts): the grammar's command phrases, each with the lead and
// tail words the parser allows around it, and the chains of parts that make requests for news (listen-phrases-en.ts),
// with their slots filled from the device's names. Words become the recognizer's tokens through an encoder the
// platform gives (the recognizer's own tokenizer); the recognizer writes in sentence case, so a phrase's first word
// is capitalised.
import type { Grammar, Intent, IntentPhrases } from '../command/types';
import { addPath, tokenNode, type TokenNode } from './token-graph';
import { DAYS, LEADS, MINUTES, NEWS_CHAINS, TAILS, TIMER_NUMBERS, WILDCARDS } from './listen-phrases-en';

/** A word, spoken after a space, as the recognizer's tokens ("DeepSeek" → ▁Deep, Se, ek). */
export type EncodeWord = (word: string) => readonly number[];

/** The names the device holds: topics found in the stories, outlets among the sources (both as written). */
export interface DeviceNames {
  topics: readonly string[];
  outlets: readonly string[];
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** A name as written and with only its first letter capitalised ("DeepSeek", "Deepseek"). */
const spellingsOf = (name: string) => [...new Set([name, capitalise(name.toLowerCase())])];

/** The grammar's outlets as they are usually written: "the verge" → "The Verge", words of three letters in capitals ("CNN", "ABC News"). */
const grammarOutlets = (grammar: Grammar): string[] =>
  grammar.outlets.map((o) => o.split(' ').map((w) => (w.length <= 3 && w !== 'the' ? w.toUpperCase() : capitalise(w))).join(' '));

/**
 * A command's fragments joined where one ends with the word the other starts with: the parser finds "pick up where" and
 * "where you left off" inside what is said, but the ear hears whole phrases, and "pick up where you left off" is neither.
 * Without the joined phrase the search ends at "pick up where", which covers too little of what was said to be taken.
 */
export function joinedFragments(contains: readonly string[]): string[] {
  const out = new Set<string>();
  // Fragments with a "*" or "#" stay apart: their fillings would multiply (WILDCARDS × WILDCARDS for two "*").
  const words = contains.filter((c) => !/[*#]/.test(c)).map((c) => c.split(' '));
  for (const a of words)
    for (const b of words)
      if (a !== b && a.length > 1 && b.length > 1 && a[a.length - 1] === b[0]) out.add([...a, ...b.slice(1)].join(' '));
  for (const c of contains) out.delete(c);
  return [...out];
}

/**
 * The graph of every phrase, and how many command phrases and news chains it holds. `intentOf` (the parser's) is asked
 * of each command phrase with its lead and tail words ("okay just a second" is not a pause to the parser, "just a
 * second" is), and of each filled "*" and "#": only those it understands as the command they come from are added.
 */
export function phraseGraph(grammar: Grammar, names: DeviceNames, encodeWord: EncodeWord, intentOf: (phrase: string) => Intent): { root: TokenNode; phrases: number; names: string[] } {
  const cache = new Map<string, readonly number[]>();
  const encode = (text: string, first: boolean) =>
    text.split(/\s+/).flatMap((w, i) => {
      const word = first && i === 0 ? capitalise(w) : w;
      let t = cache.get(word);
      if (!t) cache.set(word, (t = encodeWord(word)));
      return [...t];
    });
  const slots: Record<string, readonly string[]> = {
    '{T}': [...new Set(names.topics.flatMap(spellingsOf))],
    '{S}': [...new Set([...names.outlets, ...grammarOutlets(grammar)].flatMap(spellingsOf))],
    '{D}': DAYS,
    '{N}': MINUTES,
  };
  /** An alternative with each slot filled in every way. */
  const expand = (alt: string): string[] => {
    const slot = Object.keys(slots).find((s) => alt.includes(s));
    return slot ? slots[slot].flatMap((v) => expand(alt.replace(slot, v))) : [alt];
  };

  const root = tokenNode();
  let phrases = 0;
  const link = (from: TokenNode, to: TokenNode) => {
    if (!from.also.includes(to)) from.also.push(to);
  };
  /** A grammar phrase as said: "*" filled with a few words, "#" with numbers; a phrase marked "!" (diacritics only) left out. */
  const said = (p: string): string[] => {
    if (p.startsWith('!')) return [];
    if (p.includes('*')) return WILDCARDS.flatMap((w) => said(p.replace('*', w)));
    if (p.includes('#')) return TIMER_NUMBERS.flatMap((n) => said(p.replace('#', n)));
    return [p];
  };
  const stops = [...grammar.stopAfterStory, ...grammar.sleepTimer.map((t) => t.phrase), ...grammar.sleepTimerFixed.map((t) => t.phrase), ...grammar.sleepCancel];
  const commandPhrases: [Intent, string[]][] = (Object.entries(grammar.intents) as [Intent, IntentPhrases | undefined][]).map(([intent, p]) => [
    intent,
    [...(p?.exact ?? []), ...(p?.contains ?? []), ...joinedFragments(p?.contains ?? [])],
  ]);
  for (const [intent, listed] of [...commandPhrases, ['stop', stops] as [Intent, string[]]]) {
    if (intent === 'none') continue;
    for (const p of new Set(listed.flatMap(said))) {
      for (const lead of LEADS) {
        for (const tail of TAILS) {
          const text = [lead, p, tail].filter(Boolean).join(' ');
          if (intentOf(text) !== intent) continue;
          addPath(root, encode(text, true));
          phrases++;
        }
      }
    }
  }

  for (const chain of NEWS_CHAINS) {
    // Entries where the next word starts the utterance (capitalised), and where it does not.
    let first: TokenNode[] = [root];
    let later: TokenNode[] = [];
    for (const part of chain.parts) {
      const [firstOut, laterOut] = [tokenNode(), tokenNode()];
      let skippedAtFirst = false;
      for (const alt of part.flatMap(expand)) {
        if (alt === '') {
          skippedAtFirst ||= first.length > 0;
          for (const e of later) link(e, laterOut);
          continue;
        }
        for (const e of first) link(addPath(e, encode(alt, true), false), laterOut);
        for (const e of later) link(addPath(e, encode(alt, false), false), laterOut);
      }
      if (skippedAtFirst) for (const e of first) link(e, firstOut);
      first = skippedAtFirst ? [firstOut] : [];
      later = [laterOut];
    }
    for (const n of later) {
      if (chain.open) n.open = true;
      else n.end = true;
    }
    phrases++;
  }
  // The names as written, for words an open slot hears to be snapped to (choose-phrase.ts).
  return { root, phrases, names: [...new Set([...names.topics, ...names.outlets, ...grammarOutlets(grammar)])] };
}

/**
 * The graph of one phrase the second ear heard (its dictionary's words, "what's new on techcrunch"), each word in any
 * of the ways the phrases write it (word-grammar.ts), the first capitalised: the first ear weighs how well it
 * explains the audio.
 */
export function heardGraph(words: readonly string[], written: ReadonlyMap<string, readonly string[]>, encodeWord: EncodeWord): TokenNode {
  const root = tokenNode();
  let at = root;
  words.forEach((w, i) => {
    const out = tokenNode();
    for (const form of new Set((written.get(w) ?? [w]).map((f) => (i === 0 ? capitalise(f) : f)))) {
      const end = addPath(at, form.split(/\s+/).flatMap((piece) => [...encodeWord(piece)]), false);
      if (!end.also.includes(out)) end.also.push(out);
    }
    at = out;
  });
  at.end = words.length > 0;
  return root;
}

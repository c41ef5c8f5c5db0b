// A language's grammar compiled for matching: phrases folded or not, indexed by first token, cached per mode.
import type { Lang } from '../types';
import { compileDays, type CompiledDays } from './days';
import { en } from './grammar-en';
import { vi } from './grammar-vi';
import { compileNumbers, type CompiledNumbers } from './numbers';
import { candidatesAt, compilePhrase, matchAt, phraseSet, type Phrase, type PhraseSet } from './tokens';
import type { Grammar, Intent } from './types';

const GRAMMARS: Record<Lang, Grammar> = { en, vi };
/** Intents a single mistyped or misheard word may stand for ("nex", "stope"). */
export const NEAR_MISS_INTENTS: readonly Intent[] = ['next', 'previous', 'repeat', 'pause', 'resume', 'stop'];

export interface Compiled {
  fillers: PhraseSet;
  openers: PhraseSet;
  /** Closers indexed by their last token (they are matched at the end of the utterance). */
  closersByLast: ReadonlyMap<string, readonly Phrase[]>;
  exact: Map<string, Intent>;
  contains: [Intent, PhraseSet][];
  newsCues: PhraseSet;
  strongNewsCues: PhraseSet;
  otherDomains: PhraseSet;
  vetoDomains: PhraseSet;
  vetoExemptAfter: PhraseSet;
  /** Words allowed beside a transport phrase found inside a longer utterance. */
  commandContext: PhraseSet;
  topicMarkers: PhraseSet;
  weakTopicMarkers: PhraseSet;
  outlets: PhraseSet;
  /** Each outlet by its letters alone ("techcrunch" → tech crunch), for spellings split or joined otherwise (parse-command.ts). */
  outletSpellings: Map<string, Phrase>;
  topicalCues: PhraseSet;
  dayCues: PhraseSet;
  demonstratives: PhraseSet;
  /** What may end a topic without being part of it (frames, news words, fillers, markers). */
  notTopicTail: PhraseSet;
  /** What may start a topic without being part of it: the same plus the default AI domain ("AI chip news" → chip). */
  notTopicHead: PhraseSet;
  defaultDomain: Set<string>;
  days: CompiledDays;
  numbers: CompiledNumbers;
  nearMiss: Map<string, Intent>;
  stopAfterStory: PhraseSet;
  heardAgain: PhraseSet;
  keepSample: PhraseSet;
  allNews: PhraseSet;
  whatsNew: PhraseSet;
  sleepTimer: [Phrase, number][];
  sleepTimerFixed: [Phrase, number][];
  sleepCancel: PhraseSet;
  briefingLength: Phrase[];
}

const cache = new Map<string, Compiled>();

/** The grammar of a language for text with diacritics (`fold` false) or typed without them. */
export function compile(lang: Lang, fold: boolean): Compiled {
  const id = `${lang}:${fold}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const g = GRAMMARS[lang];
  const list = (phrases: readonly string[]) => phraseSet(phrases.map((p) => compilePhrase(p, fold)));
  const outlets = list(g.outlets);
  const closersByLast = new Map<string, Phrase[]>();
  for (const p of list(g.closers).all) closersByLast.set(p[p.length - 1], [...(closersByLast.get(p[p.length - 1]) ?? []), p]);
  const exact = new Map<string, Intent>();
  const nearMiss = new Map<string, Intent>();
  for (const [intent, phrases] of Object.entries(g.intents) as [Intent, NonNullable<Grammar['intents'][Intent]>][]) {
    for (const p of phrases.exact ?? []) {
      const key = compilePhrase(p, fold).join(' ');
      if (!key) continue;
      if (!exact.has(key)) exact.set(key, intent);
      if (NEAR_MISS_INTENTS.includes(intent) && !key.includes(' ')) nearMiss.set(key, intent);
    }
  }
  const c: Compiled = {
    fillers: list(g.fillers),
    openers: list(g.openers),
    closersByLast,
    exact,
    contains: g.priority.map((intent): [Intent, PhraseSet] => [intent, list(g.intents[intent]?.contains ?? [])]),
    newsCues: list(g.newsCues),
    strongNewsCues: list(g.strongNewsCues),
    otherDomains: list(g.otherDomains),
    vetoDomains: list(g.vetoDomains),
    vetoExemptAfter: list(g.vetoExemptAfter),
    commandContext: list([...g.commandObjects, ...g.fillers, ...g.openers, ...g.closers]),
    topicMarkers: list(g.topicMarkers),
    weakTopicMarkers: list(g.weakTopicMarkers),
    outlets,
    outletSpellings: new Map(outlets.all.map((p): [string, Phrase] => [p.join(''), p])),
    topicalCues: list(g.topicalCues),
    dayCues: list(g.dayCues),
    demonstratives: list(g.demonstratives),
    notTopicTail: list([...g.topicFrame, ...g.newsCues, ...g.fillers, ...g.topicMarkers, ...g.weakTopicMarkers, ...g.outlets]),
    notTopicHead: list([...g.topicFrame, ...g.newsCues, ...g.defaultDomain, ...g.fillers, ...g.topicMarkers, ...g.weakTopicMarkers, ...g.outlets]),
    defaultDomain: new Set(g.defaultDomain.map((p) => compilePhrase(p, fold).join(' '))),
    days: compileDays(g.days, fold, [...Object.keys(g.numbers.units), ...Object.keys(g.numbers.tens), ...Object.keys(g.numbers.fixed)]),
    numbers: compileNumbers(g.numbers, fold),
    nearMiss,
    stopAfterStory: list(g.stopAfterStory),
    heardAgain: list(g.heardAgain),
    keepSample: list(g.keepSample),
    allNews: list(g.allNews),
    whatsNew: list(g.whatsNew),
    sleepTimer: g.sleepTimer.map((t): [Phrase, number] => [compilePhrase(t.phrase, fold), t.unit === 'hour' ? 60 : 1]),
    sleepTimerFixed: g.sleepTimerFixed.map((t): [Phrase, number] => [compilePhrase(t.phrase, fold), t.minutes]),
    sleepCancel: list(g.sleepCancel),
    briefingLength: g.briefingLength.map((p) => compilePhrase(p, fold)),
  };
  cache.set(id, c);
  return c;
}

/** The utterance and its variants with openers and closers peeled off, most literal first. */
export function variants(keys: readonly string[], c: Compiled): string[][] {
  const out: string[][] = [[...keys]];
  const seen = new Set([keys.join(' ')]);
  for (let i = 0; i < out.length && out.length < 32; i++) {
    const k = out[i];
    for (const p of candidatesAt(k, 0, c.openers)) if (matchAt(k, p, 0) === p.length && p.length < k.length) push(k.slice(p.length));
    for (const p of c.closersByLast.get(k[k.length - 1]) ?? []) {
      if (k.length > p.length && matchAt(k, p, k.length - p.length) === k.length) push(k.slice(0, k.length - p.length));
    }
  }
  return out;
  function push(next: string[]) {
    const key = next.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(next);
    }
  }
}

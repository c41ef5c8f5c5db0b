// Turns one transcript into a Command: the grammar data of the user's language (then the other one), matched
// with diacritics when the text has them and without when it was typed without. Never guesses: no match is `none`.
import type { Lang } from '../types';
import { compileDays, findDays, type CompiledDays, type DayHit } from './days';
import { nearestUnambiguous } from './fuzzy';
import { en } from './grammar-en';
import { vi } from './grammar-vi';
import { compileNumbers, type CompiledNumbers } from './numbers';
import { candidatesAt, compilePhrase, findAny, hasDiacritics, matchAt, phraseSet, removeAll, tokenize, type Phrase, type PhraseSet, type Token } from './tokens';
import { NONE, type Command, type Grammar, type Intent, type ParseContext } from './types';

const GRAMMARS: Record<Lang, Grammar> = { en, vi };
/** Intents a single mistyped or misheard word may stand for ("nex", "stope"). */
const NEAR_MISS_INTENTS: readonly Intent[] = ['next', 'previous', 'repeat', 'pause', 'resume', 'stop'];
/** Transport intents found inside a longer utterance count only when nothing foreign is left beside them. */
const TRANSPORT: readonly Intent[] = ['next', 'previous', 'pause', 'resume', 'stop'];

interface Compiled {
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
  topicalCues: PhraseSet;
  demonstratives: PhraseSet;
  /** What may end a topic without being part of it (frames, news words, fillers, markers). */
  notTopicTail: PhraseSet;
  /** What may start a topic without being part of it: the same plus the default AI domain ("AI chip news" → chip). */
  notTopicHead: PhraseSet;
  defaultDomain: Set<string>;
  days: CompiledDays;
  numbers: CompiledNumbers;
  nearMiss: Map<string, Intent>;
}

const cache = new Map<string, Compiled>();

function compile(lang: Lang, fold: boolean): Compiled {
  const id = `${lang}:${fold}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const g = GRAMMARS[lang];
  const list = (phrases: readonly string[]) => phraseSet(phrases.map((p) => compilePhrase(p, fold)));
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
    outlets: list(g.outlets),
    topicalCues: list(g.topicalCues),
    demonstratives: list(g.demonstratives),
    notTopicTail: list([...g.topicFrame, ...g.newsCues, ...g.fillers, ...g.topicMarkers, ...g.weakTopicMarkers, ...g.outlets]),
    notTopicHead: list([...g.topicFrame, ...g.newsCues, ...g.defaultDomain, ...g.fillers, ...g.topicMarkers, ...g.weakTopicMarkers, ...g.outlets]),
    defaultDomain: new Set(g.defaultDomain.map((p) => compilePhrase(p, fold).join(' '))),
    days: compileDays(g.days, fold, [...Object.keys(g.numbers.units), ...Object.keys(g.numbers.tens), ...Object.keys(g.numbers.fixed)]),
    numbers: compileNumbers(g.numbers, fold),
    nearMiss,
  };
  cache.set(id, c);
  return c;
}

/** The utterance and its variants with openers and closers peeled off, most literal first. */
function variants(keys: readonly string[], c: Compiled): string[][] {
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

function exactIntent(keys: readonly string[], c: Compiled): Intent | null {
  for (const v of variants(keys, c)) {
    const intent = c.exact.get(v.join(' '));
    if (intent) return intent;
  }
  return null;
}

/** Which tokens some occurrence of the phrases covers. */
function covered(keys: readonly string[], phrases: PhraseSet): boolean[] {
  const cov = keys.map(() => false);
  for (let start = 0; start < keys.length; start++) {
    for (const p of candidatesAt(keys, start, phrases)) {
      const end = matchAt(keys, p, start);
      for (let i = start; i < end; i++) cov[i] = true;
    }
  }
  return cov;
}

/**
 * Strips the words around a topic: any token covered by a frame phrase, from either end. Covering (rather than
 * peeling one phrase at a time) keeps "đọc tin tức" from being cut as "đọc tin" + "tức". The default AI domain is
 * stripped only at the start ("AI chip news" → chip) since it can end a real topic ("luật AI", AI law).
 */
function trimTopic(tokens: Token[], c: Compiled): Token[] {
  const keys = tokens.map((t) => t.key);
  const head = covered(keys, c.notTopicHead);
  const tail = covered(keys, c.notTopicTail);
  let a = 0;
  let b = keys.length;
  while (a < b && head[a]) a++;
  while (b > a && tail[b - 1]) b--;
  const topic = tokens.slice(a, b);
  return c.defaultDomain.has(topic.map((t) => t.key).join(' ')) ? [] : topic;
}

const words = (tokens: Token[]) => tokens.map((t) => t.raw).join(' ');

/**
 * The topic after a marker ("about the Brexit talks"), keeping a leading "the" that belongs to the name. When a
 * marker names only the default domain ("có gì mới về AI"), `before` is what precedes it ("Apple có gì mới").
 */
function topicAfterMarker(rest: Token[], c: Compiled, markers: PhraseSet): { topic: string | null; before: Token[] | null } {
  const keys = rest.map((t) => t.key);
  let before: Token[] | null = null;
  for (let from = 0; from < keys.length; ) {
    const marker = findAny(keys, markers, from);
    if (!marker) break;
    const span = rest.slice(marker.end);
    const after = trimTopic(span, c);
    if (after.length > 0) {
      const first = span.indexOf(after[0]);
      return { topic: words(first > 0 && span[first - 1].key === 'the' ? span.slice(first - 1, first + after.length) : after), before: null };
    }
    before ??= rest.slice(0, marker.start);
    from = marker.end;
  }
  return { topic: null, before };
}

/** What the news should be about: the words after a topic marker ("about X"), else what is left of the request. */
function topicOf(tokens: Token[], days: DayHit | null, c: Compiled): string | null {
  const rest = days ? [...tokens.slice(0, days.start), ...tokens.slice(days.end)] : tokens;
  const marked = topicAfterMarker(rest, c, c.topicMarkers);
  if (marked.topic) return marked.topic;
  const span = marked.before ?? rest;
  // A weak marker ("in", "for") starts the topic only when nothing topical stands before it.
  const weak = findAny(
    span.map((t) => t.key),
    c.weakTopicMarkers,
  );
  if (weak && trimTopic(span.slice(0, weak.start), c).length === 0) {
    const after = topicAfterMarker(span, c, c.weakTopicMarkers);
    if (after.topic) return after.topic;
  }
  const whole = trimTopic(span, c);
  return whole.length > 0 ? words(whole) : null;
}

/** True when, after removing the command's own phrases and harmless words, nothing is left. */
function onlyCommand(keys: readonly string[], phrases: PhraseSet, c: Compiled): boolean {
  const tokens = keys.map((key) => ({ raw: key, key }));
  return removeAll(removeAll(tokens, phrases), c.commandContext).length === 0;
}

function briefOf(content: Token[], c: Compiled, ctx: ParseContext): Command {
  const keys = content.map((t) => t.key);
  const days = findDays(keys, c.days, c.numbers, ctx.today);
  return { intent: 'brief', topic: topicOf(content, days, c), from: days?.from ?? null, to: days?.to ?? null };
}

function parseWith(tokens: Token[], lang: Lang, fold: boolean, ctx: ParseContext): Command {
  const c = compile(lang, fold);
  const rawKeys = tokens.map((t) => t.key);
  const content = removeAll(tokens, c.fillers);
  const keys = content.map((t) => t.key);
  const days = () => findDays(keys, c.days, c.numbers, ctx.today);

  // 1. The whole utterance is a command phrase (after fillers, openers and closers).
  const exact = exactIntent(keys, c) ?? exactIntent(rawKeys, c);
  if (exact === 'replay') return { ...NONE, intent: 'replay', from: days()?.from ?? null, to: days()?.to ?? null };
  if (exact) return { ...NONE, intent: exact };

  // 2. Another domain's words (music, weather, messages…) keep us out unless news is asked for outright.
  // Veto words count only before "about": "news about Hillary's email issue" is still news.
  const markerAt = findAny(keys, c.vetoExemptAfter)?.start ?? keys.length;
  const vetoed = findAny(keys.slice(0, markerAt), c.vetoDomains) !== null;
  const blocked = vetoed || findAny(keys, c.otherDomains) !== null;
  const strong = !vetoed && findAny(keys, c.strongNewsCues) !== null;

  // 3. A distinctive command phrase anywhere, in priority order.
  if (!blocked) {
    for (const [intent, phrases] of c.contains) {
      const hit = findAny(keys, phrases) ?? findAny(rawKeys, phrases);
      if (!hit) continue;
      // A one-word transport verb inside a longer request may control something else ("resume animal farm").
      if (TRANSPORT.includes(intent) && hit.phrase.length === 1 && !onlyCommand(keys, phrases, c)) continue;
      if (intent === 'replay') {
        const d = days();
        return { ...NONE, intent, from: d?.from ?? null, to: d?.to ?? null };
      }
      // "tell me more about DeepSeek" asks for a topic; "tell me more about that story" for more of this one.
      if (intent === 'more') {
        const d = days();
        const rest = d ? [...content.slice(0, d.start), ...content.slice(d.end)] : content;
        const marker = findAny(
          rest.map((t) => t.key),
          c.topicMarkers,
        );
        const pointsHere = marker !== null && c.demonstratives.all.some((p) => matchAt(rest.map((t) => t.key), p, marker.end) > marker.end);
        const { topic } = pointsHere ? { topic: null } : topicAfterMarker(rest, c, c.topicMarkers);
        if (topic) return { intent: 'brief', topic, from: d?.from ?? null, to: d?.to ?? null };
      }
      return { ...NONE, intent };
    }
  }

  // 4. A request for news, with its days and topic. Cues are looked for before fillers are removed too ("thế nào rồi").
  const cued = [c.newsCues, c.outlets, c.topicalCues].some((cues) => findAny(keys, cues) || findAny(rawKeys, cues));
  if ((!blocked || strong) && cued) return briefOf(content, c, ctx);
  return NONE;
}

/** A one-word English command misheard or mistyped by one letter ("nex", "stope"). Vietnamese is left out:
 * there one letter or tone is often another word ("khỏe" is not "khỏi"). */
function nearMiss(tokens: Token[], fold: boolean): Command {
  if (!fold) return NONE;
  const c = compile('en', fold);
  const content = removeAll(tokens, c.fillers);
  const core = variants(
    content.map((t) => t.key),
    c,
  ).find((v) => v.length === 1);
  const intent = core ? nearestUnambiguous(core[0], c.nearMiss) : null;
  return intent ? { ...NONE, intent } : NONE;
}

/** True when the tokens hold one of the language's strong news cues ("tin về", "bản tin"). */
function hasStrongCue(tokens: Token[], lang: Lang, fold: boolean): boolean {
  return findAny(
    tokens.map((t) => t.key),
    compile(lang, fold).strongNewsCues,
  ) !== null;
}

/**
 * Parses one transcript. Tries the user's language first, then the other one: people in Vietnam often say
 * "next" or "what's the AI news" in English. English falling back to Vietnamese takes commands, and a briefing
 * only when the text has Vietnamese diacritics or a strong Vietnamese news cue ("tin ve", "ban tin"): folded
 * weak cues ("tin", "news") would otherwise claim English sentences. Then a near-miss of a one-word command.
 * Never guesses beyond that.
 */
export function parseCommand(transcript: string, ctx: ParseContext): Command {
  const fold = !hasDiacritics(transcript);
  const tokens = tokenize(transcript, fold);
  if (tokens.length === 0) return NONE;
  const first = parseWith(tokens, ctx.lang, fold, ctx);
  if (first.intent !== 'none') return first;
  const other: Lang = ctx.lang === 'vi' ? 'en' : 'vi';
  const second = parseWith(tokens, other, fold, ctx);
  if (second.intent !== 'none' && (other === 'en' || second.intent !== 'brief' || !fold || hasStrongCue(tokens, 'vi', fold))) return second;
  return nearMiss(tokens, fold);
}

/** The first recognizer alternative that parses to something other than `none`. */
export function parseAlternatives(alternatives: readonly string[], ctx: ParseContext): { command: Command; transcript: string } {
  for (const transcript of alternatives) {
    const command = parseCommand(transcript, ctx);
    if (command.intent !== 'none') return { command, transcript };
  }
  return { command: NONE, transcript: alternatives[0] ?? '' };
}

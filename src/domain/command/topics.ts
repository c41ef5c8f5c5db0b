// Finds what a news request is about: the words after a marker ("about X", "về X"), else what is left of the
// request once frames, news words, fillers and the default AI domain are stripped from both ends.
import type { Compiled } from './compiled-grammar';
import type { DayHit } from './days';
import { candidatesAt, findAny, matchAt, type PhraseSet, type Token } from './tokens';

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
export function topicAfterMarker(rest: Token[], c: Compiled, markers: PhraseSet): { topic: string | null; before: Token[] | null } {
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
export function topicOf(tokens: Token[], days: DayHit | null, c: Compiled): string | null {
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

/**
 * The topic of "tell me more about X": X, unless it points at the story being told ("about that story"),
 * in which case null (it is a request for more of this story).
 */
export function topicOfMore(content: Token[], days: DayHit | null, c: Compiled): string | null {
  const rest = days ? [...content.slice(0, days.start), ...content.slice(days.end)] : content;
  const keys = rest.map((t) => t.key);
  const marker = findAny(keys, c.topicMarkers);
  const pointsHere = marker !== null && c.demonstratives.all.some((p) => matchAt(keys, p, marker.end) > marker.end);
  return pointsHere ? null : topicAfterMarker(rest, c, c.topicMarkers).topic;
}

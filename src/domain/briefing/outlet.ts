// Which news outlet a name is: an outlet as said ("the verge", "c. n. n.", "báo tuổi trẻ", "kênh mười bốn") against a
// story's source, a source's title or the host of its address ("theverge.com"), without case or diacritics.
//
// Both sides become words the same way: folded; a host ("vnexpress.net", "https://feeds.reuters.com/x") becomes its
// registrable name ("vnexpress", "reuters"); letters spelled one by one are joined ("c n n" → "cnn"); letters and digits
// are apart ("vtv1" → "vtv 1"); number words that name a channel become digits ("kênh mười bốn" → "kenh 14", "vtv một"
// → "vtv 1"). The words that are not the name ("báo", "the", "news", "online"…) are then left out of its key.
// Two names match when one key is the other, spaces aside ("vn express" = "VnExpress"), or one key is a whole-word run
// of the other ("reuters" in "Reuters Technology"). A key that is only common words ("AI", "tech news", "tin tức") or
// a number matches nothing.
import type { Source } from '../feed/source';
import { foldText } from '../text/normalize';
import type { Story } from '../types';

/**
 * How well a name fits an outlet: 0 not at all; 1 inside the other name after a word of its own ("lao động" in "Người
 * Lao Động", "Technology Review" in "MIT Technology Review"); 2 inside it from its start, or after common words only
 * ("reuters" in "Reuters Technology News", "vnexpress" in "Tin mới nhất - VnExpress RSS"); 3 the same name.
 */
export type OutletFit = 0 | 1 | 2 | 3;

/** Words around an outlet's name that are not part of it. */
const FRAME = new Set(['the', 'news', 'online', 'rss', 'feed', 'bao', 'trang', 'kenh', 'channel', 'to', 'dai', 'tin', 'tuc']);

/** Words that name no outlet on their own (nor together: "tech news", "tin mới", "AI"). */
const COMMON = new Set([
  ...['the', 'a', 'of', 'and', 'news', 'new', 'ai', 'tech', 'technology', 'science', 'world', 'business', 'daily', 'weekly'],
  ...['today', 'times', 'post', 'journal', 'press', 'media', 'report', 'wire', 'blog', 'feed', 'feeds', 'rss', 'top'],
  ...['latest', 'headlines', 'stories', 'story', 'updates', 'radio', 'tv', 'channel', 'magazine', 'digital', 'global'],
  ...['international', 'national', 'local', 'politics', 'sport', 'sports', 'finance', 'money', 'markets', 'online'],
  ...['asia', 'europe', 'america', 'express', 'herald', 'tribune', 'live', 'network'],
  ...['tin', 'tuc', 'moi', 'nhat', 'viet', 'nam', 'cong', 'nghe', 'the', 'gioi', 'thoi', 'su', 'so', 'hoa'],
]);

/** Endings of host names that are not the name ("com", "co.uk", "vn"). */
const TLDS = new Set(['com', 'net', 'org', 'vn', 'co', 'uk', 'io', 'info', 'biz', 'tv', 'edu', 'gov', 'us', 'au', 'ca', 'de', 'fr', 'jp', 'in', 'asia', 'news', 'ai', 'me']);

/** Words before a number that make it a channel's ("kênh 14", "VTV 1"). */
const CHANNEL_WORDS = new Set(['kenh', 'channel']);

const UNITS: Record<string, number> = {
  ...{ zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 },
  ...{ thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 },
  ...{ khong: 0, mot: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9 },
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** Vietnamese units said differently after a ten ("hai mươi mốt", "mười lăm", "hai mươi tư"). */
const AFTER_TEN: Record<string, number> = { mot: 1, tu: 4, lam: 5 };
const MUOI = 'muoi'; // mười, mươi

/** A table's own value for a word ("constructor" is a word, not a number). */
const valueIn = (table: Readonly<Record<string, number>>, w: string | undefined) => (w !== undefined && Object.hasOwn(table, w) ? table[w] : undefined);
const digit = (w: string | undefined) => {
  const unit = valueIn(UNITS, w);
  return valueIn(AFTER_TEN, w) ?? (unit !== undefined && unit <= 9 && unit > 0 ? unit : undefined);
};

/** A number said in words at `i` ("fourteen", "mười bốn", "hai mươi mốt", "twenty one"): its value and the next index. */
function numberAt(words: readonly string[], i: number): { value: number; next: number } | null {
  const w = words[i];
  const unitAfter = (value: number, at: number) => {
    const u = digit(words[at]);
    return u === undefined ? { value, next: at } : { value: value + u, next: at + 1 };
  };
  const tens = valueIn(TENS, w);
  if (tens !== undefined) {
    const u = valueIn(UNITS, words[i + 1]);
    return u !== undefined && u > 0 && u <= 9 ? { value: tens + u, next: i + 2 } : { value: tens, next: i + 1 };
  }
  if (w === MUOI) return unitAfter(10, i + 1);
  const unit = valueIn(UNITS, w);
  if (unit === undefined) return null;
  if (words[i + 1] === MUOI && unit > 0 && unit <= 9) return unitAfter(unit * 10, i + 2);
  return { value: unit, next: i + 1 };
}

/** The name a host stands for: its registrable label ("edition.cnn.com" → cnn, "bbc.co.uk" → bbc), split at hyphens. */
function hostWords(host: string): string[] {
  const labels = host.replace(/\.$/, '').split('.');
  while (labels.length > 1 && TLDS.has(labels[labels.length - 1])) labels.pop();
  const name = labels[labels.length - 1] ?? '';
  if (/^[\d-]*$/.test(name)) return []; // an IP address names no outlet
  // "theverge" is "the verge"; "therapy" stays whole in the compact form, where the two parts are joined again.
  return name.split('-').flatMap((w) => (w.length >= 6 && w.startsWith('the') ? ['the', w.slice(3)] : [w]));
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]*@)?([^\s/?#:]+)/;
const HOST_LIKE = /^((?:[a-z0-9-]+\.)+([a-z]{2,}))(?::\d+)?(?:[/?#]\S*)?$/;
const LETTER = /^\p{L}$/u;
const pieces = (text: string) => text.match(/\p{L}+|\p{N}+/gu) ?? [];

/** The host a chunk of a name is, when it is an address ("https://feeds.reuters.com/x", "VnExpress.net"). */
function hostIn(chunk: string): string | null {
  const url = URL_LIKE.exec(chunk);
  if (url) return url[1];
  const host = HOST_LIKE.exec(chunk);
  return host && TLDS.has(host[2]) ? host[1] : null;
}

/** A number after a channel word or an acronym ("kênh mười bốn", "vtv một", "BBC One") names the channel. */
const beforeChannelNumber = (word: string, spelled: boolean) => spelled || CHANNEL_WORDS.has(word) || /^[b-df-hj-np-tv-xz]{2,4}$/.test(word);

/** The words of a name: folded, hosts to their name, spelled letters joined, channel numbers in digits. */
export function outletWords(text: string): string[] {
  const raw: string[] = [];
  for (const part of foldText(text).replace(/['’ʼ]/g, '').split(/\s+/)) {
    const chunk = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const host = hostIn(chunk);
    raw.push(...(host === null ? pieces(chunk) : hostWords(host).flatMap(pieces)));
  }
  const words: string[] = [];
  let spelled = false; // the last word was spelled letter by letter
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i];
    // "dot com", "chấm net": the end of a host said aloud.
    if ((w === 'dot' || w === 'cham') && TLDS.has(raw[i + 1])) {
      i++;
      continue;
    }
    // Letters said one by one are one word ("c n n", "v. t. v.").
    if (LETTER.test(w) && LETTER.test(raw[i + 1] ?? '')) {
      let joined = '';
      while (LETTER.test(raw[i] ?? '')) joined += raw[i++];
      i--;
      words.push(joined);
      spelled = true;
      continue;
    }
    const before = words.at(-1);
    const n = before !== undefined && beforeChannelNumber(before, spelled) ? numberAt(raw, i) : null;
    spelled = false;
    if (n) {
      words.push(String(n.value));
      i = n.next - 1;
    } else words.push(w);
  }
  return words;
}

interface Key {
  /** The name's own words (frame words left out, unless nothing but a number or a common word is left). */
  words: string[];
  /** The key's words joined ("vnexpress"), and all the words joined ("theverge"). */
  compact: string;
  full: string;
  /** False for keys that match nothing: only common words, a number, one letter. */
  valid: boolean;
}

function keyOf(text: string): Key {
  const all = outletWords(text);
  let words = all.filter((w) => !FRAME.has(w));
  if (words.length === 0 || !words.some((w) => /\p{L}/u.test(w)) || (words.length === 1 && COMMON.has(words[0]))) words = all;
  const compact = words.join('');
  const valid = compact.length >= 2 && /\p{L}/u.test(compact) && !words.every((w) => COMMON.has(w));
  return { words, compact, full: all.join(''), valid };
}

/** Where `compact` is a run of whole words of `words`: the index of its first word, or -1. */
function runAt(words: readonly string[], compact: string): number {
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < compact.length; j++) {
      joined += words[j];
      if (joined === compact) return i;
    }
  }
  return -1;
}

/** How well `inner` fits inside `outer`: 2 from its start or after common words only, 1 after a word of its own. */
function inside(inner: Key, outer: Key): OutletFit {
  const at = runAt(outer.words, inner.compact);
  if (at < 0) return 0;
  // A short word inside a longer name counts only at its start ("tre" is not "Tuổi Trẻ").
  return outer.words.slice(0, at).every((w) => COMMON.has(w) || FRAME.has(w)) ? 2 : inner.compact.length >= 4 ? 1 : 0;
}

function fitOf(a: Key, b: Key): OutletFit {
  if (!a.valid || !b.valid) return 0;
  if (a.compact === b.compact || a.full === b.full) return 3;
  return Math.max(inside(a, b), inside(b, a)) as OutletFit;
}

/** How well names fit an outlet as said (see OutletFit); remembers each name it was given. */
export function outletFit(outlet: string): (name: string) => OutletFit {
  const key = keyOf(outlet);
  const known = new Map<string, OutletFit>();
  return (name) => {
    let fit = known.get(name);
    if (fit === undefined) known.set(name, (fit = key.valid ? fitOf(key, keyOf(name)) : 0));
    return fit;
  };
}

/** True when a name (a story's source, a source's title, an address) is the outlet, or contains it or is in it. */
export function outletMatcher(outlet: string): (name: string) => boolean {
  const fit = outletFit(outlet);
  return (name) => fit(name) > 0;
}

/** Keeps the items that fit best: those that are or hold the outlet (fit 2 or 3) when any do, else those that fit at all. */
export function bestFits<T>(items: readonly T[], fit: (item: T) => OutletFit): T[] {
  const strong = items.filter((i) => fit(i) >= 2);
  return strong.length > 0 ? strong : items.filter((i) => fit(i) > 0);
}

/** Which of the names an outlet is (see bestFits): "lao động" is "Lao Động" when both it and "Người Lao Động" are known. */
export function matchingNames(outlet: string, names: readonly string[]): string[] {
  return bestFits(names, outletFit(outlet));
}

/** What a source is called, for matching an outlet: its title and the hosts of its site and feed. */
export type OutletSource = Pick<Source, 'id' | 'title' | 'url' | 'siteUrl'>;

/** How well stories are from an outlet: by their own source's name, or by the person's source they came from. */
export interface OutletFilter {
  fit(story: Pick<Story, 'source' | 'sourceId'>): OutletFit;
  /** The best fit among the person's sources (0: none of them is the outlet). */
  sources: OutletFit;
  /** The person's sources that fit, best first. */
  matched: OutletSource[];
}

export function outletFilter(outlet: string, sources: readonly OutletSource[]): OutletFilter {
  const fit = outletFit(outlet);
  const bySource = new Map<string, OutletFit>();
  for (const s of sources) {
    const f = Math.max(fit(s.title), s.url ? fit(s.url) : 0, s.siteUrl ? fit(s.siteUrl) : 0) as OutletFit;
    if (f > 0) bySource.set(s.id, f);
  }
  const best = Math.max(0, ...bySource.values()) as OutletFit;
  // When one of the person's sources is the outlet, a story whose name only has it after a word of its own is not.
  const least = best >= 2 ? 2 : 1;
  return {
    fit(story) {
      const f = Math.max(fit(story.source), (story.sourceId && bySource.get(story.sourceId)) || 0) as OutletFit;
      return f >= least ? f : 0;
    },
    sources: best,
    matched: sources.filter((s) => bySource.has(s.id)).sort((a, b) => bySource.get(b.id)! - bySource.get(a.id)!),
  };
}

/** An outlet as said, for saying it back: letters spelled one by one joined ("c. n. n." → "CNN", "b. b. c" → "BBC"). */
function tidy(outlet: string): string {
  const out: string[] = [];
  let letters = '';
  const flush = () => {
    if (letters.length === 1) out.push(letters);
    else if (letters) out.push(letters.toUpperCase());
    letters = '';
  };
  for (const word of outlet.trim().split(/\s+/)) {
    if (/^\p{L}$|^(?:\p{L}\.)+\p{L}?$/u.test(word)) letters += word.replace(/\./g, '');
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out.join(' ');
}

/** The outlet's name to say: a name it is exactly (the commonest of those given), else as said, tidied. */
export function outletName(outlet: string, names: readonly string[]): string {
  const fit = outletFit(outlet);
  const counts = new Map<string, number>();
  for (const n of names) if (fit(n) === 3 && !n.includes('/')) counts.set(n, (counts.get(n) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : tidy(outlet);
}

/**
 * Up to `max` outlets there is news from, for saying what there is instead: the person's sources first, then the
 * commonest sources of the stories given; one name per outlet.
 */
export function outletsOf(sources: readonly OutletSource[], stories: readonly Pick<Story, 'source'>[], max = 3): string[] {
  const byKey = new Map<string, { name: string; count: number; order: number }>();
  const add = (name: string, weight: number) => {
    const key = keyOf(name).compact;
    if (!key) return;
    const known = byKey.get(key);
    if (known) known.count += weight;
    else byKey.set(key, { name: name.trim(), count: weight, order: byKey.size });
  };
  for (const s of sources) add(s.title, Infinity);
  for (const s of stories) add(s.source, 1);
  return [...byKey.values()]
    .sort((a, b) => (a.count === b.count ? a.order - b.order : b.count - a.count))
    .slice(0, max)
    .map((o) => o.name);
}

// One shape for every feed format (RSS, RDF, Atom, JSON Feed) and the rules that turn it into stories:
// ids, plain text, safe links, dates and languages. Format readers only fill in a FeedDraft.
import { safeHttpUrl } from '../news/story';
import { detectLanguage, primaryLanguage } from '../text/detect-language';
import { htmlToText } from '../text/html-to-text';
import type { Story } from '../types';
import { parseFeedDate } from './feed-date';
import type { FeedResult } from './feed-result';

/** A text field as the feed gave it: HTML (tags and entities to strip) or plain text (kept as written). */
export interface DraftText {
  value: string;
  html: boolean;
}

export interface DraftItem {
  /** guid / Atom id / rdf:about / JSON Feed id, as written; '' when absent. */
  guid: string;
  /** Candidate links, best first, as written (may be relative); the first safe one is used. */
  links: string[];
  /** The item's xml:base, as written, or ''. */
  base: string;
  title: DraftText | null;
  /** Every body the item carries (content:encoded, content, description, summary…); the longest is kept. */
  bodies: DraftText[];
  /** Date texts, best first (published, then updated, then dc:date); the first that parses is used. */
  dates: string[];
  /** Language tag of the item (xml:lang, dc:language), or ''. */
  lang: string;
}

export interface FeedDraft {
  title: DraftText | null;
  /** The site's link, as written. */
  siteLink: string;
  /** The feed's own address (rel="self", feed_url, rdf:about), as written. */
  selfLink: string;
  /** The feed's xml:base, as written, or ''. */
  base: string;
  lang: string;
  items: DraftItem[];
}

export interface DraftOptions {
  /** Where the feed was fetched from: the base for relative links and the scope of story ids. */
  feedUrl?: string;
  /**
   * Keep items that have neither title nor text, as stories with both empty. Such stories are not
   * storable (see storyProblems); this exists so tests can check how each item's fields were read.
   */
  keepEmpty?: boolean;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Plain text with paragraphs separated by a blank line. */
export function draftText(t: DraftText | null | undefined): string {
  if (!t || !t.value) return '';
  if (t.html) return htmlToText(t.value);
  return t.value
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v\u00a0]*\n\s*/)
    .map(collapse)
    .filter(Boolean)
    .join('\n\n');
}

function firstWords(s: string, max = 80): string {
  const flat = collapse(s);
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > 20 ? cut : max)}…`;
}

/** FNV-1a, 32 bits, base 36: a short stable key for items with no guid and no link. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function firstSafeUrl(links: string[], base: string | undefined): string {
  for (const link of links) {
    const url = safeHttpUrl(link, base);
    if (url) return url;
  }
  return '';
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

/** Turns a draft into stories (or `no-stories`). Items without a date are dated `now`. */
export function draftToFeed(draft: FeedDraft, now: number, opts: DraftOptions = {}): FeedResult {
  const fetchedFrom = safeHttpUrl(opts.feedUrl);
  const siteGuess = safeHttpUrl(draft.siteLink);
  // Relative links resolve against xml:base, itself relative to where the feed came from.
  const feedBase = safeHttpUrl(draft.base, fetchedFrom || siteGuess || undefined) || fetchedFrom || siteGuess || undefined;
  const siteUrl = safeHttpUrl(draft.siteLink, feedBase);
  const selfUrl = safeHttpUrl(draft.selfLink, feedBase);
  const title = collapse(draftText(draft.title)) || hostName(siteUrl) || 'Imported feed';
  const feedKey = fetchedFrom || selfUrl || siteUrl || `feed:${title}`;
  const feedLang = primaryLanguage(draft.lang);

  const stories: Story[] = [];
  let skipped = 0;
  for (const item of draft.items) {
    const text = item.bodies.map(draftText).reduce((a, b) => (b.length > a.length ? b : a), '');
    const itemTitle = collapse(draftText(item.title)) || firstWords(text);
    if (!itemTitle && !text && !opts.keepEmpty) {
      skipped++;
      continue;
    }
    const itemBase = safeHttpUrl(item.base, feedBase) || feedBase;
    const url = firstSafeUrl(item.links, itemBase);
    const dates = item.dates.map(parseFeedDate);
    const published = dates.find((d): d is number => d !== null) ?? null;
    // No guid and no link: the title and date say which item this is (the text, when there is no title).
    const fallbackKey = itemTitle ? `${itemTitle}\n${item.dates[0] ?? ''}` : `${item.dates[0] ?? ''}\n${text}`;
    const localId = item.guid.trim() || url || `#${hash(fallbackKey)}`;
    stories.push({
      id: `${feedKey}::${localId}`,
      title: itemTitle,
      source: title,
      url,
      publishedAt: published ?? now,
      lang: primaryLanguage(item.lang) ?? feedLang ?? detectLanguage(`${itemTitle} ${text}`),
      text,
    });
  }
  if (stories.length === 0) return { ok: false, problem: { kind: 'no-stories', skipped } };
  const lang = feedLang ?? mostCommon(stories.map((s) => s.lang)) ?? 'en';
  return { ok: true, feed: { title, siteUrl, lang, stories, skipped } };
}

// Reads a JSON Feed (1.0 or 1.1) into stories, or says in plain words why the text is not one.
import { detectLanguage, primaryLanguage } from '../text/detect-language';
import { htmlToText } from '../text/html-to-text';
import { safeHttpUrl } from '../news/story';
import type { Story } from '../types';

export type FeedProblem =
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-a-feed'; detail: string }
  | { kind: 'no-stories'; skipped: number };

export interface ParsedFeed {
  title: string;
  stories: Story[];
  /** Items left out because they had neither a title nor any text. */
  skipped: number;
}

export type FeedResult = { ok: true; feed: ParsedFeed } | { ok: false; problem: FeedProblem };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Item id as the feed wrote it; JSON Feed says string, but numbers are common in the wild. */
function itemId(item: Json): string {
  if (typeof item.id === 'string') return item.id.trim();
  if (typeof item.id === 'number' && Number.isFinite(item.id)) return String(item.id);
  return '';
}

function parseDate(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const t = Date.parse(v);
  return Number.isFinite(t) ? t : null;
}

function firstWords(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > 20 ? cut : max)}…`;
}

/**
 * Parses JSON Feed text. `now` dates items that carry no date. Ids are scoped by the feed
 * (its feed_url, home page or title) because JSON Feed ids are only unique within one feed.
 */
export function parseJsonFeed(source: string, now: number): FeedResult {
  let data: unknown;
  try {
    data = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (e) {
    return { ok: false, problem: { kind: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (!isObject(data)) return { ok: false, problem: { kind: 'not-a-feed', detail: 'the file holds no JSON object' } };
  const version = text(data.version);
  if (!/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/.test(version)) {
    return { ok: false, problem: { kind: 'not-a-feed', detail: 'its "version" is not a JSON Feed version' } };
  }
  if (!Array.isArray(data.items)) return { ok: false, problem: { kind: 'not-a-feed', detail: 'it has no "items" list' } };

  const homePage = safeHttpUrl(data.home_page_url);
  const feedUrl = safeHttpUrl(data.feed_url);
  const title = text(data.title) || (homePage ? new URL(homePage).hostname.replace(/^www\./, '') : '') || 'Imported feed';
  const feedKey = feedUrl || homePage || `feed:${title}`;
  const feedLang = primaryLanguage(data.language);

  const stories: Story[] = [];
  let skipped = 0;
  data.items.forEach((raw, index) => {
    if (!isObject(raw)) {
      skipped++;
      return;
    }
    const body = text(raw.content_text) || htmlToText(text(raw.content_html)) || text(raw.summary);
    const itemTitle = htmlToText(text(raw.title)).replace(/\s+/g, ' ') || firstWords(body);
    if (!itemTitle && !body) {
      skipped++;
      return;
    }
    const url = safeHttpUrl(raw.url, homePage || undefined) || safeHttpUrl(raw.external_url, homePage || undefined);
    const localId = itemId(raw) || url || `#${index}`;
    stories.push({
      id: `${feedKey}::${localId}`,
      title: itemTitle,
      source: title,
      url,
      publishedAt: parseDate(raw.date_published) ?? parseDate(raw.date_modified) ?? now,
      lang: primaryLanguage(raw.language) ?? feedLang ?? detectLanguage(`${itemTitle} ${body}`),
      text: body,
    });
  });
  if (stories.length === 0) return { ok: false, problem: { kind: 'no-stories', skipped } };
  return { ok: true, feed: { title, stories, skipped } };
}

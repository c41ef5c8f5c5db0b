// JSON Feed 1.0 / 1.1 into a FeedDraft. Lenient where real files are: a bare "1.0" / "1.1" version,
// numeric ids, a byte-order mark. Strict where it matters: it must say it is a JSON Feed and list items.
import type { DraftItem, DraftText, FeedDraft } from './feed-draft';
import type { FeedProblem } from './feed-result';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const html = (v: unknown): DraftText | null => (str(v) ? { value: str(v), html: true } : null);
const plain = (v: unknown): DraftText | null => (str(v) ? { value: str(v), html: false } : null);

/** "https://jsonfeed.org/version/1.1", or the bare "1" / "1.0" / "1.1" some generators write. */
const JSON_FEED_VERSION = /^(?:https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?|1(?:\.\d+)?)$/i;

function itemId(item: Json): string {
  if (typeof item.id === 'string') return item.id.trim();
  if (typeof item.id === 'number' && Number.isFinite(item.id)) return String(item.id);
  return '';
}

function item(raw: Json): DraftItem {
  return {
    guid: itemId(raw),
    links: [str(raw.url), str(raw.external_url)].filter(Boolean),
    base: '',
    // The spec says plain text, but titles with entities and tags are common; read them as HTML.
    title: html(raw.title),
    bodies: [html(raw.content_html), plain(raw.content_text), plain(raw.summary)].filter((t): t is DraftText => t !== null),
    dates: [str(raw.date_published), str(raw.date_modified)].filter(Boolean),
    lang: str(raw.language),
  };
}

/** A draft of a JSON Feed text, or the problem with it. */
export function jsonFeedDraft(source: string): FeedDraft | FeedProblem {
  let data: unknown;
  try {
    data = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (e) {
    return { kind: 'not-json', detail: e instanceof Error ? e.message : String(e) };
  }
  if (!isObject(data)) return { kind: 'not-a-feed', detail: 'the file holds no JSON object' };
  if (!JSON_FEED_VERSION.test(str(data.version))) {
    return { kind: 'not-a-feed', detail: 'it is JSON, but its "version" is not a JSON Feed version' };
  }
  if (!Array.isArray(data.items)) return { kind: 'not-a-feed', detail: 'it has no "items" list' };
  return {
    title: html(data.title),
    siteLink: str(data.home_page_url),
    selfLink: str(data.feed_url),
    base: '',
    lang: str(data.language),
    // Entries that are not objects stay as empty items, so they are counted as skipped.
    items: data.items.map((raw) => (isObject(raw) ? item(raw) : { guid: '', links: [], base: '', title: null, bodies: [], dates: [], lang: '' })),
  };
}

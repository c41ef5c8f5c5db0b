// feedsmith's RSS / RDF / Atom objects into the format-neutral FeedDraft (feed-draft.ts).
// Only this file knows feedsmith's shapes; the story rules live in the domain.
import type { AtomFeed, RdfFeed, RssFeed } from 'feedsmith';
import type { DraftItem, DraftText, FeedDraft } from './feed-draft';
import { safeHttpUrl } from '../news/story';

type TextLike = { value?: string; type?: string } | undefined;
type LinkLike = { href?: string; rel?: string };

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const first = (list: unknown[] | undefined): string => (Array.isArray(list) ? list.map(str).find(Boolean) ?? '' : '');
const html = (v: unknown): DraftText | null => (str(v) ? { value: str(v), html: true } : null);
const texts = (...list: (DraftText | null)[]): DraftText[] => list.filter((t): t is DraftText => t !== null);

/** UTF-8 text of base64, or null when it is not base64 or does not decode to readable text. */
function base64Text(value: string): string | null {
  const compact = value.replace(/\s+/g, '');
  if (!compact || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return null;
  try {
    const bytes = Uint8Array.from(atob(compact), (c) => c.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

/**
 * The bodies of Atom 0.3 elements written with mode="base64" (whitespace removed). feedsmith does not
 * report the mode attribute, so the raw text is searched for it; each match is bounded, so this stays linear.
 */
export function atom03Base64Values(xml: string): Set<string> {
  const values = new Set<string>();
  if (!/mode\s*=\s*["']base64["']/i.test(xml)) return values;
  const element = /<(?:\w{1,20}:)?(?:title|subtitle|tagline|summary|content|copyright|info)\b[^<>]{0,500}?\bmode\s*=\s*["']base64["'][^<>]{0,500}>([^<]*)</gi;
  for (const m of xml.matchAll(element)) values.add(m[1].replace(/\s+/g, ''));
  return values;
}

/**
 * An Atom text construct or content. type text (the default, Atom 0.3's text/plain, other text/*) is plain
 * text; html, xhtml and XML types are markup. Any other MIME type means base64 (RFC 4287 §4.1.3.3): kept,
 * read as markup, only when it decodes to UTF-8 text; media (images, audio) has nothing to read aloud.
 */
function atomText(t: TextLike, base64Values?: ReadonlySet<string>): DraftText | null {
  const value = t?.value;
  if (typeof value !== 'string' || !value.trim()) return null;
  if (base64Values?.has(value.replace(/\s+/g, ''))) {
    const decoded = base64Text(value);
    if (decoded) return { value: decoded, html: true };
  }
  const type = (t?.type ?? 'text').trim().toLowerCase();
  if (type === 'text' || type === '' || (type.startsWith('text/') && !type.includes('html'))) return { value, html: false };
  if (type === 'html' || type === 'xhtml' || type.includes('html') || type.endsWith('/xml') || type.endsWith('+xml')) return { value, html: true };
  const decoded = base64Text(value);
  return decoded ? { value: decoded, html: true } : null;
}

function linksByRel(links: LinkLike[] | undefined, rel: 'alternate' | 'self'): string[] {
  if (!Array.isArray(links)) return [];
  return links.filter((l) => (l.rel ?? 'alternate').trim().toLowerCase() === rel).map((l) => str(l.href)).filter(Boolean);
}

/** A guid is a link only when it says so (isPermaLink, default true) and is an absolute http(s) URL. */
function permalinkGuid(guid: RssFeed.Guid | undefined): string {
  if (!guid || guid.isPermaLink === false) return '';
  return safeHttpUrl(guid.value) ? str(guid.value) : '';
}

function rssItem(item: RssFeed.Item<string>): DraftItem {
  const atom = item.atom;
  return {
    guid: str(item.guid?.value) || str(atom?.id),
    links: [str(item.link), permalinkGuid(item.guid), ...linksByRel(atom?.links, 'alternate')].filter(Boolean),
    base: str(item.xml?.base),
    title: html(item.title) ?? html(first(item.dc?.titles)) ?? atomText(atom?.title),
    bodies: texts(html(item.content?.encoded), html(item.description), html(first(item.dc?.descriptions)), atomText(atom?.content), atomText(atom?.summary)),
    dates: [
      str(item.pubDate), str(atom?.published), first(item.dcterms?.issued), first(item.dcterms?.created),
      str(atom?.updated), first(item.dcterms?.modified), first(item.dc?.dates),
    ].filter(Boolean),
    lang: str(item.xml?.lang) || first(item.dc?.languages),
  };
}

function rssDraft(feed: RssFeed.Feed<string>): FeedDraft {
  return {
    title: html(feed.title) ?? html(first(feed.dc?.titles)),
    siteLink: str(feed.link) || linksByRel(feed.atom?.links, 'alternate')[0] || '',
    selfLink: linksByRel(feed.atom?.links, 'self')[0] ?? '',
    base: str(feed.xml?.base),
    lang: str(feed.language) || first(feed.dc?.languages) || str(feed.xml?.lang),
    items: (feed.items ?? []).map(rssItem),
  };
}

function atomEntry(entry: AtomFeed.Entry<string>, b64: ReadonlySet<string>): DraftItem {
  return {
    guid: str(entry.id),
    links: linksByRel(entry.links, 'alternate'),
    base: str(entry.xml?.base),
    title: atomText(entry.title, b64) ?? html(first(entry.dc?.titles)),
    bodies: texts(atomText(entry.content, b64), atomText(entry.summary, b64), html(first(entry.dc?.descriptions))),
    dates: [
      str(entry.published), first(entry.dcterms?.issued), first(entry.dcterms?.created),
      str(entry.updated), first(entry.dcterms?.modified), first(entry.dc?.dates),
    ].filter(Boolean),
    lang: str(entry.xml?.lang) || first(entry.dc?.languages),
  };
}

function atomDraft(feed: AtomFeed.Feed<string>, b64: ReadonlySet<string>): FeedDraft {
  return {
    title: atomText(feed.title, b64) ?? html(first(feed.dc?.titles)),
    siteLink: linksByRel(feed.links, 'alternate')[0] ?? '',
    selfLink: linksByRel(feed.links, 'self')[0] ?? '',
    base: str(feed.xml?.base),
    lang: str(feed.xml?.lang) || first(feed.dc?.languages),
    items: (feed.entries ?? []).map((entry) => atomEntry(entry, b64)),
  };
}

function rdfItem(item: RdfFeed.Item<string>): DraftItem {
  return {
    guid: str(item.rdf?.about),
    links: [str(item.link), safeHttpUrl(item.rdf?.about) ? str(item.rdf?.about) : ''].filter(Boolean),
    base: str(item.xml?.base),
    title: html(item.title) ?? html(first(item.dc?.titles)),
    bodies: texts(html(item.content?.encoded), html(item.description), html(first(item.dc?.descriptions))),
    dates: [first(item.dcterms?.issued), first(item.dcterms?.created), first(item.dcterms?.modified), first(item.dc?.dates)].filter(Boolean),
    lang: str(item.xml?.lang) || first(item.dc?.languages),
  };
}

function rdfDraft(feed: RdfFeed.Feed<string>): FeedDraft {
  return {
    title: html(feed.title) ?? html(first(feed.dc?.titles)),
    siteLink: str(feed.link),
    selfLink: str(feed.rdf?.about),
    base: str(feed.xml?.base),
    lang: first(feed.dc?.languages) || str(feed.xml?.lang),
    items: (feed.items ?? []).map(rdfItem),
  };
}

export type XmlFeed =
  | { format: 'rss'; feed: RssFeed.Feed<string> }
  | { format: 'atom'; feed: AtomFeed.Feed<string> }
  | { format: 'rdf'; feed: RdfFeed.Feed<string> };

/** `source` is the XML the feed was parsed from (for what feedsmith does not report: Atom 0.3's mode="base64"). */
export function xmlFeedDraft(parsed: XmlFeed, source = ''): FeedDraft {
  switch (parsed.format) {
    case 'rss':
      return rssDraft(parsed.feed);
    case 'atom':
      return atomDraft(parsed.feed, atom03Base64Values(source));
    case 'rdf':
      return rdfDraft(parsed.feed);
  }
}

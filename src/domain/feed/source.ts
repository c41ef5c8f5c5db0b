// A news source the person chose: a feed address (refreshed) or an imported file (fixed), and what happened last.

/** Why the last refresh of a source failed, in terms the interface can put in words. */
export type FetchProblem =
  | 'offline'
  | 'unreachable'
  | 'timeout'
  | 'too-large'
  | 'blocked-address'
  | 'not-a-feed'
  | 'web-page'
  | 'http-status'
  | 'too-many-redirects'
  | 'no-proxy'
  | 'quota'
  | 'storage';

export interface Source {
  /** The feed address for feeds; `file:<feed key>` for imported files. */
  id: string;
  kind: 'url' | 'file';
  title: string;
  /** Feed address ('' for files). */
  url: string;
  /** The site's home page, when the feed names one. */
  siteUrl: string;
  addedAt: number;
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  /** The last refresh's failure, or null when it worked. `detail` is technical (a status line), shown small. */
  lastError: { problem: FetchProblem; detail?: string } | null;
  /** Validators from the last response, sent back so an unchanged feed costs one 304. */
  etag?: string;
  lastModified?: string;
}

/** How often an open app refreshes its feeds. */
export const REFRESH_INTERVAL_MS = 30 * 60_000;

/**
 * The feed address a person typed, made absolute: "example.com/feed" means https://example.com/feed.
 * Null for anything that is not an http(s) address.
 */
export function feedAddress(input: string): string | null {
  const typed = input.trim();
  if (!typed || /\s/.test(typed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) && !/^[^:/]+:\d+(\/|$)/.test(typed) ? typed : `https://${typed.replace(/^\/\//, '')}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname || (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('['))) return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** A new feed source. */
export function urlSource(url: string, title: string, now: number): Source {
  return { id: url, kind: 'url', title, url, siteUrl: '', addedAt: now, lastAttemptAt: null, lastSuccessAt: null, lastError: null };
}

/** True when a feed source has not been tried within the interval. */
export function isDue(source: Source, now: number, interval = REFRESH_INTERVAL_MS): boolean {
  return source.kind === 'url' && (source.lastAttemptAt === null || now - source.lastAttemptAt >= interval);
}

/** What storing a feed's stories could fail with (the storage layer's errors, in the terms a source keeps). */
export type StorageProblem = 'quota' | 'storage';

/** The validators a feed answered with, sent back next time. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** A refresh that failed: when it was tried and why; the last success stays. */
export function failedAttempt(source: Source, error: NonNullable<Source['lastError']>, now: number): Source {
  return { ...source, lastAttemptAt: now, lastError: error };
}

/** A refresh the server answered with "not modified": it worked, and there is nothing new. */
export function unchangedFeed(source: Source, now: number): Source {
  return { ...source, lastAttemptAt: now, lastSuccessAt: now, lastError: null };
}

/**
 * A source after its feed was read and its stories stored: a name and site filled in where the source had none, the
 * feed's new validators, and the storage failure (if any) as its error (the last success then stays).
 */
export function storedFeed(source: Source, feed: { title: string; siteUrl: string }, validators: Validators, problem: StorageProblem | null, now: number): Source {
  return {
    ...source,
    title: source.title || feed.title,
    siteUrl: feed.siteUrl || source.siteUrl,
    etag: validators.etag,
    lastModified: validators.lastModified,
    lastAttemptAt: now,
    lastSuccessAt: problem ? source.lastSuccessAt : now,
    lastError: problem ? { problem } : null,
  };
}

/** A feed address just fetched and read, as a new source (the person's title wins over the feed's). */
export function addedFeed(url: string, title: string, feed: { title: string; siteUrl: string }, validators: Validators, now: number): Source {
  return { ...urlSource(url, title || feed.title, now), siteUrl: feed.siteUrl, ...validators, lastAttemptAt: now, lastSuccessAt: now };
}

/** An imported feed file's source id: one per feed (its site, else its title), so importing it again updates it. */
export const fileSourceId = (feed: { title: string; siteUrl: string }): string => `file:${feed.siteUrl || feed.title}`;

/** The source of an imported feed file, new or as it was before with the feed's current name and site. */
export function importedFile(feed: { title: string; siteUrl: string }, existing: Source | undefined, now: number): Source {
  const id = fileSourceId(feed);
  const base: Source = existing ?? { id, kind: 'file', title: '', url: '', siteUrl: '', addedAt: now, lastAttemptAt: null, lastSuccessAt: null, lastError: null };
  return { ...base, title: feed.title, siteUrl: feed.siteUrl, lastAttemptAt: now, lastSuccessAt: now };
}

// Fetching a feed's text through the app server's /api/feed route (the page may only talk to its own origin),
// with the feed's validators so an unchanged feed costs one 304, and failures put in FetchProblem terms.
import { isFeedErrorCode, type FeedErrorCode } from '../../domain/feed/feed-route';
import type { FetchProblem } from '../../domain/feed/source';
import { decodeFeedBytes } from '../feeds/decode-feed';
import { isWaiting, takeFromInbox } from './feed-inbox';

export type FetchResult =
  | { ok: true; status: 200; text: string; etag?: string; lastModified?: string; contentType: string }
  | { ok: true; status: 304 }
  | { ok: false; problem: FetchProblem; detail?: string };

export interface FeedFetcher {
  fetch(url: string, validators?: { etag?: string; lastModified?: string }): Promise<FetchResult>;
  /** True when a background fetch left this feed's answer waiting (so it is worth reading now, due or not). */
  hasWaiting(url: string): Promise<boolean>;
}

/** The service worker's direct try (6 s) and then the server's route (10 s), and a little for the hops. */
const TIMEOUT_MS = 18_000;
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** The route's error codes (src/domain/feed/feed-route.ts) in the app's terms; a new code must be mapped here. */
const PROBLEMS: Record<FeedErrorCode, FetchProblem> = {
  'bad-url': 'not-a-feed',
  // The app only sends GET; should the route refuse it anyway, it cannot be used.
  'method-not-allowed': 'unreachable',
  'blocked-address': 'blocked-address',
  'too-many-redirects': 'too-many-redirects',
  timeout: 'timeout',
  'too-large': 'too-large',
  'bad-content-type': 'not-a-feed',
  'bad-encoding': 'not-a-feed',
  'blocked-redirect': 'blocked-address',
  'upstream-status': 'http-status',
  unreachable: 'unreachable',
};

/** The body as text in the feed's own encoding (HTTP charset, else the XML declaration), or null above the cap. */
async function readCapped(response: Response): Promise<string | null> {
  const charset = /;\s*charset=["']?([^"';\s]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  const reader = response.body?.getReader();
  if (!reader) return decodeFeedBytes(new Uint8Array(await response.arrayBuffer()), charset);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FEED_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return decodeFeedBytes(all, charset);
}

async function problemOf(response: Response): Promise<{ ok: false; problem: FetchProblem; detail?: string }> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) {
    // A static host without Earshot's server: there is no route to fetch feeds through.
    return { ok: false, problem: response.status === 404 || response.status === 405 ? 'no-proxy' : 'unreachable', detail: `${response.status}` };
  }
  const body = (await response.json().catch(() => ({}))) as { error?: unknown; message?: string };
  const message = body.message;
  if (body.error === 'bad-content-type' && /web page|html/i.test(message ?? '')) return { ok: false, problem: 'web-page' };
  const problem = isFeedErrorCode(body.error) ? PROBLEMS[body.error] : 'unreachable';
  // The route's sentence adds something only where it names what came back (a status, a content type).
  return { ok: false, problem, detail: problem === 'http-status' || problem === 'not-a-feed' ? message : undefined };
}

export function createFeedFetcher(isOnline: () => boolean = () => navigator.onLine, endpoint = '/api/feed'): FeedFetcher {
  return {
    hasWaiting: isWaiting,
    async fetch(url, validators = {}) {
      // What a background fetch left is used when the network cannot be reached, and dropped after a fresh fetch.
      const fromInbox = async (): Promise<FetchResult> => {
        const waiting = await takeFromInbox(url);
        return waiting ? success(waiting) : { ok: false, problem: 'offline' };
      };
      if (!isOnline()) return fromInbox();
      const headers: Record<string, string> = {};
      if (validators.etag) headers['If-None-Match'] = validators.etag;
      if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
      let response: Response;
      try {
        response = await fetch(`${endpoint}?url=${encodeURIComponent(url)}`, {
          headers,
          cache: 'no-store',
          credentials: 'omit',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (e) {
        if (e instanceof DOMException && e.name === 'TimeoutError') return { ok: false, problem: 'timeout' };
        // The app's own server cannot be reached: offline, whatever navigator.onLine says.
        return fromInbox();
      }
      if (response.status !== 304 && !response.ok) return problemOf(response);
      void takeFromInbox(url); // superseded by this answer
      return response.status === 304 ? { ok: true, status: 304 } : success(response);
    },
  };
}

async function success(response: Response): Promise<FetchResult> {
  const text = await readCapped(response).catch(() => undefined);
  if (text === undefined) return { ok: false, problem: 'unreachable', detail: 'the connection broke while reading' };
  if (text === null) return { ok: false, problem: 'too-large' };
  return {
    ok: true,
    status: 200,
    text,
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
    contentType: response.headers.get('content-type') ?? '',
  };
}

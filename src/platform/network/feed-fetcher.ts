// Fetching a feed's text through the app server's /api/feed route (the page may only talk to its own origin),
// with the feed's validators so an unchanged feed costs one 304, and failures put in FetchProblem terms.
import type { FetchProblem } from '../../domain/feed/source';
import { decodeFeedBytes } from '../feeds/decode-feed';

export type FetchResult =
  | { ok: true; status: 200; text: string; etag?: string; lastModified?: string; contentType: string }
  | { ok: true; status: 304 }
  | { ok: false; problem: FetchProblem; detail?: string };

export interface FeedFetcher {
  fetch(url: string, validators?: { etag?: string; lastModified?: string }): Promise<FetchResult>;
}

/** The server answers in 10 s; a little more here covers the hop to it. */
const TIMEOUT_MS = 15_000;
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** The route's error codes (server/feed-proxy.ts) in the app's terms. */
const PROBLEMS: Record<string, FetchProblem> = {
  'bad-url': 'not-a-feed',
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
  const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
  const message = body.message;
  if (body.error === 'bad-content-type' && /web page|html/i.test(message ?? '')) return { ok: false, problem: 'web-page' };
  const problem = PROBLEMS[body.error ?? ''] ?? 'unreachable';
  // The route's sentence adds something only where it names what came back (a status, a content type).
  return { ok: false, problem, detail: problem === 'http-status' || problem === 'not-a-feed' ? message : undefined };
}

export function createFeedFetcher(isOnline: () => boolean = () => navigator.onLine, endpoint = '/api/feed'): FeedFetcher {
  return {
    async fetch(url, validators = {}) {
      if (!isOnline()) return { ok: false, problem: 'offline' };
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
        if (!isOnline()) return { ok: false, problem: 'offline' };
        const timedOut = e instanceof DOMException && e.name === 'TimeoutError';
        return { ok: false, problem: timedOut ? 'timeout' : 'offline', detail: e instanceof Error ? e.message : String(e) };
      }
      if (response.status === 304) return { ok: true, status: 304 };
      if (!response.ok) return problemOf(response);
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
    },
  };
}

// GET /api/feed?url=…: the app may only talk to its own origin (CSP), so the server fetches feeds for it — safely:
// public addresses only, a total time limit, a size cap, feed content types only, and errors a user can read.
import { lookup as dnsLookup } from 'node:dns/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { FeedRouteError } from '../src/domain/feed/feed-route';
import { fetchFeed } from './feed-fetch';
import { FeedError, parseFeedUrl, type Lookup } from './feed-target';
import { SECURITY_HEADERS } from './static-server';

export const FEED_PATH = '/api/feed';

export interface FeedRouteOptions {
  /** Allow loopback addresses (tests only; `EARSHOT_ALLOW_LOOPBACK_FEEDS=1`). Default false. */
  allowLoopback?: boolean;
  /** Total time for one request, redirects and body included. Default 10 s. */
  timeoutMs?: number;
  /** Most bytes read, received and decompressed alike. Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Host name → all its addresses. Default dns.promises.lookup(host, { all: true }). */
  lookup?: Lookup;
  userAgent?: string;
}

/** A route for createStaticServer: returns true when it handled the request. */
export type FeedRoute = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export const DEFAULT_USER_AGENT = 'Earshot/0.1 (+feed reader)';

const defaultLookup: Lookup = (hostname, options) => dnsLookup(hostname, options);

function sendError(res: ServerResponse, error: FeedError, extra: OutgoingHttpHeaders = {}) {
  const body = JSON.stringify({ error: error.code, message: error.message } satisfies FeedRouteError);
  res.writeHead(error.status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

function conditionalHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  const etag = req.headers['if-none-match'];
  const since = req.headers['if-modified-since'];
  if (etag) out['If-None-Match'] = etag;
  if (since) out['If-Modified-Since'] = since;
  return out;
}

export function createFeedRoute(options: FeedRouteOptions = {}): FeedRoute {
  const allowLoopback = options.allowLoopback ?? false;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const lookup = options.lookup ?? defaultLookup;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;

  return async (req, res) => {
    const raw = req.url ?? '/';
    const query = raw.indexOf('?');
    if ((query < 0 ? raw : raw.slice(0, query)) !== FEED_PATH) return false;
    if (req.method !== 'GET') {
      sendError(res, new FeedError('method-not-allowed', 'Use GET /api/feed?url=… to fetch a feed.'), { Allow: 'GET' });
      return true;
    }
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new FeedError('timeout', `The feed server did not send the feed within ${timeoutMs / 1000} seconds (timeout), so Earshot gave up.`)),
      timeoutMs,
    );
    // The client went away: stop fetching for nobody.
    res.on('close', () => controller.abort(new Error('The client closed the connection.')));
    try {
      const target = parseFeedUrl(new URLSearchParams(query < 0 ? '' : raw.slice(query + 1)).get('url'));
      const feed = await fetchFeed(target, {
        allowLoopback,
        maxBytes,
        maxRedirects,
        lookup,
        userAgent,
        conditional: conditionalHeaders(req),
        signal: controller.signal,
      });
      const headers: OutgoingHttpHeaders = { ...SECURITY_HEADERS, 'Cache-Control': 'no-store', 'Content-Disposition': 'attachment' };
      if (feed.contentType) headers['Content-Type'] = feed.contentType;
      if (feed.etag) headers.ETag = feed.etag;
      if (feed.lastModified) headers['Last-Modified'] = feed.lastModified;
      if (feed.status === 200) headers['Content-Length'] = feed.body.length;
      res.writeHead(feed.status, headers);
      res.end(feed.status === 200 ? feed.body : undefined);
    } catch (e) {
      if (!res.headersSent && !res.destroyed) {
        if (!(e instanceof FeedError)) console.error('Earshot: the feed proxy failed:', e);
        sendError(res, e instanceof FeedError ? e : new FeedError('unreachable', 'Something went wrong while fetching the feed.'));
      }
    } finally {
      clearTimeout(timer);
    }
    return true;
  };
}

// Fetches one feed for the proxy: checked addresses only (pinned), redirects re-checked, a content-type allow-list,
// decompression, and a size cap on the bytes received and on the decompressed bytes.
import { STATUS_CODES, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupAddress } from 'node:dns';
import { PassThrough, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FeedError, parseFeedUrl, pinnedLookup, resolveTarget, type Lookup } from './feed-target';

export interface FetchFeedOptions {
  allowLoopback: boolean;
  maxBytes: number;
  maxRedirects: number;
  lookup: Lookup;
  userAgent: string;
  /** Conditional headers from the client (If-None-Match, If-Modified-Since). */
  conditional: Record<string, string>;
  signal: AbortSignal;
}

export interface FeedResponse {
  status: 200 | 304;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/x-rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
  'text/plain',
]);

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`);
const tooLarge = (max: number) => new FeedError('too-large', `The feed is larger than ${size(max)}, the most Earshot will read.`);

function checkContentType(header: string | undefined) {
  const type = (header ?? '').split(';')[0].trim().toLowerCase();
  if (!type || FEED_TYPES.has(type)) return; // Many feeds send no type at all; the size cap still applies.
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    throw new FeedError('bad-content-type', 'This address returns a web page, not a feed. Look on the page for its RSS or Atom link.');
  }
  throw new FeedError('bad-content-type', `This address returns ${type.replace(/[^\w.+/-]/g, '').slice(0, 60)}, not a feed.`);
}

function decoderFor(header: string | undefined): Transform {
  const encoding = (header ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  if (encoding === 'br') return createBrotliDecompress();
  if (encoding === '' || encoding === 'identity') return new PassThrough();
  throw new FeedError('bad-encoding', `The feed server compressed the feed as "${encoding.replace(/[^\w ,-]/g, '').slice(0, 30)}", which Earshot cannot read.`);
}

/** The body, decompressed; stops reading (and closes the connection) as soon as either count passes `max`. */
async function readBody(res: IncomingMessage, max: number, signal: AbortSignal): Promise<Buffer> {
  const decoder = decoderFor(res.headers['content-encoding']);
  let decoderFailed = false;
  decoder.once('error', () => (decoderFailed = true));
  const chunks: Buffer[] = [];
  const capReceived = async function* (source: AsyncIterable<Buffer>) {
    let received = 0;
    for await (const chunk of source) {
      received += chunk.length;
      if (received > max) throw tooLarge(max);
      yield chunk;
    }
  };
  const collect = async (source: AsyncIterable<Buffer>) => {
    let kept = 0;
    for await (const chunk of source) {
      kept += chunk.length;
      if (kept > max) throw tooLarge(max);
      chunks.push(chunk);
    }
  };
  try {
    await pipeline(res, capReceived, decoder, collect, { signal });
  } catch (e) {
    if (signal.aborted) throw signal.reason;
    if (e instanceof FeedError) throw e;
    if (decoderFailed) throw new FeedError('bad-encoding', 'The feed server sent compressed data that could not be decompressed.');
    throw new FeedError('unreachable', 'The connection to the feed server broke before the whole feed arrived.');
  }
  return Buffer.concat(chunks);
}

function requestOnce(url: URL, addresses: LookupAddress[], headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''), // Host header and TLS SNI stay the original name.
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers,
        lookup: pinnedLookup(addresses), // …but the socket goes only to the addresses checked.
        agent: false,
        signal,
      },
      resolve,
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (signal.aborted) return reject(signal.reason);
      const why = e.code === 'ECONNREFUSED' ? 'refused the connection' : e.code?.startsWith('ERR_TLS') || e.code?.includes('CERT') ? 'has no valid secure connection' : 'could not be reached';
      reject(new FeedError('unreachable', `The feed server ${url.hostname} ${why}.`));
    });
    req.end();
  });
}

/** Fetches `target`, following up to `maxRedirects` redirects, each checked like the first address. */
export async function fetchFeed(target: URL, options: FetchFeedOptions): Promise<FeedResponse> {
  const { allowLoopback, lookup, signal, maxBytes, maxRedirects } = options;
  const headers = { 'User-Agent': options.userAgent, Accept: ACCEPT, 'Accept-Encoding': 'gzip, deflate, br', ...options.conditional };
  let url = target;
  for (let redirects = 0; ; redirects++) {
    const addresses = await resolveTarget(url, { allowLoopback, lookup, signal, redirected: redirects > 0 });
    const res = await requestOnce(url, addresses, headers, signal);
    try {
      const status = res.statusCode ?? 0;
      const meta = { contentType: res.headers['content-type'], etag: res.headers.etag, lastModified: res.headers['last-modified'] };
      if (REDIRECTS.has(status)) {
        if (redirects >= maxRedirects) throw new FeedError('too-many-redirects', `The feed address redirected more than ${maxRedirects} times (too many redirects), so Earshot stopped.`);
        url = parseFeedUrl(res.headers.location, url);
        res.destroy();
        continue;
      }
      if (status === 304) {
        res.destroy();
        return { status, ...meta, body: Buffer.alloc(0) };
      }
      if (status !== 200) throw new FeedError('upstream-status', `The feed server answered ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd() + '.');
      checkContentType(meta.contentType);
      if (Number(res.headers['content-length']) > maxBytes) throw tooLarge(maxBytes);
      return { status, ...meta, body: await readBody(res, maxBytes, signal) };
    } catch (e) {
      res.destroy();
      throw e;
    }
  }
}

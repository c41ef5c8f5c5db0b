// The feed proxy against real local HTTP servers. They listen on loopback, so fetching tests use allowLoopback: true
// (which still refuses private, link-local, metadata and unspecified addresses); refusal tests use the default.
import type { LookupAddress } from 'node:dns';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedRoute, type FeedRouteOptions } from './feed-proxy';

const MB = 1024 * 1024;
const RSS = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Tin tức — AI</title><item><title>Một</title></item></channel></rss>\n');
const BOMB = gzipSync(Buffer.alloc(20 * MB)); // ~20 KB on the wire, 20 MB unpacked
const EMPTY_MEMBERS = Buffer.concat(Array<Buffer>(300_000).fill(gzipSync(Buffer.alloc(0)))); // 6 MB on the wire, 0 bytes unpacked

const servers: Server[] = [];
async function listen(handler: RequestListener): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}
afterAll(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

/** What the upstream saw of the last big body / hanging request. */
let bigStream: Promise<{ written: number; complete: boolean }> = Promise.resolve({ written: 0, complete: false });
let hangClosed: Promise<void> = Promise.resolve();

function streamBig(res: ServerResponse, total: number) {
  return (bigStream = new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let written = 0;
    res.on('close', () => resolve({ written, complete: res.writableFinished }));
    const pump = () => {
      while (written < total) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  }));
}

function upstream(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://x');
  const hop = /^\/r\/(\d+)$/.exec(url.pathname);
  if (hop) {
    const n = Number(hop[1]);
    if (n > 0) return void res.writeHead(302, { Location: `/r/${n - 1}` }).end();
    return void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS);
  }
  switch (url.pathname) {
    case '/feed.xml': {
      const fresh = req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Mon, 01 Jun 2026 00:00:00 GMT';
      const headers = { ETag: '"v1"', 'Last-Modified': 'Mon, 01 Jun 2026 00:00:00 GMT' };
      if (fresh) return void res.writeHead(304, headers).end();
      return void res.writeHead(200, { ...headers, 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(RSS);
    }
    case '/no-type':
      return void res.end(RSS);
    case '/gzip.xml':
      return void res.writeHead(200, { 'Content-Type': 'text/xml', 'Content-Encoding': 'gzip' }).end(gzipSync(RSS));
    case '/echo-host':
      return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end(req.headers.host);
    case '/to':
      return void res.writeHead(302, { Location: url.searchParams.get('loc') ?? '' }).end();
    case '/404':
      return void res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>gone</h1>');
    case '/page.html':
      return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>A blog</title>');
    case '/binary':
      return void res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(RSS);
    case '/big':
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      return streamBig(res, 50 * MB);
    case '/big-declared':
      // Headers first; the body only after a pause, so a proxy that trusts Content-Length never gets any of it.
      res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Length': 50 * MB }).flushHeaders();
      bigStream = new Promise((resolve) => {
        res.on('close', () => resolve({ written: 0, complete: false }));
        setTimeout(() => {
          if (!res.destroyed) streamBig(res, 50 * MB).then(resolve);
        }, 200);
      });
      return;
    case '/empty-members': // chunked: no Content-Length to refuse early
      res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Encoding': 'gzip' }).write(EMPTY_MEMBERS.subarray(0, MB));
      return void res.end(EMPTY_MEMBERS.subarray(MB));
    case '/bomb':
      return void res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Encoding': 'gzip', 'Content-Length': BOMB.length }).end(BOMB);
    case '/hang':
      hangClosed = new Promise((r) => req.socket.once('close', () => r()));
      return; // accepts, never answers
    case '/trickle': {
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      const timer = setInterval(() => res.write('<'), 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    default:
      res.writeHead(404).end();
  }
}

/** A lookup from a table; records every name asked. */
function fakeDns(table: Record<string, string[]>) {
  const asked: string[] = [];
  const lookup = async (hostname: string): Promise<LookupAddress[]> => {
    asked.push(hostname);
    const list = table[hostname];
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { lookup, asked };
}

async function proxy(options: FeedRouteOptions) {
  const route = createFeedRoute(options);
  const port = await listen(async (req, res) => {
    if (!(await route(req, res))) res.writeHead(404).end('not mine');
  });
  const origin = `http://127.0.0.1:${port}`;
  return Object.assign((target: string, init?: RequestInit) => fetch(`${origin}/api/feed?url=${encodeURIComponent(target)}`, init), { origin });
}

async function expectError(res: Response, status: number, code: string, message: RegExp) {
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(await res.json()).toEqual({ error: code, message: expect.stringMatching(message) });
  expect(res.status).toBe(status);
}

const dns = fakeDns({
  'feeds.example.test': ['127.0.0.1'],
  'mixed.example.test': ['93.184.216.34', '10.1.2.3'],
  'internal.example.test': ['10.0.0.5'],
});
let up = ''; // the upstream origin, http://127.0.0.1:<port>
let port = 0;
let strict: Awaited<ReturnType<typeof proxy>>; // production rules
let open: Awaited<ReturnType<typeof proxy>>; // loopback allowed (tests)
let quick: Awaited<ReturnType<typeof proxy>>; // loopback allowed, 300 ms timeout

beforeAll(async () => {
  port = await listen(upstream);
  up = `http://127.0.0.1:${port}`;
  strict = await proxy({ lookup: dns.lookup, timeoutMs: 3000 });
  open = await proxy({ allowLoopback: true, lookup: dns.lookup, timeoutMs: 5000 });
  quick = await proxy({ allowLoopback: true, lookup: dns.lookup, timeoutMs: 300 });
});

describe('feed proxy: what it refuses to fetch', () => {
  it.each(['', 'not a url', 'http://', 'feeds.example.com/rss'])('a malformed or missing address (%j): 400 bad-url', async (target) => {
    await expectError(await strict(target), 400, 'bad-url', /address/);
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/feed.xml', 'data:text/xml,<rss/>', 'javascript:alert(1)'])('%s: 400 bad-url', async (target) => {
    await expectError(await strict(target), 400, 'bad-url', /only http and https/);
  });

  it.each([
    ['127.0.0.1', () => `${up}/feed.xml`, /127\.0\.0\.1 is this machine \(a loopback address\)/],
    ['[::1]', () => `http://[::1]:${port}/feed.xml`, /::1 is this machine/],
    ['decimal 2130706433', () => `http://2130706433:${port}/feed.xml`, /127\.0\.0\.1 is this machine/],
    ['hex 0x7f.1', () => `http://0x7f.1:${port}/feed.xml`, /127\.0\.0\.1 is this machine/],
    ['::ffff:127.0.0.1', () => `http://[::ffff:127.0.0.1]:${port}/feed.xml`, /loopback/],
    ['0.0.0.0', () => `http://0.0.0.0:${port}/feed.xml`, /unspecified/],
    ['10.0.0.1', () => 'http://10.0.0.1/feed.xml', /10\.0\.0\.1 is a private network address/],
    ['169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/', /cloud metadata/],
    ['100.100.100.200', () => 'http://100.100.100.200/', /cloud metadata/],
    ['fd00:ec2::254', () => 'http://[fd00:ec2::254]/', /cloud metadata/],
  ])('a literal address %s: 403 blocked-address', async (_name, target, message) => {
    await expectError(await strict(target()), 403, 'blocked-address', message);
  });

  it('localhost and *.localhost, without asking DNS', async () => {
    const before = dns.asked.length;
    await expectError(await strict(`http://localhost:${port}/feed.xml`), 403, 'blocked-address', /localhost is this machine/);
    await expectError(await strict(`http://feeds.localhost:${port}/feed.xml`), 403, 'blocked-address', /loopback/);
    expect(dns.asked.length).toBe(before);
  });

  it('a name that resolves to loopback, or to any private address among public ones', async () => {
    await expectError(await strict(`http://feeds.example.test:${port}/feed.xml`), 403, 'blocked-address', /feeds\.example\.test is at this machine/);
    await expectError(await strict('http://mixed.example.test/feed.xml'), 403, 'blocked-address', /private network/);
  });

  it('a name that does not resolve, and a refused connection: 502 unreachable', async () => {
    await expectError(await strict('https://nowhere.example.test/feed.xml'), 502, 'unreachable', /Could not find the feed server nowhere\.example\.test/);
    const closedPort = await listen(() => undefined);
    await new Promise((r) => servers.pop()!.close(r));
    await expectError(await open(`http://127.0.0.1:${closedPort}/`), 502, 'unreachable', /refused the connection/);
  });

  it('methods other than GET: 405; other paths are not its business', async () => {
    for (const method of ['POST', 'HEAD', 'DELETE']) {
      const res = await strict(`${up}/feed.xml`, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET');
    }
    for (const path of ['/api/feeds', '/api/feed/x', '/feed.xml']) expect(await (await fetch(`${strict.origin}${path}`)).text()).toBe('not mine');
  });
});

describe('feed proxy: redirects', () => {
  it('follows 5 redirects, refuses a 6th', async () => {
    const ok = await open(`${up}/r/5`);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(RSS)).toBe(true);
    await expectError(await open(`${up}/r/6`), 502, 'too-many-redirects', /too many redirects/);
  });

  it.each([
    ['169.254.169.254', 'http://169.254.169.254/latest/meta-data/', /redirected to 169\.254\.169\.254, which is a cloud metadata/],
    ['10.0.0.1', 'http://10.0.0.1/feed.xml', /redirected to 10\.0\.0\.1, which is a private network address/],
    ['0.0.0.0 (this machine on Linux)', 'http://0.0.0.0:PORT/feed.xml', /redirected to 0\.0\.0\.0, which is an unspecified/],
    ['[::] (this machine)', 'http://[::]:PORT/feed.xml', /redirected to ::, which is an unspecified/],
    ['a name resolving to 10.0.0.5', 'http://internal.example.test/feed.xml', /internal\.example\.test, which is at a private network/],
  ])('re-checks the address of each hop: a redirect to %s is refused', async (_name, location, message) => {
    await expectError(await open(`${up}/to?loc=${encodeURIComponent(location.replace('PORT', String(port)))}`), 403, 'blocked-address', message);
  });

  it('a redirect to loopback is refused under production rules (checked before the first hop too)', async () => {
    await expectError(await strict(`${up}/to?loc=${encodeURIComponent(`${up}/feed.xml`)}`), 403, 'blocked-address', /loopback/);
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/feed.xml'])('a redirect to %s: 502 blocked-redirect', async (location) => {
    await expectError(await open(`${up}/to?loc=${encodeURIComponent(location)}`), 502, 'blocked-redirect', /only follows http and https/);
  });
});

describe('feed proxy: fetching', () => {
  it('passes an RSS body through byte for byte, with its type, validators and the security headers', async () => {
    const res = await open(`${up}/feed.xml`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(RSS)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(res.headers.get('last-modified')).toBe('Mon, 01 Jun 2026 00:00:00 GMT');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('round-trips ETag and Last-Modified: the conditional request gets 304', async () => {
    const first = await open(`${up}/feed.xml`);
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    const again = await open(`${up}/feed.xml`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe('"v1"');
    const since = await open(`${up}/feed.xml`, { headers: { 'If-Modified-Since': 'Mon, 01 Jun 2026 00:00:00 GMT' } });
    expect(since.status).toBe(304);
  });

  it('accepts a feed without a content type, and decompresses gzip', async () => {
    expect(Buffer.from(await (await open(`${up}/no-type`)).arrayBuffer()).equals(RSS)).toBe(true);
    const gz = await open(`${up}/gzip.xml`);
    expect(gz.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await gz.arrayBuffer()).equals(RSS)).toBe(true);
  });

  it('connects to the address it checked, keeping the original Host', async () => {
    const asked = dns.asked.length;
    const res = await open(`http://feeds.example.test:${port}/echo-host`);
    expect(await res.text()).toBe(`feeds.example.test:${port}`);
    expect(dns.asked.slice(asked)).toEqual(['feeds.example.test']); // resolved once, by the proxy; not again on connect
  });

  it('upstream 404: 502 upstream-status naming it', async () => {
    await expectError(await open(`${up}/404`), 502, 'upstream-status', /^The feed server answered 404 Not Found\.$/);
  });

  it('a web page or a binary is not a feed: 502 bad-content-type', async () => {
    await expectError(await open(`${up}/page.html`), 502, 'bad-content-type', /web page, not a feed/);
    await expectError(await open(`${up}/binary`), 502, 'bad-content-type', /application\/octet-stream, not a feed/);
  });
});

describe('feed proxy: limits', () => {
  it('50 MB with a Content-Length: 413 too-large, refused before any of the body is sent', async () => {
    await expectError(await open(`${up}/big-declared`), 413, 'too-large', /larger than 5 MB/);
    expect(await bigStream).toEqual({ written: 0, complete: false });
  });

  it('50 MB chunked (no Content-Length): 413 too-large, stops reading after 5 MB', async () => {
    await expectError(await open(`${up}/big`), 413, 'too-large', /larger than 5 MB/);
    const seen = await bigStream;
    expect(seen.complete).toBe(false);
    expect(seen.written).toBeLessThan(25 * MB);
  });

  it('a gzip bomb (20 KB that unpacks to 20 MB): 413 too-large', async () => {
    expect(BOMB.length).toBeLessThan(100 * 1024);
    await expectError(await open(`${up}/bomb`), 413, 'too-large', /larger than 5 MB/);
  });

  it('over 5 MB on the wire is too large even when it unpacks to nothing (6 MB of empty gzip members)', async () => {
    await expectError(await open(`${up}/empty-members`), 413, 'too-large', /larger than 5 MB/);
  });

  it('a server that accepts and never answers: 504 timeout, and the upstream request is aborted', async () => {
    const started = Date.now();
    await expectError(await quick(`${up}/hang`), 504, 'timeout', /within 0\.3 seconds/);
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(Promise.race([hangClosed.then(() => 'closed'), new Promise((r) => setTimeout(() => r('still open'), 1000))])).resolves.toBe('closed');
  });

  it('a server that trickles a byte every 100 ms: 504 timeout', async () => {
    const started = Date.now();
    await expectError(await quick(`${up}/trickle`), 504, 'timeout', /timeout/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

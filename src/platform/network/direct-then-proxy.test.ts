import { describe, expect, it } from 'vitest';
import { directTarget, directThenProxy } from './direct-then-proxy';

const req = (url: string) => `https://app.example/api/feed?url=${encodeURIComponent(url)}`;

describe('directTarget', () => {
  it('tries public http(s) feeds directly, http only from an http page', () => {
    expect(directTarget(req('https://news.example/feed.xml'), 'https:')).toBe('https://news.example/feed.xml');
    expect(directTarget(req('http://news.example/feed.xml'), 'http:')).toBe('http://news.example/feed.xml');
    expect(directTarget(req('http://news.example/feed.xml'), 'https:')).toBeNull();
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://10.0.0.1/f', 'http://192.168.1.2/f', 'http://169.254.169.254/', 'https://u:p@news.example/f', ''])(
    'leaves %j to the route',
    (url) => expect(directTarget(req(url), 'http:')).toBeNull(),
  );
});

describe('directThenProxy', () => {
  it('uses a readable CORS answer, and the route when the direct try fails', async () => {
    const calls: string[] = [];
    const ok = async (input: RequestInfo | URL) => {
      calls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      if (calls.length === 1) return new Response('<rss/>', { headers: { 'content-type': 'application/rss+xml' } });
      return new Response('route');
    };
    // A Response made here has type "default", not "cors": the direct answer is not trusted, the route is asked.
    const viaRoute = await directThenProxy(new Request(req('https://news.example/f')), 'https:', ok as typeof fetch);
    expect(await viaRoute.text()).toBe('route');
    expect(calls).toEqual(['https://news.example/f', req('https://news.example/f')]);

    const failing = async (input: RequestInfo | URL) => {
      if (typeof input === 'string') throw new TypeError('CORS');
      return new Response('route');
    };
    expect(await (await directThenProxy(new Request(req('https://news.example/f')), 'https:', failing as typeof fetch)).text()).toBe('route');
  });
});

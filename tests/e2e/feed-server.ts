// A feed server for browser tests: serves given bodies on 127.0.0.1 and records every request it gets.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  type?: string;
  body: string;
  headers?: Record<string, string>;
}

export interface FeedServer {
  url(path: string): string;
  origin: string;
  /** Requests so far, in order: path, the validator sent, and who asked (the app's server route, or a browser). */
  requests: { path: string; ifNoneMatch?: string; by: 'route' | 'browser' }[];
  /** Requests the app's server route made. */
  routed(): { path: string; ifNoneMatch?: string }[];
  close(): Promise<void>;
}

export async function startFeedServer(routes: Record<string, Route>): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const ifNoneMatch = req.headers['if-none-match'];
    const by = /^Earshot\//.test(req.headers['user-agent'] ?? '') ? 'route' : 'browser';
    requests.push({ path: req.url ?? '', by, ...(ifNoneMatch ? { ifNoneMatch } : {}) });
    const route = routes[(req.url ?? '').split('?')[0]];
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    const etag = route.headers?.ETag;
    if (etag && ifNoneMatch === etag) {
      res.writeHead(304, { ETag: etag });
      res.end();
      return;
    }
    res.writeHead(route.status ?? 200, { 'Content-Type': route.type ?? 'application/rss+xml; charset=utf-8', ...route.headers });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    routed: () => requests.filter((r) => r.by === 'route').map(({ path, ifNoneMatch }) => ({ path, ...(ifNoneMatch ? { ifNoneMatch } : {}) })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface RssItem {
  id: string;
  title: string;
  date: string;
  /** Raw XML for the description element's content (escape it yourself). */
  description?: string;
  link?: string;
}

/** An RSS 2.0 document; titles are XML-escaped, descriptions are inserted as given. */
export function rss(title: string, items: RssItem[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>https://wire.example/</link><language>en</language>
${items
  .map(
    (i) => `<item><guid isPermaLink="false">${esc(i.id)}</guid><title>${esc(i.title)}</title><link>${esc(i.link ?? `https://wire.example/${i.id}`)}</link>
<pubDate>${new Date(i.date).toUTCString()}</pubDate><description>${i.description ?? esc(`<p>${i.title} leads the AI news today.</p><p>Analysts expect more to follow soon.</p>`)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

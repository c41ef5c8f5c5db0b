// In the service worker: a feed request to /api/feed?url=… is tried straight from the browser first, when the
// feed allows cross-origin reads (CORS), and otherwise goes on to the app server's route, which fetches it.
// Runs where the page's `connect-src 'self'` does not apply (the worker has its own policy), so the page
// itself still can only talk to its own origin.

import { safeHttpUrl } from '../../domain/news/story';

/** The direct try gives up sooner than the route (10 s), so a slow feed still gets its turn on the server. */
const DIRECT_TIMEOUT_MS = 6_000;
const MAX_BYTES = 5 * 1024 * 1024;
export const VIA_HEADER = 'X-Earshot-Via';

/** Private-network literals go straight to the route, which refuses them at once with a reason. */
function isPrivateLiteral(host: string): boolean {
  return /^(10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|0\.|\[(f[cd]|fe[89ab])[0-9a-f]*:)/i.test(host);
}

/** The feed address of a /api/feed request, when a direct try makes sense for it. */
export function directTarget(requestUrl: string, pageProtocol: string): string | null {
  const href = safeHttpUrl(new URL(requestUrl).searchParams.get('url'));
  if (!href) return null;
  const url = new URL(href);
  // An https page may not read http content (mixed content): that needs the route.
  if (pageProtocol === 'https:' && url.protocol === 'http:') return null;
  if (url.username || url.password || isPrivateLiteral(url.hostname)) return null;
  return url.href;
}

export async function directThenProxy(request: Request, pageProtocol: string, fetchFn: typeof fetch = fetch): Promise<Response> {
  const target = directTarget(request.url, pageProtocol);
  if (target) {
    try {
      const r = await fetchFn(target, {
        mode: 'cors',
        credentials: 'omit',
        cache: 'no-cache',
        referrerPolicy: 'no-referrer',
        signal: AbortSignal.timeout(DIRECT_TIMEOUT_MS),
      });
      const type = r.headers.get('content-type') ?? '';
      const declared = Number(r.headers.get('content-length') ?? '0');
      // Only a readable, successful, non-HTML answer of a sane size is used; anything else gets the route's checks and words.
      if (r.ok && r.type === 'cors' && !/text\/html/i.test(type) && declared <= MAX_BYTES) {
        const headers = new Headers({ [VIA_HEADER]: 'direct', 'Cache-Control': 'no-store' });
        for (const name of ['content-type', 'etag', 'last-modified']) {
          const v = r.headers.get(name);
          if (v) headers.set(name, v);
        }
        return new Response(r.body, { status: 200, headers });
      }
    } catch {
      // CORS refused, offline, or too slow: the route tries.
    }
  }
  return fetchFn(request);
}

// Vite plugins: the CSP meta tag, the initial JavaScript size report with its budget, and the feed proxy in dev.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { CSP_META } from '../server/csp.ts';
import type * as FeedProxyModule from '../server/feed-proxy.ts';

/** Adds the Content-Security-Policy meta tag to the built index.html (not in dev, where Vite injects inline code). */
export function cspMeta(): Plugin {
  return {
    name: 'earshot-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
  };
}

/** Initial JS budget in gzipped kilobytes (issue 2: under 120 KB). */
export const INITIAL_JS_BUDGET_KB = 120;

/** Prints the gzipped size of the JavaScript the first page load needs (entry chunks and their static imports), and fails over budget. */
export function initialJsSize(budgetKb = INITIAL_JS_BUDGET_KB): Plugin {
  return {
    name: 'earshot-initial-js-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
      const initial = new Set<string>();
      const visit = (name: string) => {
        if (initial.has(name)) return;
        initial.add(name);
        chunks.get(name)?.imports.forEach(visit);
      };
      for (const c of chunks.values()) if (c.isEntry && c.facadeModuleId?.endsWith('index.html')) visit(c.fileName);
      if (initial.size === 0) for (const c of chunks.values()) if (c.isEntry && !c.fileName.includes('sw')) visit(c.fileName);
      let raw = 0;
      let gz = 0;
      for (const name of initial) {
        const code = chunks.get(name)?.code ?? '';
        raw += Buffer.byteLength(code);
        gz += gzipSync(code, { level: 9 }).length;
      }
      const kb = (n: number) => (n / 1024).toFixed(1);
      const line = `Initial JavaScript: ${kb(gz)} KB gzipped (${kb(raw)} KB raw, ${initial.size} chunk${initial.size === 1 ? '' : 's'}); budget ${budgetKb} KB`;
      console.log(`\n${line}\n`);
      if (gz > budgetKb * 1024) this.error(`Initial JavaScript is over budget: ${kb(gz)} KB > ${budgetKb} KB gzipped`);
    },
  };
}

/**
 * Serves GET /api/feed (the feed proxy) from `npm run dev`, as `npm start` does. The server code is loaded through
 * Vite's SSR loader (not imported here), so the config bundle stays free of it and edits to it apply on the next request.
 */
export function feedProxy(): Plugin {
  return {
    name: 'earshot-feed-proxy',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/api/feed')) return next();
        server
          .ssrLoadModule('/server/feed-proxy.ts')
          .then((m) => (m as typeof FeedProxyModule).createFeedRoute({ allowLoopback: process.env.EARSHOT_ALLOW_LOOPBACK_FEEDS === '1' })(req, res))
          .then((handled) => handled || next(), next);
      });
    },
  };
}

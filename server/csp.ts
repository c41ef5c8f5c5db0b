// The Content-Security-Policy: nothing leaves the page but requests to Earshot's own origin.

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['media-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
];

/** The policy as an HTTP header value (adds frame-ancestors, which a meta tag cannot carry). */
export const CSP_HEADER = [...DIRECTIVES, ['frame-ancestors', "'none'"]].map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy for a <meta http-equiv> tag, so any static host of the build enforces it too. */
export const CSP_META = DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/**
 * The service worker's own policy (a worker takes its policy from its script's response, not the page's).
 * It may read feeds straight from their servers: the only cross-origin requests it makes are the feed
 * addresses the person added (src/platform/network/direct-then-proxy.ts). The page keeps `connect-src 'self'`.
 */
export const CSP_WORKER_HEADER = DIRECTIVES.map(([k, v]) => `${k} ${k === 'connect-src' ? "'self' http: https:" : v}`).join('; ');

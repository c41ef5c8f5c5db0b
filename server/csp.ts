// The Content-Security-Policy: nothing leaves the page but requests to Earshot's own origin.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The one inline script: it picks the prerendered first screen before the first paint (src/boot/first-paint.js). */
export const FIRST_PAINT_SCRIPT = readFileSync(new URL('../src/boot/first-paint.js', import.meta.url), 'utf8').trim();
const FIRST_PAINT_HASH = `'sha256-${createHash('sha256').update(FIRST_PAINT_SCRIPT).digest('base64')}'`;

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', `'self' 'wasm-unsafe-eval' ${FIRST_PAINT_HASH}`],
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

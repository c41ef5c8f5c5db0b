// Serves the production build: correct types, caching that suits hashed assets and the service worker, security headers.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { CSP_HEADER, CSP_WORKER_HEADER } from './csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.tflite': 'application/octet-stream',
  '.onnx': 'application/octet-stream',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.map', '.txt', '.wasm']);

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'microphone=(self), camera=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function cacheControl(urlPath: string): string {
  // Vite puts content-hashed files in /assets: they never change under the same name.
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  // So are the on-device ear's files (named by their content's hash).
  if (urlPath.startsWith('/ear/')) return 'public, max-age=31536000, immutable';
  // The worker, the page and the manifest must be revalidated so updates are seen.
  return 'no-cache';
}

type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface StaticServerOptions {
  root: string;
  /** Extra routes tried before static files (e.g. /api/feed); return true when handled. */
  routes?: Route[];
}

async function fileFor(root: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath);
  if (decoded.includes('\0')) return null;
  const full = resolve(root, `.${normalize(decoded)}`);
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const s = await stat(full);
    if (s.isFile()) return full;
    if (s.isDirectory()) {
      const index = join(full, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    // Not found.
  }
  return null;
}

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
/** Compressed bodies, made once per file version: the build never changes under a running server, and the MediaPipe
 * WASM (6.6 MB) takes about a second to compress, which every fresh install's precache would otherwise pay. */
const compressed = new Map<string, Promise<Buffer>>();
const MAX_CACHED = 64;

function compressedBody(file: string, mtimeMs: number, encoding: 'br' | 'gzip', size: number): Promise<Buffer> {
  const key = `${encoding}:${mtimeMs}:${file}`;
  let body = compressed.get(key);
  if (!body) {
    // Brotli's default quality (11) is for ahead-of-time compression; 5 is fast and still beats gzip.
    body = readFile(file).then((raw) =>
      encoding === 'br' ? brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: size } }) : gz(raw),
    );
    body.catch(() => compressed.delete(key));
    if (compressed.size >= MAX_CACHED) compressed.delete(compressed.keys().next().value!);
    compressed.set(key, body);
  }
  return body;
}

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

export function createStaticServer({ root, routes = [] }: StaticServerOptions): Server {
  const base = resolve(root);
  return createServer(async (req, res) => {
    try {
      for (const route of routes) if (await route(req, res)) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      const url = new URL(req.url ?? '/', 'http://localhost');
      let file: string | null;
      try {
        file = await fileFor(base, url.pathname);
      } catch {
        return send(res, 400, 'Bad request');
      }
      // Paths without a file extension are app routes: serve the app shell.
      if (!file && !extname(url.pathname)) file = join(base, 'index.html');
      if (!file) return send(res, 404, 'Not found');
      const ext = extname(file);
      const { size, mtimeMs } = await stat(file);
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = COMPRESSIBLE.has(ext) && size > 1024 ? (/\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null) : null;
      const body = encoding ? await compressedBody(file, mtimeMs, encoding, size) : null;
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        ...(url.pathname === '/sw.js' ? { 'Content-Security-Policy': CSP_WORKER_HEADER } : {}),
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': cacheControl(url.pathname),
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        'Content-Length': String(body ? body.length : size),
      });
      if (req.method === 'HEAD') return res.end();
      if (body) return res.end(body);
      const stream = createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch (e) {
      if (!res.headersSent) send(res, 500, 'Server error');
      else res.destroy();
      console.error(e);
    }
  });
}

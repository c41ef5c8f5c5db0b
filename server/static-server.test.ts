import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from './static-server';

let base = '';
const server = (() => {
  const root = mkdtempSync(join(tmpdir(), 'earshot-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>shell</title>');
  writeFileSync(join(root, 'assets', 'app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))})`);
  writeFileSync(join(root, 'sw.js'), 'self.x = 1');
  return createStaticServer({ root });
})();

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('static server', () => {
  it('serves files with types, CSP and long caching for hashed assets', async () => {
    const res = await fetch(`${base}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect((await res.text()).length).toBeGreaterThan(5000);
  });

  it('revalidates the service worker and the page', async () => {
    expect((await fetch(`${base}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${base}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('lets only the service worker read feeds from other origins; the page stays on its own', async () => {
    const page = (await fetch(`${base}/`)).headers.get('content-security-policy') ?? '';
    const worker = (await fetch(`${base}/sw.js`)).headers.get('content-security-policy') ?? '';
    expect(page).toMatch(/connect-src 'self';/);
    expect(worker).toMatch(/connect-src 'self' http: https:;/);
    expect(worker).toContain("script-src 'self'");
  });

  it('serves the app shell for app routes and 404 for missing files', async () => {
    expect(await (await fetch(`${base}/history`)).text()).toContain('shell');
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });

  it('never serves files outside the build', async () => {
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc%2fpasswd']) {
      const res = await fetch(`${base}${path}`);
      expect(await res.text()).not.toContain('root:');
    }
  });
});

// The installable app: the sound classifier's assets (MediaPipe WASM, YAMNet model) precached and usable offline,
// a valid manifest with shortcuts and a share target, and Chromium's own installability check clean.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The sound classifier's files, served by the app itself (never a CDN), with the type the server gives each. */
const CLASSIFIER_ASSETS: Record<string, string> = {
  '/mediapipe/wasm/audio_wasm_internal.js': 'text/javascript; charset=utf-8',
  '/mediapipe/wasm/audio_wasm_internal.wasm': 'application/wasm',
  '/mediapipe/wasm/audio_wasm_nosimd_internal.js': 'text/javascript; charset=utf-8',
  '/mediapipe/wasm/audio_wasm_nosimd_internal.wasm': 'application/wasm',
  '/models/yamnet.tflite': 'application/octet-stream',
};
const ASSET_PATHS = Object.keys(CLASSIFIER_ASSETS);

/** Byte length and sha-256 of a file of the build (what the server sends). */
function built(path: string): { length: number; sha256: string } {
  const bytes = readFileSync(new URL(`../../dist${path}`, import.meta.url));
  return { length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Loads the app and waits until its service worker, installed with the whole precache, controls the page. */
async function controlledByWorker(page: Page) {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Width and height from a PNG's IHDR chunk (signature, then length, "IHDR", width, height: big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), 'IHDR first').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the server sends the classifier assets with their types, and the app shell for /share and shortcut addresses', async ({ request }) => {
  for (const [path, type] of Object.entries(CLASSIFIER_ASSETS)) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toBe(type);
    const body = await res.body();
    expect({ length: body.length, sha256: createHash('sha256').update(body).digest('hex') }, path).toEqual(built(path));
  }
  for (const path of ['/share?title=T&text=Hello&url=https%3A%2F%2Fnews.example%2Fa', '/?play=today', '/?play=last']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toBe('text/html; charset=utf-8');
    expect(await res.text(), path).toContain('<link rel="manifest"');
  }
});

test('the service worker precaches the MediaPipe WASM and the YAMNet model whole, and serves them offline', async ({ page, context }) => {
  test.setTimeout(60_000);
  await controlledByWorker(page);

  // Workbox keys unhashed files by URL plus a revision parameter, so entries are found by path.
  const cached = await page.evaluate(async (paths) => {
    const found: Record<string, { entries: number; length: number; sha256: string }> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (!paths.includes(path)) continue;
        const bytes = await (await cache.match(request))!.arrayBuffer();
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
        found[path] = { entries: (found[path]?.entries ?? 0) + 1, length: bytes.byteLength, sha256 };
      }
    }
    return found;
  }, ASSET_PATHS);
  for (const path of ASSET_PATHS) expect(cached[path], `${path} in Cache Storage`).toEqual({ entries: 1, ...built(path) });

  await context.setOffline(true);
  const offline = await page.evaluate(async (paths) => {
    const out: Record<string, { status: number; length: number }> = {};
    for (const path of paths) {
      const res = await fetch(path);
      out[path] = { status: res.status, length: (await res.arrayBuffer()).byteLength };
    }
    return out;
  }, ASSET_PATHS);
  for (const path of ASSET_PATHS) expect(offline[path], `${path} offline`).toEqual({ status: 200, length: built(path).length });

  // Shortcuts and shared links open the app shell offline too (the worker's navigation route).
  for (const path of ['/share?title=T&text=Hello&url=https%3A%2F%2Fnews.example%2Fa', '/?play=today']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    expect(res?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  }
  await context.setOffline(false);
});

// Playwright's contexts are off the record, which Chromium never lets install ("in-incognito"): this check runs in
// a persistent profile of its own, with the same browser and flags.
test('Chromium finds no installability errors and no manifest errors', async ({ playwright, launchOptions, baseURL }, testInfo) => {
  const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), { ...launchOptions, baseURL });
  const external: string[] = [];
  context.on('request', (r) => void (r.url().startsWith(new URL(baseURL!).origin) || external.push(r.url())));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await controlledByWorker(page);
    const cdp = await context.newCDPSession(page);
    expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(new URL(url).pathname).toBe('/manifest.webmanifest');
    expect(errors).toEqual([]);
    expect(external, 'requests that left the device').toEqual([]);
  } finally {
    await context.close();
  }
});

interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

test('the manifest is complete: identity, scope, icons of the sizes they claim, shortcuts, share target', async ({ page, request, baseURL }) => {
  await page.goto('/');
  const manifestUrl = new URL((await page.locator('link[rel="manifest"]').getAttribute('href'))!, page.url());
  const res = await request.get(manifestUrl.href);
  expect(res.headers()['content-type']).toBe('application/manifest+json; charset=utf-8');
  const m = await res.json();
  const at = (u: string) => new URL(u, manifestUrl).href;
  const origin = new URL(baseURL!).origin;

  expect(m).toMatchObject({
    id: '/',
    name: expect.any(String),
    short_name: 'Earshot',
    description: expect.any(String),
    lang: 'en',
    categories: ['news'],
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  expect(m.short_name.length).toBeLessThanOrEqual(12);
  const scope = at(m.scope);
  expect(scope).toBe(`${origin}/`);
  expect(at(m.start_url).startsWith(scope)).toBe(true);
  expect(at(m.id)).toBe(`${origin}/`);

  const icons = m.icons as Icon[];
  const pngs = icons.filter((i) => i.type === 'image/png');
  expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(icons.some((i) => i.purpose?.split(' ').includes('maskable'))).toBe(true);
  const shortcutIcons = (m.shortcuts as { icons: Icon[] }[]).flatMap((s) => s.icons);
  for (const icon of [...icons, ...shortcutIcons]) {
    const r = await request.get(at(icon.src));
    expect(r.status(), icon.src).toBe(200);
    expect(r.headers()['content-type'], icon.src).toBe(icon.type);
    if (icon.type !== 'image/png') continue;
    const { width, height } = pngSize(await r.body());
    expect(icon.sizes.split(' '), icon.src).toContain(`${width}x${height}`);
  }

  expect(m.shortcuts).toEqual([
    { name: 'Today’s briefing', url: '/?play=today', icons: [expect.objectContaining({ src: 'icons/icon-192.png', sizes: '192x192' })] },
    { name: 'Replay last', url: '/?play=last', icons: [expect.objectContaining({ src: 'icons/icon-192.png', sizes: '192x192' })] },
  ]);
  for (const s of m.shortcuts as { url: string }[]) expect(at(s.url).startsWith(scope), s.url).toBe(true);

  expect(m.share_target).toEqual({
    action: '/share',
    method: 'GET',
    enctype: 'application/x-www-form-urlencoded',
    params: { title: 'title', text: 'text', url: 'url' },
  });
  expect(at(m.share_target.action).startsWith(scope)).toBe(true);
});

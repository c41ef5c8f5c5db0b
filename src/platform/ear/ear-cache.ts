// The on-device ear's files as the build names them (scripts/vite-plugins.ts tells the page through __EAR_FILES__), and
// the Cache Storage that keeps them (model, runtime, worker) once downloaded: the worker fills it, the service worker
// answers from it offline, turning the ear off deletes it.
export const EAR_CACHE = 'earshot-ear';

/** Every file's address (what the worker downloads and keeps). */
export const earFileUrls = (f: EarFiles): string[] => [f.glue, f.wasm, f.encoder, f.decoder, f.sphinx.loader, f.sphinx.wasm, ...Object.values(f.sphinx.model), f.sphinx.dictionary, f.rnnoise.loader, f.rnnoise.wasm];

/** The requests the ear's cache answers: its files under /ear/ and the worker's own script. */
export const isEarFile = (pathname: string): boolean => pathname.startsWith('/ear/') || /^\/assets\/ear-worker[^/]*\.js$/.test(pathname);

/** Where the worker finds the models and the runtimes (the app's own folder, never a CDN), and the cache that keeps them. */
export interface EarFiles {
  /** onnxruntime-web's loader for its WASM (imported by the runtime) and the WASM itself. */
  glue: string;
  wasm: string;
  encoder: string;
  decoder: string;
  /** The second ear (PocketSphinx, sphinx.ts): its loader module, WebAssembly, acoustic model files by name and dictionary. */
  sphinx: { loader: string; wasm: string; model: Record<string, string>; dictionary: string; memoryBytes: number };
  /** RNNoise (rnnoise.ts), which cleans the audio the second ear hears: its loader module and WebAssembly. */
  rnnoise: { loader: string; wasm: string };
  /** Their size together, bytes (for the progress bar). */
  bytes: number;
  /** Cache Storage name: the files are kept there once downloaded, for offline use. */
  cache: string;
}

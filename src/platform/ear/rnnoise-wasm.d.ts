// @jitsi/rnnoise-wasm ships no types: its Emscripten loader, as rnnoise.ts uses it.
declare module '@jitsi/rnnoise-wasm/dist/rnnoise.js' {
  /** Makes the runtime from the settings given (wasmBinary: the WebAssembly's bytes); resolves once it is ready. */
  const createRnnoiseModule: (settings?: Record<string, unknown>) => Promise<unknown>;
  export default createRnnoiseModule;
}

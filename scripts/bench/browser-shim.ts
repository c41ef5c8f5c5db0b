// tsx compiles functions with esbuild's `__name` helper; pages that run such functions (page.evaluate,
// addInitScript) need a stand-in, shared by every browser benchmark.
export const NAME_SHIM = 'globalThis.__name = (f) => f;';

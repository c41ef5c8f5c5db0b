// Keeps MediaPipe's usage logging on the device: the library POSTs to a Google endpoint every 60 s and on close().

/** The only host @mediapipe/tasks-audio 1.0.1 sends to (its logger); kept to name it in tests and the worker. */
export const MEDIAPIPE_LOG_HOST = 'odml.pa.googleapis.com';

type FetchScope = { fetch: typeof fetch };

/**
 * Replaces `scope.fetch` with one that only reaches `origin` (the app's own files: the WASM and the model) and
 * refuses everything else before any connection is made. Returns how many requests it refused.
 */
export function keepFetchLocal(scope: FetchScope, origin: string | null): { refused: () => string[] } {
  const realFetch = scope.fetch.bind(scope);
  const refused: string[] = [];
  scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    let target: URL | null;
    try {
      target = new URL(url, origin ?? undefined);
    } catch {
      target = null;
    }
    const local = target !== null && (origin === null ? target.protocol === 'file:' : target.origin === origin || target.protocol === 'blob:' || target.protocol === 'data:');
    if (!local) {
      refused.push(url);
      return Promise.reject(new TypeError(`Earshot keeps this on the device: refused a request to ${target?.host ?? url}`));
    }
    return realFetch(input, init);
  };
  return { refused: () => [...refused] };
}

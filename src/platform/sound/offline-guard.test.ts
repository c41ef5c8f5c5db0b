import { describe, expect, it } from 'vitest';
import { keepFetchLocal, MEDIAPIPE_LOG_HOST } from './offline-guard';

function scope() {
  const reached: string[] = [];
  const s = {
    fetch: ((input: RequestInfo | URL) => {
      reached.push(String(input instanceof Request ? input.url : input));
      return Promise.resolve(new Response('ok'));
    }) as typeof fetch,
  };
  return { s, reached };
}

describe('the sound worker’s fetch guard', () => {
  it('lets the app’s own files through and refuses MediaPipe’s logger before any request is made', async () => {
    const { s, reached } = scope();
    const guard = keepFetchLocal(s, 'http://localhost:4173');
    await s.fetch('/models/yamnet.tflite');
    await s.fetch(new URL('http://localhost:4173/mediapipe/wasm/audio_wasm_internal.wasm'));
    await expect(s.fetch(`https://${MEDIAPIPE_LOG_HOST}/v1/log`, { method: 'POST', body: 'x' })).rejects.toThrow(/refused a request to odml/);
    await expect(s.fetch(new Request('https://example.com/x'))).rejects.toThrow(TypeError);
    // Same host, other port or scheme: another origin.
    await expect(s.fetch('http://localhost:9999/x')).rejects.toThrow();
    expect(reached).toEqual(['/models/yamnet.tflite', 'http://localhost:4173/mediapipe/wasm/audio_wasm_internal.wasm']);
    expect(guard.refused()).toEqual([`https://${MEDIAPIPE_LOG_HOST}/v1/log`, 'https://example.com/x', 'http://localhost:9999/x']);
  });

  it('in Node (no origin) allows only file: addresses', async () => {
    const { s, reached } = scope();
    keepFetchLocal(s, null);
    await s.fetch('file:///tmp/model.tflite');
    await expect(s.fetch(`https://${MEDIAPIPE_LOG_HOST}/v1/log`)).rejects.toThrow();
    expect(reached).toEqual(['file:///tmp/model.tflite']);
  });
});

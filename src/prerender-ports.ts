// The ports for the build-time render of the first screen (src/prerender.tsx): the app as a new visitor first sees
// it, before anything is read from the device. Ports the first render never touches throw if something calls them,
// so a render that starts doing work at build time fails the build instead of doing it quietly.
import type { AppDeps } from './store/types';
import type { Lang } from './domain/types';

/** A port none of whose methods may be called while prerendering. */
function untouched<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: (_target, key) => {
      if (key === 'then') return undefined;
      return () => {
        throw new Error(`prerender: ${name}.${String(key)}() was called; the first render must not use it`);
      };
    },
  });
}

const nothing = () => {};

export function prerenderPorts(lang: Lang): AppDeps {
  return {
    news: untouched('news'),
    history: untouched('history'),
    feeds: untouched('feeds'),
    loadSampleEdition: untouched<{ f(): never }>('loadSampleEdition').f,
    readFile: untouched<{ f(): never }>('readFile').f,
    env: {
      now: () => Date.now(),
      elapsed: () => 0,
      timeZone: () => 'UTC',
      languageFromUrl: () => null,
      browserLanguage: () => lang,
      online: () => true,
      onOnlineChange: nothing,
      visible: () => true,
      onVisibilityChange: nothing,
    },
    settingsStorage: { getItem: () => null, setItem: nothing, removeItem: nothing },
    synth: {
      kind: 'speech',
      speak: untouched<{ f(): never }>('synth').f,
      cancel: nothing,
      voices: () => [],
      ready: async () => {},
      onVoicesChanged: () => nothing,
      setPreferredVoices: nothing,
      unlock: nothing,
      afterStart: (run) => run(),
      hold: () => () => undefined,
      watchdogEndings: () => 0,
    },
    recognizer: {
      supported: true,
      listen: untouched<{ f(): never }>('recognizer').f,
      localAvailability: async () => 'unavailable',
      installLocal: async () => false,
    },
    media: { setHandlers: nothing, setNowPlaying: nothing, setState: nothing, prime: nothing },
    wakeLock: { hold: nothing },
    voiceChannel: { claim: nothing, onClaimed: nothing },
    sound: { missing: null, exclusiveMicrophone: false, start: untouched<{ f(): never }>('sound').f },
    micLevel: { supported: false, open: async () => null },
    ear: {
      langs: ['en'],
      missing: null,
      downloadBytes: () => 0,
      load: untouched<{ f(): never }>('ear').f,
      unload: async () => {},
      setNames: nothing,
      recognizer: { supported: false, listen: untouched<{ f(): never }>('ear').f, localAvailability: async () => 'unavailable', installLocal: async () => false },
    },
  };
}

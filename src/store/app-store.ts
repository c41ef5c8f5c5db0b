// Builds the one app store from its slices; only the settings persist, versioned.
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isRate } from '../domain/player/rate';
import { isLang } from '../domain/types';
import { createLibrarySlice } from './library-slice';
import { connectMedia } from './media-sync';
import { createListeningSlice } from './listening-slice';
import { createHandsFreeSlice } from './hands-free-slice';
import { createPlaybackSlice } from './playback-slice';
import { createSettingsSlice } from './settings-slice';
import { createSourcesSlice } from './sources-slice';
import { createHistorySlice } from './history-slice';
import { createStoriesSlice } from './stories-slice';
import { connectHistory } from './history-sync';
import { connectVoiceChannel } from './voice-sync';
import { connectUpdate, createUpdateSlice } from './update-slice';
import type { AppDeps, AppState } from './types';

interface PersistedSettings {
  lang?: unknown;
  rate?: unknown;
  voiceByLang?: unknown;
  headphones?: unknown;
  missingVoiceNoted?: unknown;
  handsFree?: unknown;
}

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(v).every(([k, x]) => isLang(k) && typeof x === 'string');

export type AppStore = StoreApi<AppState>;

export function createAppStore(deps: AppDeps): AppStore {
  const store = createStore<AppState>()(
    persist(
      (set, get) => ({
        ...createSettingsSlice(set, get, deps),
        ...createPlaybackSlice(set, get, deps),
        ...createListeningSlice(set, get, deps),
        ...createLibrarySlice(set, get, deps),
        ...createSourcesSlice(set, get, deps),
        ...createHistorySlice(set, get, deps),
        ...createUpdateSlice(set, get, deps),
        ...createHandsFreeSlice(set, get, deps),
        ...createStoriesSlice(set, get, deps),
      }),
      {
        name: 'earshot-settings',
        version: 1,
        storage: createJSONStorage(() => deps.settingsStorage),
        partialize: (s) => ({ lang: s.lang, rate: s.rate, voiceByLang: s.voiceByLang, headphones: s.headphones, missingVoiceNoted: s.missingVoiceNoted, handsFree: s.handsFree.on }),
        // Never trust stored values: a bad or foreign entry falls back to the defaults.
        merge: (persisted, current) => {
          const p = (persisted ?? {}) as PersistedSettings;
          const rate = isRate(p.rate) ? p.rate : current.rate;
          return {
            ...current,
            lang: isLang(p.lang) ? p.lang : current.lang,
            rate,
            voiceByLang: isStringRecord(p.voiceByLang) ? p.voiceByLang : current.voiceByLang,
            headphones: typeof p.headphones === 'boolean' ? p.headphones : current.headphones,
            missingVoiceNoted: Array.isArray(p.missingVoiceNoted) ? p.missingVoiceNoted.filter(isLang) : current.missingVoiceNoted,
            handsFree: { ...current.handsFree, on: p.handsFree === true },
          };
        },
        migrate: (persisted) => persisted as AppState,
      },
    ),
  );
  // ?lang= in the address wins over the remembered language, and is remembered in turn.
  const fromUrl = deps.env.languageFromUrl();
  if (fromUrl) store.getState().setLang(fromUrl);
  connectMedia(store, deps);
  connectHistory(store, deps);
  connectVoiceChannel(store, deps);
  connectUpdate(store);
  // Hands-free was on last time: listen again (the microphone permission, once given, is remembered by the browser).
  if (store.getState().handsFree.on) store.getState().setHandsFree(true);
  // On-device recognition depends on the language; an "offline" explanation goes when the network returns.
  void store.getState().checkLocalRecognition();
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) void s.checkLocalRecognition();
  });
  deps.env.onOnlineChange(() => {
    const { listening } = store.getState();
    if (deps.env.online() && listening.problem === 'offline') store.setState({ listening: { ...listening, problem: null } });
  });
  // The engine uses the person's voice choices as soon as they change.
  deps.synth.setPreferredVoices(store.getState().voiceByLang);
  store.subscribe((s, prev) => {
    if (s.voiceByLang !== prev.voiceByLang) deps.synth.setPreferredVoices(s.voiceByLang);
  });
  return store;
}

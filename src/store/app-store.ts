// Builds the one app store: slices (each its own state and actions), the coordinators that work across them (startup,
// briefings, the command router, the microphone), the subscriptions that follow the player (history, media, the other
// tabs, updates), and the persisted settings, versioned.
import { readTaste } from '../domain/briefing/taste-value';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isRate } from '../domain/player/rate';
import { isLang } from '../domain/types';
import { createBriefings } from './briefings';
import { createCommandRouter } from './command-router';
import { createHandsFreeSlice } from './hands-free-slice';
import { createHistorySlice } from './history-slice';
import { connectHistory } from './history-sync';
import { createLibrarySlice } from './library-slice';
import { createListeningSlice } from './listening-slice';
import { connectMedia } from './media-sync';
import { connectEarNames } from './ear-sync';
import { connectMicrophone, createMicrophone } from './microphone';
import { createNoticesSlice } from './notices-slice';
import { createPlaybackSlice } from './playback-slice';
import { createSettingsSlice } from './settings-slice';
import { createSourcesSlice } from './sources-slice';
import { createStartup } from './startup';
import { createStoriesSlice } from './stories-slice';
import { createUpdateSlice } from './update-slice';
import { createStarterSources } from './starter-sources';
import { createStoryQuestions } from './story-questions';
import { connectUpdate } from './update-sync';
import { connectVoiceChannel } from './voice-sync';
import type { AppDeps, AppState, Doors, SetOwn, SliceCreator } from './types';

interface PersistedSettings {
  lang?: unknown;
  rate?: unknown;
  voiceByLang?: unknown;
  headphones?: unknown;
  starterChoice?: unknown;
  taste?: unknown;
  missingVoiceNoted?: unknown;
  handsFree?: unknown;
  deviceEar?: unknown;
}

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(v).every(([k, x]) => isLang(k) && typeof x === 'string');

export type AppStore = StoreApi<AppState>;

export function createAppStore(deps: AppDeps): AppStore {
  const store = createStore<AppState>()(
    persist(
      (set, get) => {
        const doors: Doors = {
          ready: () => get().init(),
          notify: (notice) => get().notify(notice),
          storiesChanged: () => get().recount(),
        };
        // Each slice gets the store's setter and getter typed to its own part: it cannot read or change another's.
        const slice = <T>(create: SliceCreator<T>): T => create(set as unknown as SetOwn<T>, get as unknown as () => T, { deps, doors });
        return {
          ...slice(createSettingsSlice),
          ...slice(createPlaybackSlice),
          ...slice(createListeningSlice),
          ...slice(createHandsFreeSlice),
          ...slice(createLibrarySlice),
          ...slice(createSourcesSlice),
          ...slice(createHistorySlice),
          ...slice(createStoriesSlice),
          ...slice(createUpdateSlice),
          ...slice(createNoticesSlice),
          ...createStartup(get, deps),
          ...createBriefings(get, deps),
          ...createCommandRouter(get, deps),
          ...createMicrophone(get, deps),
          ...createStarterSources(get, deps),
          ...createStoryQuestions(get, deps),
        };
      },
      {
        name: 'earshot-settings',
        version: 1,
        storage: createJSONStorage(() => deps.settingsStorage),
        partialize: (s) => ({ lang: s.lang, rate: s.rate, voiceByLang: s.voiceByLang, headphones: s.headphones, starterChoice: s.starterChoice, taste: s.taste, missingVoiceNoted: s.missingVoiceNoted, handsFree: s.handsFree.on, deviceEar: s.listening.device.on }),
        // Never trust stored values: a bad or foreign entry falls back to the defaults.
        merge: (persisted, current) => {
          const p = (persisted ?? {}) as PersistedSettings;
          return {
            ...current,
            lang: isLang(p.lang) ? p.lang : current.lang,
            rate: isRate(p.rate) ? p.rate : current.rate,
            voiceByLang: isStringRecord(p.voiceByLang) ? p.voiceByLang : current.voiceByLang,
            headphones: typeof p.headphones === 'boolean' ? p.headphones : current.headphones,
            taste: p.taste === undefined ? current.taste : readTaste(p.taste),
            starterChoice: p.starterChoice === 'on' || p.starterChoice === 'declined' ? p.starterChoice : current.starterChoice,
            missingVoiceNoted: Array.isArray(p.missingVoiceNoted) ? p.missingVoiceNoted.filter(isLang) : current.missingVoiceNoted,
            handsFree: { ...current.handsFree, on: p.handsFree === true },
            listening: { ...current.listening, device: { ...current.listening.device, on: p.deviceEar === true } },
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
  connectMicrophone(store, deps);
  connectEarNames(store, deps);
  // Hands-free was on last time: listen again (the microphone permission, once given, is remembered by the browser).
  if (store.getState().handsFree.on) store.getState().setHandsFree(true);
  // The on-device ear was on last time: load it again (from the device: it was downloaded then).
  if (store.getState().listening.device.on) void store.getState().setDeviceEar(true);
  // On-device recognition depends on the language.
  void store.getState().checkLocalRecognition(store.getState().lang);
  // The engine uses the person's voice choices as soon as they change.
  deps.synth.setPreferredVoices(store.getState().voiceByLang);
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) void s.checkLocalRecognition(s.lang);
    if (s.voiceByLang !== prev.voiceByLang) deps.synth.setPreferredVoices(s.voiceByLang);
  });
  return store;
}

// Composition root: builds the real ports and the store, renders the app, registers the service worker.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createWebRecognizer } from './platform/speech/recognizer';
import { createWebSynthesizer } from './platform/speech/synthesizer';
import { createLazyDetector } from './platform/sound/lazy-detector';
import { createMicLevel } from './platform/sound/mic-level';
import { createLazyDeviceEar } from './platform/ear/lazy-device-ear';
import { createFeedFetcher } from './platform/network/feed-fetcher';
import { createHistoryRepository } from './platform/storage/history-repository';
import { createNewsRepository } from './platform/storage/news-repository';
import { createSourceRepository } from './platform/storage/source-repository';
import { createSettingsStorage } from './platform/storage/settings-storage';
import { createAddressHash } from './platform/system/address-hash';
import { createBrowserEnvironment } from './platform/system/environment';
import { saveTextFile } from './platform/system/download';
import { createMediaControls } from './platform/system/media-session';
import { readLaunch } from './platform/system/launch';
import { startRefreshSchedule } from './platform/system/refresh-schedule';
import { createVoiceChannel } from './platform/system/voice-channel';
import { fetchSampleEdition } from './platform/system/sample-edition-source';
import { silentWav } from './platform/system/silent-audio';
import { readTextFile } from './platform/system/text-file';
import { createStorageManager } from './platform/system/storage-manager';
import { createWakeLock } from './platform/system/wake-lock';
import { createAppStore } from './store/app-store';
import { followAfterStart } from './store/after-start';
import { App } from './ui/app';
import { StoreProvider } from './ui/store-context';
import './ui/styles.css';

const synth = createWebSynthesizer();
const media = createMediaControls(window, () => silentWav());
const store = createAppStore({
  news: createNewsRepository(),
  synth,
  recognizer: createWebRecognizer(),
  env: createBrowserEnvironment(),
  loadSampleEdition: () => fetchSampleEdition(),
  readFile: (file) => readTextFile(file),
  settingsStorage: createSettingsStorage(),
  media,
  wakeLock: createWakeLock(),
  history: createHistoryRepository(),
  voiceChannel: createVoiceChannel(),
  // The model, its WASM and the worker load only when Hands-free is turned on.
  sound: createLazyDetector(),
  micLevel: createMicLevel(),
  // The on-device recognizer: its code, model and runtime load only when the person turns it on (Settings).
  ear: createLazyDeviceEar([{ lang: 'en', files: __EAR_FILES__ }]),
  feeds: {
    sources: createSourceRepository(),
    fetcher: createFeedFetcher(),
    // The feed parser loads on first use, keeping it out of the initial JavaScript.
    tools: () => import('./domain/feed/feed-tools'),
    storage: createStorageManager(),
    saveFile: saveTextFile,
  },
});

// The document language follows the interface language (screen readers pick their voice from it).
const syncLang = () => {
  document.documentElement.lang = store.getState().lang;
};
syncLang();
store.subscribe(syncLang);

// Opened from a shortcut or a share: act on it once the library is ready.
const launch = readLaunch();
// The library (index check, first-run sample edition, counts, history) gets ready once the first screen is painted
// and the page is idle, so that work does not hold back the first paint. Anything that needs it (a briefing, an
// import) waits for it anyway. Feeds then refresh: now, when the page is seen again or back online, every 30 minutes.
const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 200));
whenIdle(() => {
  void store
    .getState()
    .init()
    .then(async () => {
      if (launch.shared) await store.getState().addShared(launch.shared);
      if (launch.play === 'today') void store.getState().playBriefing();
      if (launch.play === 'last') void store.getState().replayBriefing();
      startRefreshSchedule(() => void store.getState().refreshSources());
    });
});

// iOS Safari (and Chrome) speak and play media only after a user gesture: unlock both on the first tap or key (the
// silent utterance and audio only where the gesture alone is not enough: platform/system/gesture-unlock.ts). The
// briefing composer (not in the initial JavaScript) is fetched then too, ahead of the click that may want it; a Talk
// session fetches it as it starts listening (prefetchToday), and a launch shortcut waits for it.
for (const type of ['pointerdown', 'keydown'] as const) {
  window.addEventListener(
    type,
    () => {
      synth.unlock();
      media.prime();
      store.getState().prepareBriefing();
    },
    { once: true, capture: true },
  );
}

// A transition renders in slices that yield to the browser, instead of one long task at startup.
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <StoreProvider store={followAfterStart(store, synth.afterStart)}>
        <App silentSpeech={synth.kind === 'silent'} address={createAddressHash()} />
      </StoreProvider>
    </StrictMode>,
  ),
);

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // Loaded after first paint so the worker's helper stays out of the initial JavaScript.
  void import('./platform/system/service-worker').then((sw) => sw.registerServiceWorker((activate) => store.getState().updateReady(activate)));
}

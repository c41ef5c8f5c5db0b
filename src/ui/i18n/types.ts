// The shape of an interface message catalog: every string the screen shows, in one place per language.
import type { SpeechFailure } from '../../domain/player/machine';
import type { RecognitionProblem } from '../../platform/speech/recognizer';
import type { FetchProblem } from '../../domain/feed/source';
import type { ImportFailure, StorageTask } from '../../store/notices-slice';
import type { StorageProblem } from '../../domain/feed/source';
import type { SoundProblem } from '../../platform/sound/sound-detector';
import type { HeardSound } from '../../domain/sound/sound-events';
import type { KeyAction } from '../use-keyboard';

export interface UiCatalog {
  appTagline: string;
  languageLabel: string;
  talk: {
    localInstall: (language: string) => string;
    localInstallButton: string;
    localInstalling: string;
    /** Where the browser cannot recognise speech now (none, or offline): the app's own ear is offered instead. */
    earOffer: (bytes: number) => string;
    earOfferButton: string;
    /** The app's own ear hears this session (shown beside Talk). */
    earReady: string;
    earLoading: (percent: number) => string;
    idle: string; listening: string; hearing: string; tapToStop: string; hint: string; heard: (t: string) => string; problems: Record<RecognitionProblem, string> };
  transport: { label: string; play: string; previous: string; pause: string; resume: string; next: string; repeat: string; stop: string };
  status: { idle: string; speaking: string; paused: string; listeningPaused: string; finished: string; silent: string; failures: Record<SpeechFailure, string> };
  nowPlaying: {
    heading: string;
    position: (i: number, n: number) => string;
    /** The progress bar's name, and the time left in words. */
    progress: string;
    timeLeft: (seconds: number) => string;
    nothing: string;
    /** Another tab took over speaking. */
    elsewhere: string;
    intro: string;
    outro: string;
    openSource: string;
    rate: (rate: number) => string;
    /** Other outlets that reported the same event. */
    also: (sources: string[]) => string;
  };
  library: {
    heading: string;
    importFeed: string;
    importHint: string;
    count: (n: number) => string;
    importing: string;
    imported: (p: { added: number; duplicates: number; skipped: number; feedTitle: string }) => string;
    failed: Record<ImportFailure, string>;
    /** Storage failed at a task: what was not done, and that nothing else changed. */
    storageFailed: (task: StorageTask, problem: StorageProblem) => string;
    storageUnavailable: string;
    dismiss: string;
    partial: (p: { feedTitle: string; added: number; notStored: number; reason: 'quota' | 'storage' }) => string;
  };
  sources: {
    heading: string;
    addLabel: string;
    addPlaceholder: string;
    add: string;
    adding: string;
    refresh: string;
    refreshing: string;
    exportOpml: string;
    none: string;
    offline: string;
    file: string;
    stories: (n: number) => string;
    refreshed: (epochMs: number | null) => string;
    remove: string;
    removeLabel: (title: string) => string;
    starterHeading: string;
    starterHint: string;
    problems: Record<FetchProblem, string>;
    badAddress: (typed: string) => string;
    exists: string;
    /** A feed address that could not be added, and why. */
    addFailed: (url: string, why: string) => string;
    opmlImported: (p: { added: number; existing: number }) => string;
    removed: (p: { title: string; removed: number }) => string;
  };
  options: {
    label: string;
    stopAfterStory: string;
    sleepTimer: string;
    off: string;
    minutes: (n: number) => string;
    until: (epochMs: number) => string;
  };
  settings: {
    heading: string;
    voiceFor: (language: string) => string;
    automatic: string;
    test: (language: string) => string;
    noVoice: (language: string) => string;
    installHelp: string[];
    headphones: string;
    headphonesHint: string;
    languages: Record<'en' | 'vi', string>;
    /** The interface and command language, and the speaking speed (1 = normal). */
    language: string;
    speed: string;
    speedHint: string;
    speedOption: (rate: number) => string;
  };
  history: {
    heading: string;
    empty: string;
    entry: (p: { stories: number; minutes: number; percent: number; done: boolean }) => string;
    play: string;
    playLabel: (when: string) => string;
    remove: string;
    removeLabel: (when: string) => string;
    clear: string;
    continueTitle: string;
    continueWhere: (p: { title: string; index: number; count: number }) => string;
    continueButton: string;
  };
  saved: {
    heading: string;
    empty: string;
    play: string;
    remove: string;
    removeLabel: (title: string) => string;
  };
  shared: (title: string) => string;
  update: { ready: string; now: string; afterBriefing: string; waiting: string };
  storage: {
    heading: string;
    used: (p: { usage: number; quota: number }) => string;
    persistent: (yes: boolean) => string;
    unknown: string;
    clearHistory: string;
    clearStories: string;
    confirm: string;
    cleared: (removed: number) => string;
  };
  handsFree: {
    heading: string;
    toggle: string;
    hint: string;
    starting: string;
    listening: string;
    hidden: string;
    yielded: string;
    level: string;
    lastHeard: (sound: string, score: number) => string;
    sounds: Record<HeardSound, string>;
    command: (p: { command: 'toggle' | 'next'; by: 'snaps' | 'claps' }) => string;
    loaded: (ms: number) => string;
    cpu: (share: number) => string;
    testSnap: string;
    snapTest: { waiting: string; heard: string; missed: string };
    problems: Record<SoundProblem, (detail: string | null) => string>;
  };
  shortcuts: {
    /** The header button that opens the list, and the dialog's heading. */
    open: string;
    heading: string;
    intro: string;
    close: string;
    /** Joins two keys for one action: "K or P". */
    or: string;
    space: string;
    actions: Record<KeyAction, string>;
  };
  stories: {
    heading: string;
    hint: string;
    views: { label: string; today: string; days: string; topics: string };
    search: string;
    /** The polite count of what the search words find (none: the "no stories match" sentence). */
    matches: (count: number, query: string) => string;
    noMatch: (query: string) => string;
    clearSearch: string;
    noneToday: string;
    seeByDay: string;
    empty: string;
    addSources: string;
    failed: string;
    retry: string;
    /** A day's heading: "Today", "Yesterday", or its date. */
    day: (day: string, today: string) => string;
    count: (n: number) => string;
    topicsHint: string;
    noTopics: string;
    showMore: (left: number) => string;
    showOlder: string;
    loadingOlder: string;
    ago: (then: number, now: number) => string;
    language: (code: string) => string;
    playing: string;
  };
  /** The navigation between screens (each screen is named by its heading). */
  screens: { navLabel: string; loading: string };
  firstRun: string;
  /** What was learned of the person's taste, in Settings. */
  taste: {
    heading: string;
    nothing: string;
    skipped: (list: string) => string;
    wanted: (list: string) => string;
    hint: string;
    reset: string;
  };
  /** The first run's offer of the suggested sources. */
  starter: {
    title: string;
    body: (p: { count: number }) => string;
    which: string;
    byVoice: string;
    turnOn: string;
    keepSample: string;
  };
  formatDateTime: (epochMs: number) => string;
}

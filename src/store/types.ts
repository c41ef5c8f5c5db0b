// The shape of the app store: state and actions of every slice, and the ports it is built from.
import type { StateStorage } from 'zustand/middleware';
import type { Command } from '../domain/command/types';
import type { SampleEdition } from '../domain/news/sample-edition';
import type { PlayerEvent, PlayerState } from '../domain/player/machine';
import type { DayKey, Lang, Story } from '../domain/types';
import type { LocalRecognition, Recognizer, RecognitionProblem } from '../platform/speech/recognizer';
import type { MediaControls } from '../platform/system/media-session';
import type { WakeLockPort } from '../platform/system/wake-lock';
import type { Synthesizer, VoiceInfo } from '../platform/speech/synthesizer';
import type { NewsRepository } from '../platform/storage/news-repository';
import type { Environment } from '../platform/system/environment';
import type { FetchProblem, Source } from '../domain/feed/source';
import type { FeedPorts } from './feed-ports';
import type { Briefing } from '../domain/briefing/types';
import type { HistoryEntry, HistorySummary } from '../domain/history/history';
import type { SharedInput } from '../domain/news/shared-story';
import type { HistoryRepository } from '../platform/storage/history-repository';
import type { VoiceChannel } from '../platform/system/voice-channel';
import type { FileReadResult } from '../platform/system/text-file';
import type { SoundDetector, SoundProblem } from '../platform/sound/sound-detector';
import type { MicLevel } from '../platform/sound/mic-level';
import type { HeardSound } from '../domain/sound/sound-events';
import type { LevelMeter } from './level-meter';
import type { StoryDay } from '../domain/stories/story-days';

/** Everything the store needs from the outside world; tests pass fakes. */
export interface AppDeps {
  news: NewsRepository;
  synth: Synthesizer;
  recognizer: Recognizer;
  env: Environment;
  loadSampleEdition(): Promise<SampleEdition>;
  readFile(file: Blob): Promise<FileReadResult>;
  settingsStorage: StateStorage;
  media: MediaControls;
  wakeLock: WakeLockPort;
  feeds: FeedPorts;
  history: HistoryRepository;
  voiceChannel: VoiceChannel;
  /** The microphone's sound-event detector (MediaPipe + YAMNet), for hands-free. */
  sound: SoundDetector;
  /** The microphone's level while a Talk session listens (not where it would take the microphone from recognition). */
  micLevel: MicLevel;
}

export type ImportFailure =
  | 'not-json'
  | 'not-a-feed'
  | 'malformed-xml'
  | 'unsafe-xml'
  | 'no-stories'
  | 'too-large'
  | 'unreadable'
  | 'quota'
  | 'storage';

/** Why a feed address could not be added. */
export type AddFeedFailure = FetchProblem | 'bad-address' | 'exists';

/** Something to tell the person on screen; the interface words it in the current language. */
export type Notice =
  | { kind: 'imported'; feedTitle: string; added: number; duplicates: number; skipped: number }
  | { kind: 'import-failed'; reason: ImportFailure; detail?: string }
  /** Storage failed part-way: the stories before the failure are kept, the rest were not stored. */
  | { kind: 'partial-import'; feedTitle: string; added: number; notStored: number; reason: 'quota' | 'storage' }
  | { kind: 'feed-failed'; url: string; problem: AddFeedFailure; detail?: string }
  | { kind: 'opml-imported'; added: number; existing: number }
  | { kind: 'source-removed'; title: string; removed: number }
  | { kind: 'shared'; title: string }
  | { kind: 'stories-cleared'; removed: number }
  | { kind: 'storage-unavailable' };

export interface SettingsSlice {
  lang: Lang;
  rate: number;
  /** The person's voice per language (voice names); absent means the best match. */
  voiceByLang: Partial<Record<Lang, string>>;
  /** "I use headphones": listening does not interrupt speech (no echo to fear). */
  headphones: boolean;
  /** Languages whose missing voice was already mentioned out loud (said once per device). */
  missingVoiceNoted: Lang[];
  /** The voices the engine lists, and whether it has finished listing them. */
  voices: VoiceInfo[];
  voicesLoaded: boolean;
  setLang(lang: Lang): void;
  setVoice(lang: Lang, name: string | null): void;
  setHeadphones(on: boolean): void;
  /** Says a sample sentence in a language with its chosen voice. */
  testVoice(lang: Lang): void;
}

export interface PlaybackSlice {
  player: PlayerState;
  /** Another tab started speaking, so this one stopped (until it plays again). */
  playingElsewhere: boolean;
  /** A running sleep timer: when it ends on the monotonic clock (Environment.elapsed), and on the wall clock for display. */
  sleepTimer: { endsAt: number; until: number; minutes: number } | null;
  /** Starts (or with null, cancels) a sleep timer that stops playback after that many minutes. */
  setSleepTimer(minutes: number | null): void;
  /** Stops (or not) when the current story ends. */
  setStopAfterStory(on: boolean): void;
  /**
   * Plays the briefing for the given days (today when omitted), falling back to the latest day with stories;
   * with a topic, the stories about it (in those days, or the newest week of news, the month when the week has fewer than 10).
   */
  playBriefing(range?: { from: DayKey; to: DayKey }, topic?: string | null, minutes?: number | null): Promise<void>;
  /** Plays a briefing of these stories (saved stories), AI or not. */
  playStories(stories: Story[], range: { from: DayKey; to: DayKey }): Promise<void>;
  /** Tells stories picked from a list in the order given (the first is the one picked), up to 50, at once. */
  playStoryList(stories: Story[]): Promise<void>;
  /** Loads the briefing composer ahead of the first briefing (it is not in the initial JavaScript). */
  prepareBriefing(): void;
  /** Starts reading today's stories ahead of a likely "what's the news" (called when Talk is pressed). */
  prefetchToday(): void;
  /** One step faster (+1) or slower (−1), applied at once, and said when nothing is being spoken. */
  changeRate(direction: 1 | -1): void;
  /** Sets the speaking rate (0.5–2, as chosen in Settings), applied at once; other values are ignored. */
  setRate(rate: number): void;
  /** Says who published the current story, and when. */
  sayStorySource(): void;
  /** Tells the rest of the current story. */
  more(): void;
  /** One sentence back or forward (headset seek buttons). */
  seekSentence(by: -1 | 1): void;
  next(): void;
  previous(): void;
  repeat(): void;
  pause(): void;
  resume(): void;
  togglePause(): void;
  stop(): void;
  /** Acts on a parsed command, answering out loud when it cannot. */
  runCommand(command: Command): Promise<void>;
  /** Feeds an event to the player machine and performs its effects; false when the event meant nothing now. */
  dispatch(event: PlayerEvent): boolean;
}

export interface ListeningSlice {
  listening: {
    active: boolean;
    supported: boolean;
    /** Words heard so far in this session. */
    interim: string;
    /** The last final transcript. */
    heard: string | null;
    /** The recognizer hears speech now (between its speechstart and speechend). */
    hearing: boolean;
    /** Loudness heard while listening (outside the state: it changes many times a second). */
    meter: LevelMeter;
    /** The meter is live in this session (a microphone level, or Hands-free's); false: only `hearing` is known. */
    metered: boolean;
    /** The command the last transcript meant. */
    understood: Command | null;
    problem: RecognitionProblem | null;
    /** On-device recognition for the interface language, as the browser offers it (null until asked). */
    local: LocalRecognition | null;
  };
  /** Starts listening (interrupting speech), or stops a session in progress. */
  talk(): void;
  /** Asks the browser which on-device recognition it offers for the interface language. */
  checkLocalRecognition(): Promise<void>;
  /** Downloads on-device recognition for the interface language (where the browser offers it). */
  installLocalRecognition(): Promise<void>;
}

export interface LibrarySlice {
  library: { ready: boolean; storyCount: number; importing: boolean };
  notice: Notice | null;
  /** Space used and available, and whether the browser keeps the data under pressure; null until read (or unknown). */
  storageInfo: { usage: number; quota: number; persisted: boolean } | null;
  refreshStorageInfo(): Promise<void>;
  /** Removes every story but the saved ones (sources stay and refresh again). */
  clearStories(): Promise<void>;
  /** Seeds the sample edition on first run and counts stories. Idempotent. */
  init(): Promise<void>;
  dismissNotice(): void;
}

/** A source as the Sources screen shows it. */
export interface SourceView extends Source {
  storyCount: number;
}

export interface SourcesSlice {
  sources: { list: SourceView[]; adding: boolean; refreshing: boolean; offline: boolean };
  loadSources(): Promise<void>;
  /** Imports a feed file (RSS, RDF, Atom, JSON Feed) as a source, or an OPML list of feeds. */
  importFeedFile(file: Blob): Promise<void>;
  /** Fetches a feed address; when it is a feed, keeps it as a source with its stories. True when added. */
  addFeed(address: string, title?: string): Promise<boolean>;
  /** Refreshes the feeds not tried in the last 30 minutes (all of them when forced). */
  refreshSources(force?: boolean): Promise<void>;
  /** Removes a source and its stories (kept stories stay). */
  removeSource(id: string): Promise<void>;
  /** Downloads the feed sources as OPML. */
  exportOpml(): Promise<void>;
  /** A link or text shared from another app: stored as a story of today. */
  addShared(input: SharedInput): Promise<void>;
}

export interface HistorySlice {
  history: {
    /** Briefings played, newest first. */
    list: HistorySummary[];
    /** The interrupted briefing offered as "Continue where you left off", if any. */
    resumable: HistorySummary | null;
    /** The history entry the player is playing (its progress is kept). */
    playingId: string | null;
  };
  /** Stories kept with "save this", newest first. */
  saved: Story[];
  loadHistory(): Promise<void>;
  /** Keeps a briefing that starts playing (called by playback). */
  recordBriefing(briefing: Briefing): Promise<void>;
  /** Shows one stored entry as it is now in the History list (after it was added or its progress changed). */
  showHistoryEntry(entry: HistoryEntry): void;
  /** Replays the latest briefing (of the named days), word for word. */
  replayBriefing(range?: { from: DayKey; to: DayKey }): Promise<void>;
  playHistory(id: string): Promise<void>;
  /** Resumes the interrupted briefing at its story and sentence. */
  continueListening(): Promise<void>;
  deleteHistory(id: string): Promise<void>;
  clearHistory(): Promise<void>;
  /** Keeps the current story (and the same event's other reports) beyond retention. */
  saveCurrentStory(): Promise<void>;
  unsaveStory(id: string): Promise<void>;
  /** Plays the saved stories as a briefing. */
  playSaved(): Promise<void>;
}

export interface UpdateSlice {
  /** A new version is installed and waiting; `accepted` once the person said yes (it waits for the briefing to end). */
  update: { ready: boolean; accepted: boolean };
  /** Called by the service worker registration with the function that activates the new version (and reloads). */
  updateReady(activate: () => Promise<void>): void;
  /** The person accepts: now when nothing is playing, otherwise when the briefing ends. */
  acceptUpdate(): void;
  activatePendingUpdate(): void;
}

export interface HandsFreeSlice {
  handsFree: {
    /** The person turned Hands-free on (remembered across visits). */
    on: boolean;
    /**
     * 'hidden': on, with the microphone closed while the page is not seen. 'yielded': on, with the microphone lent to
     * a Talk session (on phones, where only one can hold it).
     */
    status: 'off' | 'starting' | 'listening' | 'hidden' | 'yielded' | 'problem';
    problem: SoundProblem | null;
    /** The browser's own words about a problem, or the missing feature. */
    detail: string | null;
    /** Loudness heard now (outside the state: it changes several times a second). */
    meter: LevelMeter;
    /** The last sound recognised, with the classifier's score. */
    last: { sound: HeardSound; score: number } | null;
    lastCommand: { command: 'toggle' | 'next'; by: 'snaps' | 'claps' } | null;
    /** "Test a snap": waiting for one, heard it, or none came in time. */
    snapTest: 'idle' | 'waiting' | 'heard' | 'missed';
    /** How long the model and WASM took to load, ms. */
    loadMs: number | null;
    /** Share of one CPU core the classifier's thread used over the last ~10 s of audio (0.012 = 1.2%). */
    cpuShare: number | null;
  };
  /** Turns hands-free listening on (loading the model, opening the microphone) or off (closing both). */
  setHandsFree(on: boolean): void;
  /** Waits a few seconds for a finger snap and says whether one was heard. */
  testSnap(): void;
  /**
   * A Talk session starts (true) or ends (false): where the microphone has one owner, Hands-free lets go of it for
   * the session and takes it back after. Elsewhere nothing changes.
   */
  lendMicrophone(lend: boolean): void;
}

/** How the Stories screen lists stories. */
export type StoryView = 'today' | 'days' | 'topics';

export interface StoriesSlice {
  storyBrowser: {
    view: StoryView;
    /** The search words as typed. */
    query: string;
    /** The latest local days that have stories, newest first, each with its stories newest first. */
    days: StoryDay[];
    /** Older days with stories exist beyond the loaded ones. */
    more: boolean;
    status: 'idle' | 'loading' | 'ready' | 'failed';
    /** The reader's local day when the days were last shown, and that instant ("2 hours ago" counts from it). */
    today: DayKey;
    readAt: number;
  };
  setStoryView(view: StoryView): void;
  setStoryQuery(query: string): void;
  /** Reads the latest days that have stories (a page of 7, or as many as were loaded), unless already read for this library and day. */
  loadStoryDays(): Promise<void>;
  /** Reads the next 7 older days that have stories. */
  loadOlderStoryDays(): Promise<void>;
}

export type AppState = SettingsSlice & PlaybackSlice & ListeningSlice & LibrarySlice & SourcesSlice & HistorySlice & UpdateSlice & HandsFreeSlice & StoriesSlice;

export type SliceCreator<T> = (set: (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void, get: () => AppState, deps: AppDeps) => T;

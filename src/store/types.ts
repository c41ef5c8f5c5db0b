// The store's frame: the ports it is built from, what a slice is given (its own state, and the few doors to the rest),
// and the whole state as the UI reads it. Each slice's own interface sits beside the slice.
import type { StateStorage } from 'zustand/middleware';
import type { SampleEdition } from '../domain/news/sample-edition';
import type { DeviceEar } from '../platform/ear/device-ear';
import type { Recognizer } from '../platform/speech/recognizer';
import type { MediaControls } from '../platform/system/media-session';
import type { WakeLockPort } from '../platform/system/wake-lock';
import type { Synthesizer } from '../platform/speech/synthesizer';
import type { NewsRepository } from '../platform/storage/news-repository';
import type { Environment } from '../platform/system/environment';
import type { HistoryRepository } from '../platform/storage/history-repository';
import type { VoiceChannel } from '../platform/system/voice-channel';
import type { FileReadResult } from '../platform/system/text-file';
import type { SoundDetector } from '../platform/sound/sound-detector';
import type { MicLevel } from '../platform/sound/mic-level';
import type { FeedPorts } from './feed-ports';
import type { BriefingActions } from './briefings';
import type { CommandActions } from './command-router';
import type { HandsFreeSlice } from './hands-free-slice';
import type { HistorySlice } from './history-slice';
import type { LibrarySlice } from './library-slice';
import type { ListeningSlice } from './listening-slice';
import type { MicrophoneActions } from './microphone';
import type { Notice, NoticesSlice } from './notices-slice';
import type { PlaybackSlice } from './playback-slice';
import type { SettingsSlice } from './settings-slice';
import type { SourcesSlice } from './sources-slice';
import type { StartupActions } from './startup';
import type { StarterActions } from './starter-sources';
import type { StoryQuestionActions } from './story-questions';
import type { StoriesSlice } from './stories-slice';
import type { UpdateSlice } from './update-slice';

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
  /** The app's own on-device recognizer (Moonshine Tiny in a worker), downloaded only when the person turns it on. */
  ear: DeviceEar;
}

/**
 * The doors a slice may use to the rest of the app: few, named, one way. A slice reads and writes only its own state
 * and calls only its own actions; anything across goes through a door or a coordinator (docs/ARCHITECTURE.md).
 */
export interface Doors {
  /** Resolves once the library is ready: indexes checked, the sample edition stored, sources and history read (startup). */
  ready(): Promise<void>;
  /** Puts a notice on screen (the notices slice). */
  notify(notice: Notice): void;
  /** Stories were added or removed: the library counts them again (the library slice). */
  storiesChanged(): Promise<void>;
}

/** Everything the store holds and can do, as the UI and the coordinators see it. */
export type AppState = SettingsSlice &
  PlaybackSlice &
  ListeningSlice &
  LibrarySlice &
  SourcesSlice &
  HistorySlice &
  UpdateSlice &
  HandsFreeSlice &
  StoriesSlice &
  NoticesSlice &
  StartupActions &
  BriefingActions &
  CommandActions &
  MicrophoneActions &
  StarterActions &
  StoryQuestionActions;

/** A slice's own setter: it can change nothing but its own state. */
export type SetOwn<T> = (partial: Partial<T> | ((s: T) => Partial<T>)) => void;

/** Builds a slice from its own setter and getter, the ports and the doors. */
export type SliceCreator<T> = (set: SetOwn<T>, get: () => T, ctx: { deps: AppDeps; doors: Doors }) => T;

/** A coordinator's actions: cross-slice work with the whole store in reach. */
export type CoordinatorCreator<T> = (get: () => AppState, deps: AppDeps) => T;

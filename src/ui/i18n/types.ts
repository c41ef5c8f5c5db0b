// The shape of an interface message catalog: every string the screen shows, in one place per language.
import type { SpeechFailure } from '../../domain/player/machine';
import type { RecognitionProblem } from '../../platform/speech/recognizer';
import type { ImportFailure } from '../../store/types';

export interface UiCatalog {
  appTagline: string;
  languageLabel: string;
  talk: { idle: string; listening: string; hint: string; heard: (t: string) => string; problems: Record<RecognitionProblem, string> };
  transport: { label: string; play: string; previous: string; pause: string; resume: string; next: string; repeat: string; stop: string };
  status: { idle: string; speaking: string; paused: string; listeningPaused: string; finished: string; silent: string; failures: Record<SpeechFailure, string> };
  nowPlaying: {
    heading: string;
    position: (i: number, n: number) => string;
    nothing: string;
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
    storageUnavailable: string;
    dismiss: string;
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
  };
  firstRun: string;
  formatDateTime: (epochMs: number) => string;
}

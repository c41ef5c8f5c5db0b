// Named reads of the store, so components never dig through state shapes themselves.
import { activeSegment, currentSegment, currentSentence, interjectionOf, isActive, isBusy, isPausedByUser, storyPosition } from '../domain/player/machine';
import type { AppState } from '../store/types';

export const selectStatus = (s: AppState) => s.player.status;
export const selectPausedFor = (s: AppState) => (s.player.status === 'paused' ? s.player.pausedFor : null);
/** A briefing is under way (speaking or paused inside one). */
export const selectActive = (s: AppState) => isActive(s.player);
/** The player speaks or holds a place (a briefing, or a message said over nothing). */
export const selectBusy = (s: AppState) => isBusy(s.player);
export const selectPausedByUser = (s: AppState) => isPausedByUser(s.player);
export const selectSentence = (s: AppState) => currentSentence(s.player);
/** Index of the briefing sentence being spoken in its segment; -1 while a message is spoken over it. */
export const selectSentenceIndex = (s: AppState) => (interjectionOf(s.player) ? -1 : s.player.pos.sentence);
export const selectVoices = (s: AppState) => s.voices;
export const selectVoicesLoaded = (s: AppState) => s.voicesLoaded;
export const selectVoiceByLang = (s: AppState) => s.voiceByLang;
export const selectHeadphones = (s: AppState) => s.headphones;
export const selectSegment = (s: AppState) => currentSegment(s.player);
export const selectStoryPosition = (s: AppState) => storyPosition(s.player);
export const selectHasBriefing = (s: AppState) => s.player.briefing !== null;
export const selectLastFailure = (s: AppState) => s.player.lastFailure;
export const selectListening = (s: AppState) => s.listening;
export const selectLibrary = (s: AppState) => s.library;
export const selectNotice = (s: AppState) => s.notice;
export const selectLang = (s: AppState) => s.lang;
export const selectRate = (s: AppState) => s.rate;
export const selectStopAfterStory = (s: AppState) => s.player.stopAfterStory;
export const selectSleepTimer = (s: AppState) => s.sleepTimer;
/** The id of the story being told, while a briefing plays or is paused (null otherwise). */
export const selectPlayingStoryId = (s: AppState) => activeSegment(s.player)?.story?.id ?? null;
export const selectStoryBrowser = (s: AppState) => s.storyBrowser;

/** The player and listening actions (stable functions; pick them with useShallow). */
export const selectActions = (s: AppState) => ({
  talk: s.talk,
  playBriefing: s.playBriefing,
  togglePause: s.togglePause,
  previous: s.previous,
  next: s.next,
  repeat: s.repeat,
  stop: s.stop,
  changeRate: s.changeRate,
});

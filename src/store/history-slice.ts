// History and saved stories: every briefing played is kept (script and progress) for word-for-word replays and
// "continue where you left off"; "save this" keeps a story and its other reports beyond retention. What is played
// from here is the briefings coordinator's; recording is the history subscription's (history-sync.ts).
import type { Briefing, StoryRef } from '../domain/briefing/types';
import { heardIn, historyEntry, lastTold, MAX_HISTORY, resumable, summarize, type HistoryEntry, type HistorySummary } from '../domain/history/history';
import type { Story } from '../domain/types';
import { storageProblem } from './storage-problem';
import type { SliceCreator } from './types';

export interface HistorySlice {
  history: {
    /** Briefings played, newest first. */
    list: HistorySummary[];
    /** The interrupted briefing offered as "Continue where you left off", if any. */
    resumable: HistorySummary | null;
    /** The history entry the player is playing (its progress is kept). */
    playingId: string | null;
    /** Stories heard in the briefings kept (told to the end of their summary, or skipped). */
    heard: ReadonlySet<string>;
    /** The story the newest briefing kept had reached (what a question asks about after a reload), if any. */
    lastTold: StoryRef | null;
  };
  /** Stories kept with "save this", newest first. */
  saved: Story[];
  loadHistory(): Promise<void>;
  /** Keeps a briefing that started playing, at the rate it is played at (marked playing before: `markPlaying`). */
  recordBriefing(briefing: Briefing, rate: number): Promise<void>;
  /** The player is about to play this stored entry again: its progress is kept there. */
  markPlaying(id: string): void;
  /** Stories the player went past in the briefing playing: heard from now on. */
  noteHeard(ids: readonly string[]): void;
  /** Shows one stored entry as it is now in the History list (after it was added or its progress changed). */
  showHistoryEntry(entry: HistoryEntry): void;
  deleteHistory(id: string): Promise<void>;
  clearHistory(): Promise<void>;
  /** Keeps stories beyond retention; false (with a notice) when storage failed. */
  keepStories(ids: readonly string[]): Promise<boolean>;
  unsaveStory(id: string): Promise<void>;
}

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get, { deps, doors }) => {
  const { history, news } = deps;

  async function reload() {
    const entries = await history.list();
    const open = resumable(entries, deps.env.now());
    set((s) => ({
      history: { ...s.history, list: entries.map(summarize), resumable: open ? summarize(open) : null, heard: heardIn(entries), lastTold: lastTold(entries) },
    }));
  }

  async function reloadSaved() {
    const saved = await news.listKept();
    set({ saved: saved.sort((a, b) => b.publishedAt - a.publishedAt) });
  }

  return {
    history: { list: [], resumable: null, playingId: null, heard: new Set(), lastTold: null },
    saved: [],

    async loadHistory() {
      try {
        await Promise.all([reload(), reloadSaved()]);
      } catch {
        // Storage unavailable: the library notice says so.
      }
    },

    async recordBriefing(briefing, rate) {
      const entry = historyEntry(briefing, rate);
      try {
        await history.add(entry);
        get().showHistoryEntry(entry);
      } catch {
        // Not kept in history (storage full or unavailable); the briefing plays all the same.
      }
    },

    noteHeard(ids) {
      const known = get().history.heard;
      if (ids.every((id) => known.has(id))) return;
      set((s) => ({ history: { ...s.history, heard: new Set([...s.history.heard, ...ids]) } }));
    },

    markPlaying: (id) => set((s) => ({ history: { ...s.history, playingId: id, resumable: null } })),

    showHistoryEntry(entry) {
      // One entry changed: its summary replaces the old one, without reading every stored script again.
      set((s) => {
        const others = s.history.list.filter((h) => h.id !== entry.id);
        const list = [...others, summarize(entry)].sort((a, b) => b.createdAt - a.createdAt).slice(0, MAX_HISTORY);
        return { history: { ...s.history, list } };
      });
    },

    async deleteHistory(id) {
      await history.remove(id).catch(() => undefined);
      await reload().catch(() => undefined);
    },

    async clearHistory() {
      await history.clear().catch(() => undefined);
      await reload().catch(() => undefined);
    },

    async keepStories(ids) {
      try {
        await news.setKept(ids, true);
      } catch (e) {
        doors.notify({ kind: 'storage-failed', task: 'save-story', problem: storageProblem(e) });
        return false;
      }
      await reloadSaved().catch(() => undefined);
      return true;
    },

    async unsaveStory(id) {
      await news.setKept([id], false).catch(() => undefined);
      await reloadSaved().catch(() => undefined);
    },
  };
};

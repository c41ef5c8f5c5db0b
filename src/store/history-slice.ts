// History and saved stories: every briefing played is kept (script and progress) for word-for-word replays
// and "continue where you left off"; "save this" keeps a story and its other reports beyond retention.
import { currentSegment } from '../domain/player/machine';
import { dayKeyOf } from '../domain/day';
import { historyEntry, MAX_HISTORY, pickReplay, resumable, summarize, type HistoryEntry } from '../domain/history/history';
import { announce } from './announce';
import type { HistorySlice, SliceCreator } from './types';

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get, deps) => {
  const { history, news } = deps;
  const say = (pick: Parameters<typeof announce>[2]) => announce(get, deps, pick);

  async function reload() {
    const entries = await history.list();
    const open = resumable(entries, deps.env.now());
    set((s) => ({ history: { ...s.history, list: entries.map(summarize), resumable: open ? summarize(open) : null } }));
  }

  function play(entry: HistoryEntry, at?: HistoryEntry['progress']['pos']) {
    set((s) => ({ history: { ...s.history, playingId: entry.id, resumable: null } }));
    get().dispatch({ type: 'START', briefing: entry.briefing, at });
  }

  async function reloadSaved() {
    const saved = await news.listKept();
    set({ saved: saved.sort((a, b) => b.publishedAt - a.publishedAt) });
  }

  return {
    history: { list: [], resumable: null, playingId: null },
    saved: [],

    async loadHistory() {
      try {
        await Promise.all([reload(), reloadSaved()]);
      } catch {
        // Storage unavailable: the library notice says so.
      }
    },

    async recordBriefing(briefing) {
      set((s) => ({ history: { ...s.history, playingId: briefing.id, resumable: null } }));
      const entry = historyEntry(briefing, get().rate);
      try {
        await history.add(entry);
        get().showHistoryEntry(entry);
      } catch {
        // Not kept in history (storage full or unavailable); the briefing plays all the same.
      }
    },

    showHistoryEntry(entry) {
      // One entry changed: its summary replaces the old one, without reading every stored script again.
      set((s) => {
        const others = s.history.list.filter((h) => h.id !== entry.id);
        const list = [...others, summarize(entry)].sort((a, b) => b.createdAt - a.createdAt).slice(0, MAX_HISTORY);
        return { history: { ...s.history, list } };
      });
    },

    async replayBriefing(range) {
      const entries = await history.list().catch(() => []);
      const entry = pickReplay(entries, range ?? null, deps.env.timeZone());
      if (!entry) {
        say((c, today) => c.nothingToReplay({ when: range ? c.rangeName({ ...range, today }) : null }));
        return;
      }
      play(entry);
    },

    async playHistory(id) {
      const entry = await history.get(id).catch(() => undefined);
      if (entry) play(entry);
    },

    async continueListening() {
      const entries = await history.list().catch(() => []);
      const open = resumable(entries, deps.env.now());
      if (!open) {
        say((c) => c.nothingToContinue());
        return;
      }
      play(open, open.progress.pos);
    },

    async deleteHistory(id) {
      await history.remove(id).catch(() => undefined);
      await reload().catch(() => undefined);
    },

    async clearHistory() {
      await history.clear().catch(() => undefined);
      await reload().catch(() => undefined);
    },

    async saveCurrentStory() {
      const segment = get().player.status === 'idle' ? undefined : currentSegment(get().player);
      const story = segment?.story;
      if (!story) {
        say((c) => c.nothingToSave());
        return;
      }
      try {
        await news.setKept(segment.clusterIds ?? [story.id], true);
        say((c) => c.saved({ title: story.title }));
        await reloadSaved();
      } catch {
        set({ notice: { kind: 'import-failed', reason: 'storage' } });
      }
    },

    async unsaveStory(id) {
      await news.setKept([id], false).catch(() => undefined);
      await reloadSaved().catch(() => undefined);
    },

    async playSaved() {
      const stories = get().saved;
      if (stories.length === 0) {
        say((c) => c.nothingToSave());
        return;
      }
      const tz = deps.env.timeZone();
      const days = stories.map((s) => dayKeyOf(s.publishedAt, tz)).sort();
      await get().playStories(stories, { from: days[0], to: days.at(-1)! });
    },
  };
};

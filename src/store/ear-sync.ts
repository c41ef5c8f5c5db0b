// The on-device ear hears topics and outlets by name only if it knows them: once it is ready, and whenever the
// stories or sources change, it is told the names the headlines of the last week carry most and the outlets the
// sources and stories name (the phrases' open slots, domain/ear/phrase-graph.ts).
import type { StoreApi } from 'zustand/vanilla';
import type { AppDeps, AppState } from './types';

const DAY_MS = 86_400_000;
/** How many headline names the ear is told (each adds a few hundred phrases to its graph). */
export const EAR_TOPICS = 60;
/** Changes close together (a refresh adds stories source by source) are told once, after this long. */
const SETTLE_MS = 2_000;

export function connectEarNames(store: StoreApi<AppState>, deps: Pick<AppDeps, 'ear' | 'news' | 'env'>): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const tell = async () => {
    timer = null;
    const s = store.getState();
    if (s.listening.device.status !== 'ready') return;
    const { commonTopics } = await import('./briefing-tools');
    const now = deps.env.now();
    const stories = await deps.news.listHeadsBetween(now - 7 * DAY_MS, now + DAY_MS).catch(() => []);
    const outlets = [...new Set([...s.sources.list.map((x) => x.title), ...stories.map((x) => x.source)].map((o) => o.trim()).filter((o) => o && o.length <= 40))];
    deps.ear.setNames({ topics: commonTopics(stories, EAR_TOPICS).map((t) => t.name), outlets });
  };
  const soon = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tell(), ms);
  };
  store.subscribe((s, prev) => {
    if (s.listening.device.status === 'ready' && prev.listening.device.status !== 'ready') soon(0);
    else if (s.listening.device.status === 'ready' && (s.library.storyCount !== prev.library.storyCount || s.sources.list !== prev.sources.list)) soon(SETTLE_MS);
  });
}

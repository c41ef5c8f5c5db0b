// Saying a short message in the interface language, over whatever is playing (shared by the slices that answer).
import { SPOKEN, type SpokenCatalog } from '../domain/briefing/messages';
import { dayKeyOf } from '../domain/day';
import type { DayKey } from '../domain/types';
import type { AppDeps, AppState } from './types';

export function announce(get: () => AppState, deps: AppDeps, pick: (c: SpokenCatalog, today: DayKey) => string): void {
  const lang = get().lang;
  const today = dayKeyOf(deps.env.now(), deps.env.timeZone());
  get().dispatch({ type: 'SAY', sentences: [pick(SPOKEN[lang], today)], lang });
}

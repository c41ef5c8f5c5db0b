// Saying a short message in the interface language, over whatever is playing (for the coordinators that answer).
import { SPOKEN, type SpokenCatalog } from '../domain/briefing/messages';
import { dayKeyOf } from '../domain/day';
import type { DayKey } from '../domain/types';
import type { AppDeps, AppState } from './types';

export type Message = (c: SpokenCatalog, today: DayKey) => string;

/** Returns a function that says a message picked from the catalog of the interface language. */
export function announcer(get: () => AppState, deps: AppDeps): (pick: Message) => void {
  return (pick) => {
    const { lang, say } = get();
    say([pick(SPOKEN[lang], dayKeyOf(deps.env.now(), deps.env.timeZone()))], lang);
  };
}

// The first run's choice: turn on the suggested AI news sources (so "what's the AI news today" plays today's news) or
// keep the sample edition. Offered on screen and by voice while nothing has been chosen and no source is kept; never
// blocking: Talk, the keys and Play work all the while. A coordinator: it joins settings, sources and playback.
import { SPOKEN } from '../domain/briefing/messages';
import { STARTER_FEEDS, STARTER_HIGHLIGHTS } from '../domain/feed/starter-feeds';
import { isActive } from '../domain/player/machine';
import { announcer } from './announce';
import type { AppState, CoordinatorCreator } from './types';

export interface StarterActions {
  /** Turns on every suggested source (those not already kept), fetches them, and says how it went. */
  turnOnSuggestedSources(): Promise<void>;
  /** Keeps the sample edition: the offer is not made again (Sources can still switch the feeds on). */
  keepSampleEdition(): void;
  /** What a day briefing says when the days asked have no stories, while the offer stands; null otherwise. */
  starterOffer(): string | null;
}

/**
 * The offer stands: nothing chosen yet and no source kept. It is part of the prerendered first screen (where nothing is
 * chosen); boot/first-paint.js hides it there when the remembered settings say it was chosen.
 */
export const selectOfferStarter = (s: AppState) => s.starterChoice === 'ask' && s.sources.list.length === 0;

export const createStarterSources: CoordinatorCreator<StarterActions> = (get, deps) => {
  const say = announcer(get, deps);
  return {
    async turnOnSuggestedSources() {
      get().setStarterChoice('on');
      say((c) => c.starterTurningOn({ count: STARTER_FEEDS.length }));
      const { fetched } = await get().addSources(STARTER_FEEDS);
      // Said over nothing only: a briefing already under way is not interrupted to say the feeds are in.
      if (isActive(get().player)) return;
      say((c) => (fetched > 0 ? c.starterReady({ fetched }) : c.starterUnreachable()));
    },

    keepSampleEdition() {
      get().setStarterChoice('declined');
    },

    starterOffer() {
      const s = get();
      return selectOfferStarter(s) ? SPOKEN[s.lang].starterOffer({ count: STARTER_FEEDS.length, names: STARTER_HIGHLIGHTS }) : null;
    },
  };
};

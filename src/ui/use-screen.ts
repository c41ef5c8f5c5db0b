// Which screen shows, from the address's hash (#/stories, #/history, #/sources, #/settings; anything else is Now playing),
// so Back works and screens can be linked. Only routing reads `location` here; the store knows nothing of screens.
import { startTransition, useEffect, useState } from 'react';

export const SCREENS = ['now', 'stories', 'history', 'sources', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

/** The hash that shows a screen. */
export const hashOf = (screen: Screen): string => (screen === 'now' ? '#/' : `#/${screen}`);

/** Goes to a screen as its link would (a new history entry, so Back returns). */
export function showScreen(screen: Screen): void {
  location.hash = hashOf(screen);
}

export function screenOf(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '');
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'now';
}

export interface ScreenState {
  screen: Screen;
  /** True once the user moved between screens: the new screen's heading then takes focus (not on first load). */
  navigated: boolean;
}

export function useScreen(): ScreenState {
  // No location at build time, where the first screen is rendered for index.html: that is Now playing.
  const [state, setState] = useState<ScreenState>(() => ({ screen: typeof location === 'undefined' ? 'now' : screenOf(location.hash), navigated: false }));
  useEffect(() => {
    // A transition: the screen shown stays until the next one's code has loaded, instead of a "Loading…" fallback
    // that React keeps up for at least 300 ms once shown.
    const onHashChange = () =>
      startTransition(() =>
        setState((prev) => {
          const screen = screenOf(location.hash);
          return screen === prev.screen ? prev : { screen, navigated: true };
        }),
      );
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return state;
}

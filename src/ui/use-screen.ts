// Which screen shows, from the address's hash (#/stories, #/history, #/sources, #/settings; anything else is Now playing),
// so Back works and screens can be linked. The hash comes through the AddressHash port (main.tsx gives the page's);
// the store knows nothing of screens.
import { createContext, startTransition, useCallback, useContext, useEffect, useState } from 'react';
import type { AddressHash } from '../platform/system/address-hash';

export const SCREENS = ['now', 'stories', 'history', 'sources', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

/** The hash that shows a screen. */
export const hashOf = (screen: Screen): string => (screen === 'now' ? '#/' : `#/${screen}`);

export function screenOf(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '');
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'now';
}

/** No address, as when the first screen is rendered at build time for index.html (src/prerender.tsx): Now playing. */
export const NO_ADDRESS: AddressHash = { read: () => '', go: () => {}, subscribe: () => () => {} };

/** The address the app follows; App provides the one it was given. */
export const AddressContext = createContext<AddressHash>(NO_ADDRESS);

/** Goes to a screen as its link would (a new history entry, so Back returns). */
export function useShowScreen(): (screen: Screen) => void {
  const address = useContext(AddressContext);
  return useCallback((screen: Screen) => address.go(hashOf(screen)), [address]);
}

export interface ScreenState {
  screen: Screen;
  /** True once the user moved between screens: the new screen's heading then takes focus (not on first load). */
  navigated: boolean;
}

export function useScreen(address: AddressHash): ScreenState {
  const [state, setState] = useState<ScreenState>(() => ({ screen: screenOf(address.read()), navigated: false }));
  useEffect(
    () =>
      // A transition: the screen shown stays until the next one's code has loaded, instead of a "Loading…" fallback
      // that React keeps up for at least 300 ms once shown.
      address.subscribe(() =>
        startTransition(() =>
          setState((prev) => {
            const screen = screenOf(address.read());
            return screen === prev.screen ? prev : { screen, navigated: true };
          }),
        ),
      ),
    [address],
  );
  return state;
}

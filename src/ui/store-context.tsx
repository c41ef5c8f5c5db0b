// Gives components the app store, and named selectors to read it with.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { CATALOGS } from './i18n/catalogs';
import type { UiCatalog } from './i18n/types';
import type { AppStore } from '../store/app-store';
import type { AppState } from '../store/types';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Reads a slice of the app state; re-renders only when it changes. */
export function useApp<T>(selector: (s: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp outside <StoreProvider>');
  return useStore(store, selector);
}

/** The interface catalog of the current language. */
export function useT(): UiCatalog {
  return CATALOGS[useApp((s) => s.lang)];
}

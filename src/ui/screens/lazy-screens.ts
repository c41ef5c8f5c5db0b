// Stories, History, Sources and Settings load on first visit, keeping them out of the initial JavaScript. A link being
// pointed at or focused starts the load early, so the screen is usually there by the time it is pressed.
import { lazy } from 'react';
import type { Screen } from '../use-screen';

const loaders = {
  stories: () => import('./stories-screen'),
  history: () => import('./history-screen'),
  sources: () => import('./sources-screen'),
  settings: () => import('./settings-screen'),
} as const;

export const StoriesScreen = lazy(async () => ({ default: (await loaders.stories()).StoriesScreen }));
export const HistoryScreen = lazy(async () => ({ default: (await loaders.history()).HistoryScreen }));
export const SourcesScreen = lazy(async () => ({ default: (await loaders.sources()).SourcesScreen }));
export const SettingsScreen = lazy(async () => ({ default: (await loaders.settings()).SettingsScreen }));

/** Starts loading a screen's code (the module cache makes repeats free). */
export function prefetchScreen(screen: Screen): void {
  if (screen !== 'now') void loaders[screen]();
}

// Each screen's name in the interface language: its heading, its navigation link and its part of the page title.
import type { UiCatalog } from '../i18n/types';
import type { Screen } from '../use-screen';

export function screenName(t: UiCatalog, screen: Screen): string {
  switch (screen) {
    case 'stories':
      return t.stories.heading;
    case 'history':
      return t.history.heading;
    case 'sources':
      return t.sources.heading;
    case 'settings':
      return t.settings.heading;
    default:
      return t.nowPlaying.heading;
  }
}

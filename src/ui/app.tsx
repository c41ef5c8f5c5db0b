// The app's frame: header, navigation between screens, what shows on every screen, and the current screen.
import { Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { LanguageSwitch } from './components/language-switch';
import { LibraryStatus } from './components/library-status';
import { Logo } from './components/logo';
import { ShortcutsButton, ShortcutsDialog, type ShortcutsHandle } from './components/shortcuts-dialog';
import { ScreenNav } from './components/screen-nav';
import { UpdateBanner } from './components/update-banner';
import { HistoryScreen, SettingsScreen, SourcesScreen, StoriesScreen } from './screens/lazy-screens';
import { NowPlayingScreen } from './screens/now-playing-screen';
import { FocusHeading } from './screens/screen-heading';
import { screenName } from './screens/screen-names';
import { selectActions } from './selectors';
import { useApp, useT } from './store-context';
import { useShortcuts, type KeyActions } from './use-keyboard';
import { AddressContext, NO_ADDRESS, useScreen, type Screen } from './use-screen';
import type { AddressHash } from '../platform/system/address-hash';
import { useShallow } from 'zustand/react/shallow';

/** The page title the app was served with (Now playing keeps it; other screens put their name first). Read when the
 * page first changes it: the module is also evaluated at build time, where there is no document (src/prerender.tsx). */
let baseTitle: string | null = null;

function CurrentScreen({ screen, silentSpeech }: { screen: Screen; silentSpeech: boolean }) {
  switch (screen) {
    case 'stories':
      return <StoriesScreen />;
    case 'history':
      return <HistoryScreen />;
    case 'sources':
      return <SourcesScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <NowPlayingScreen silentSpeech={silentSpeech} />;
  }
}

/**
 * The page, on the address it follows (`address`: the page's from main.tsx; none when prerendered). It subscribes to nothing that changes while a briefing plays, so starting to speak re-renders only the
 * parts that show playback: a re-render of every panel delayed the engine's first sentence by ~10 ms.
 * Playback lives in the store, so it goes on whichever screen shows; the keyboard shortcuts work on every screen.
 */
export function App({ silentSpeech, address = NO_ADDRESS }: { silentSpeech: boolean; address?: AddressHash }) {
  const t = useT();
  const { talk, togglePause, previous, next, repeat, stop, changeRate } = useApp(useShallow(selectActions));
  const shortcuts = useRef<ShortcutsHandle>(null);
  const openShortcuts = useCallback(() => shortcuts.current?.open(), []);
  const actions = useMemo<KeyActions>(
    () => ({ talk, togglePause, previous, next, repeat, stop, faster: () => changeRate(1), slower: () => changeRate(-1), shortcuts: openShortcuts }),
    [talk, togglePause, previous, next, repeat, stop, changeRate, openShortcuts],
  );
  useShortcuts(actions);
  const { screen, navigated } = useScreen(address);
  const name = screenName(t, screen);
  useEffect(() => {
    baseTitle ??= document.title;
    document.title = screen === 'now' ? baseTitle : `${name} · Earshot`;
  }, [screen, name]);
  return (
    <AddressContext.Provider value={address}>
      <header className="app-header">
        <div className="brand">
          <Logo />
          <div>
            <h1>Earshot</h1>
            <p className="tagline">{t.appTagline}</p>
          </div>
        </div>
        <div className="header-tools">
          <ShortcutsButton onOpen={openShortcuts} />
          <LanguageSwitch />
        </div>
      </header>
      <ScreenNav current={screen} />
      <main className="app-main">
        <UpdateBanner />
        <LibraryStatus />
        <FocusHeading.Provider value={navigated}>
          <Suspense fallback={<p className="screen-loading muted">{t.screens.loading}</p>}>
            <div className="screen" key={screen} data-testid={`screen-${screen}`}>
              <CurrentScreen screen={screen} silentSpeech={silentSpeech} />
            </div>
          </Suspense>
        </FocusHeading.Provider>
      </main>
      <ShortcutsDialog ref={shortcuts} />
    </AddressContext.Provider>
  );
}

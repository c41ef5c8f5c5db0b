// The whole screen: header, Talk, Now Playing with its controls, and the library.
import { LanguageSwitch } from './components/language-switch';
import { ContinueCard, HistoryPanel, SavedPanel } from './components/history';
import { Library } from './components/library';
import { Logo } from './components/logo';
import { ShortcutsButton, ShortcutsDialog, type ShortcutsHandle } from './components/shortcuts-dialog';
import { NowPlaying } from './components/now-playing';
import { PlaybackOptions } from './components/playback-options';
import { SettingsPanel } from './components/settings-panel';
import { TalkPanel } from './components/talk-panel';
import { HandsFreePanel } from './components/hands-free-panel';
import { Transport } from './components/transport';
import { UpdateBanner } from './components/update-banner';
import { selectActions, selectStatus } from './selectors';
import { useApp, useT } from './store-context';
import { useShortcuts, type KeyActions } from './use-keyboard';
import { useShallow } from 'zustand/react/shallow';
import { useCallback, useMemo, useRef } from 'react';

/** The first-run hint, on its own so the rest of the page does not re-render when playback starts. */
function FirstRun() {
  const t = useT();
  const idle = useApp(selectStatus) === 'idle';
  return idle ? (
    <p className="first-run" data-testid="first-run">
      {t.firstRun}
    </p>
  ) : null;
}

/**
 * The page. It subscribes to nothing that changes while a briefing plays, so starting to speak re-renders only the
 * parts that show playback: a re-render of every panel delayed the engine's first sentence by ~10 ms.
 */
export function App({ silentSpeech }: { silentSpeech: boolean }) {
  const t = useT();
  const { talk, togglePause, previous, next, repeat, stop, changeRate } = useApp(useShallow(selectActions));
  const shortcuts = useRef<ShortcutsHandle>(null);
  const openShortcuts = useCallback(() => shortcuts.current?.open(), []);
  const actions = useMemo<KeyActions>(
    () => ({ talk, togglePause, previous, next, repeat, stop, faster: () => changeRate(1), slower: () => changeRate(-1), shortcuts: openShortcuts }),
    [talk, togglePause, previous, next, repeat, stop, changeRate, openShortcuts],
  );
  useShortcuts(actions);
  return (
    <>
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
      <main className="app-main">
        <UpdateBanner />
        <FirstRun />
        <ContinueCard />
        <TalkPanel />
        <HandsFreePanel />
        <NowPlaying silent={silentSpeech} />
        <Transport />
        <PlaybackOptions />
        <HistoryPanel />
        <SavedPanel />
        <Library />
        <SettingsPanel />
      </main>
      <ShortcutsDialog ref={shortcuts} />
    </>
  );
}

// Now playing, the default screen (in the initial JavaScript): Talk, what is playing and its controls.
import { ContinueCard } from '../components/continue-card';
import { HandsFreePanel } from '../components/hands-free-panel';
import { NowPlaying } from '../components/now-playing';
import { PlaybackOptions } from '../components/playback-options';
import { StarterCard } from '../components/starter-card';
import { TalkPanel } from '../components/talk-panel';
import { Transport } from '../components/transport';
import { selectStatus } from '../selectors';
import { useApp, useT } from '../store-context';
import { ScreenHeading } from './screen-heading';

/** The first-run hint, on its own so the rest of the screen does not re-render when playback starts. */
function FirstRun() {
  const t = useT();
  const idle = useApp(selectStatus) === 'idle';
  return idle ? (
    <p className="first-run" data-testid="first-run">
      {t.firstRun}
    </p>
  ) : null;
}

export function NowPlayingScreen({ silentSpeech }: { silentSpeech: boolean }) {
  const t = useT();
  return (
    <>
      <ScreenHeading id="screen-now-heading" className="visually-hidden">
        {t.nowPlaying.heading}
      </ScreenHeading>
      <FirstRun />
      <StarterCard />
      <ContinueCard />
      <TalkPanel />
      <HandsFreePanel />
      <NowPlaying silent={silentSpeech} />
      <Transport />
      <PlaybackOptions />
    </>
  );
}

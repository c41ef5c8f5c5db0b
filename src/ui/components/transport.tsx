// Buttons for everything voice does: play today's briefing, previous, pause/resume, next, repeat, stop.
import { useApp, useT } from '../store-context';
import { useShallow } from 'zustand/react/shallow';
import { selectActions, selectActive, selectHasBriefing, selectPausedByUser, selectStatus } from '../selectors';
import { Icon } from './icons';

export function Transport() {
  const t = useT();
  const status = useApp(selectStatus);
  const hasBriefing = useApp(selectHasBriefing);
  const pausedByUser = useApp(selectPausedByUser);
  const { playBriefing, previous, togglePause, next, repeat, stop } = useApp(useShallow(selectActions));
  // While a briefing is on, phones keep these controls in reach as the story card scrolls (styles.css).
  const active = useApp(selectActive);
  return (
    <div className="transport-wrap" data-active={active || undefined}>
      <button type="button" className="primary play-today" onClick={() => void playBriefing()} data-testid="play-today">
        <Icon name="play" />
        <span>{t.transport.play}</span>
      </button>
      <div className="transport" role="group" aria-label={t.transport.label}>
        <button type="button" onClick={previous} disabled={!hasBriefing} aria-label={t.transport.previous} title={t.transport.previous} data-testid="previous">
          <Icon name="previous" />
        </button>
        <button
          type="button"
          className="big"
          onClick={togglePause}
          disabled={!active}
          aria-label={pausedByUser ? t.transport.resume : t.transport.pause}
          title={pausedByUser ? t.transport.resume : t.transport.pause}
          data-testid="pause-resume"
        >
          <Icon name={pausedByUser ? 'play' : 'pause'} />
        </button>
        <button type="button" onClick={next} disabled={!active} aria-label={t.transport.next} title={t.transport.next} data-testid="next">
          <Icon name="next" />
        </button>
        <button type="button" onClick={repeat} disabled={!hasBriefing} aria-label={t.transport.repeat} title={t.transport.repeat} data-testid="repeat">
          <Icon name="repeat" />
        </button>
        <button type="button" onClick={stop} disabled={status === 'idle'} aria-label={t.transport.stop} title={t.transport.stop} data-testid="stop">
          <Icon name="stop" />
        </button>
      </div>
    </div>
  );
}

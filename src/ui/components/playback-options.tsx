// "Stop after this story" and the sleep timer: the same as saying them.
import { useId, type ChangeEvent } from 'react';
import { selectHasBriefing, selectSleepTimer, selectStopAfterStory } from '../selectors';
import { useApp, useT } from '../store-context';

const SLEEP_CHOICES = [15, 30, 60];

export function PlaybackOptions() {
  const t = useT();
  const hasBriefing = useApp(selectHasBriefing);
  const stopAfterStory = useApp(selectStopAfterStory);
  const sleepTimer = useApp(selectSleepTimer);
  const setStopAfterStory = useApp((s) => s.setStopAfterStory);
  const setSleepTimer = useApp((s) => s.setSleepTimer);
  const selectId = useId();

  function onSleep(e: ChangeEvent<HTMLSelectElement>) {
    const minutes = Number(e.currentTarget.value);
    setSleepTimer(minutes > 0 ? minutes : null);
  }

  return (
    <div className="playback-options" role="group" aria-label={t.options.label}>
      <button type="button" aria-pressed={stopAfterStory} disabled={!hasBriefing} onClick={() => setStopAfterStory(!stopAfterStory)} data-testid="stop-after-story">
        {t.options.stopAfterStory}
      </button>
      <span className="sleep">
        <label htmlFor={selectId}>{t.options.sleepTimer}</label>
        <select id={selectId} value={sleepTimer?.minutes ?? 0} onChange={onSleep} data-testid="sleep-timer">
          <option value={0}>{t.options.off}</option>
          {SLEEP_CHOICES.map((m) => (
            <option key={m} value={m}>
              {t.options.minutes(m)}
            </option>
          ))}
          {sleepTimer && !SLEEP_CHOICES.includes(sleepTimer.minutes) ? <option value={sleepTimer.minutes}>{t.options.minutes(sleepTimer.minutes)}</option> : null}
        </select>
        {sleepTimer ? (
          <span className="muted small" data-testid="sleep-until">
            {t.options.until(sleepTimer.until)}
          </span>
        ) : null}
      </span>
    </div>
  );
}

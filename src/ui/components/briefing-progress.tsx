// A bar across the whole briefing: how much has been told (in spoken words), a mark where each story starts, and
// roughly how long is left at the speaking rate. Updated once per sentence.
import { useMemo } from 'react';
import { briefingProgress } from '../../domain/player/progress';
import type { AppState } from '../../store/types';
import { useApp, useT } from '../store-context';

const selectBriefing = (s: AppState) => s.player.briefing;
const selectSegmentIndex = (s: AppState) => s.player.pos.segment;
const selectSentenceIndex = (s: AppState) => s.player.pos.sentence;
const selectRate = (s: AppState) => s.rate;

export function BriefingProgress() {
  const t = useT();
  const briefing = useApp(selectBriefing);
  const segment = useApp(selectSegmentIndex);
  const sentence = useApp(selectSentenceIndex);
  const rate = useApp(selectRate);
  const progress = useMemo(() => (briefing ? briefingProgress(briefing, { segment, sentence }, rate) : null), [briefing, segment, sentence, rate]);
  if (!progress) return null;
  const percent = Math.round(progress.fraction * 100);
  const left = t.nowPlaying.timeLeft(progress.secondsLeft);
  return (
    <div className="briefing-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={t.nowPlaying.progress}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%, ${left}`}
        data-testid="briefing-progress"
      >
        <span className="progress-fill" style={{ transform: `scaleX(${progress.fraction.toFixed(3)})` }} />
        {progress.storyStarts.map((at, i) => (
          <span key={i} className="progress-mark" style={{ left: `${(at * 100).toFixed(2)}%` }} />
        ))}
      </div>
      <span className="small muted" data-testid="time-left">
        {left}
      </span>
    </div>
  );
}

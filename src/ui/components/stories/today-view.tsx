// Today: the stories of the reader's local day, newest first; with none, it says so and offers the days.
import type { StoryHead } from '../../../domain/types';
import { useT } from '../../store-context';
import { StoryList } from './story-list';

export function TodayView({ stories, total, now, onPlay, onSeeByDay }: { stories: StoryHead[]; total: number; now: number; onPlay: (list: StoryHead[], index: number) => void; onSeeByDay: () => void }) {
  const t = useT();
  if (total === 0) {
    return (
      <div className="stories-empty" data-testid="none-today">
        <p>{t.stories.noneToday}</p>
        <button type="button" onClick={onSeeByDay}>
          {t.stories.seeByDay}
        </button>
      </div>
    );
  }
  if (stories.length === 0) return null;
  return <StoryList stories={stories} now={now} initial={50} onPlay={(i) => onPlay(stories, i)} />;
}

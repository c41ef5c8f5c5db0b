// By day: each loaded day under its heading ("Today", "Yesterday", or its date), newest first; "Show older days"
// reads the next seven and moves focus to the first of them. Playing goes on across days, in the order shown.
import { useEffect, useRef } from 'react';
import type { StoryDay } from '../../../domain/stories/story-days';
import type { StoryHead } from '../../../domain/types';
import { useT } from '../../store-context';
import { StoryList } from './story-list';

interface Props {
  days: StoryDay[];
  all: StoryHead[];
  today: string;
  now: number;
  more: boolean;
  loading: boolean;
  onOlder: () => void;
  onPlay: (list: StoryHead[], index: number) => void;
}

export function DaysView({ days, all, today, now, more, loading, onOlder, onPlay }: Props) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const focusDay = useRef<number | null>(null);
  useEffect(() => {
    const i = focusDay.current;
    if (i === null || days.length <= i) return;
    focusDay.current = null;
    box.current?.querySelectorAll<HTMLElement>('.story-group h3')[i]?.focus();
  }, [days.length]);
  // Where each day starts in the list played.
  const starts = days.reduce<number[]>((acc, _d, i) => [...acc, i === 0 ? 0 : acc[i - 1] + days[i - 1].stories.length], []);
  return (
    <div className="story-groups" ref={box}>
      {days.map((d, i) => {
        const start = starts[i];
        return (
          <section key={d.day} className="story-group" aria-labelledby={`day-${d.day}`} data-testid="story-day">
            <h3 id={`day-${d.day}`} tabIndex={-1}>
              {t.stories.day(d.day, today)} <span className="group-count">{t.stories.count(d.stories.length)}</span>
            </h3>
            <StoryList stories={d.stories} now={now} initial={10} onPlay={(i) => onPlay(all, start + i)} />
          </section>
        );
      })}
      {more ? (
        <button
          type="button"
          className="show-older"
          aria-disabled={loading}
          onClick={() => {
            if (loading) return;
            focusDay.current = days.length;
            onOlder();
          }}
          data-testid="show-older"
        >
          {loading ? t.stories.loadingOlder : t.stories.showOlder}
        </button>
      ) : null}
    </div>
  );
}

// A list of story rows that never renders more than asked: the first `initial` rows, then "Show more" adds 50 and
// moves focus to the first new row. The story being told is always shown, however far down it is.
import { useEffect, useRef, useState } from 'react';
import type { StoryHead } from '../../../domain/types';
import { selectPlayingStoryId } from '../../selectors';
import { useApp, useT } from '../../store-context';
import { StoryRow } from './story-row';

const MORE = 50;

export function StoryList({ stories, now, initial, onPlay }: { stories: StoryHead[]; now: number; initial: number; onPlay: (index: number) => void }) {
  const t = useT();
  const playingId = useApp(selectPlayingStoryId);
  const [limit, setLimit] = useState(initial);
  const playingAt = playingId === null ? -1 : stories.findIndex((s) => s.id === playingId);
  const shown = Math.min(stories.length, Math.max(limit, playingAt + 1));
  const list = useRef<HTMLUListElement>(null);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    const i = focusRow.current;
    if (i === null) return;
    focusRow.current = null;
    list.current?.querySelectorAll<HTMLElement>('.story-row')[i]?.focus();
  }, [shown]);
  return (
    <>
      <ul className="story-list" ref={list}>
        {stories.slice(0, shown).map((s, i) => (
          <StoryRow key={s.id} story={s} now={now} current={s.id === playingId} onPlay={() => onPlay(i)} />
        ))}
      </ul>
      {stories.length > shown ? (
        <button
          type="button"
          className="show-more"
          onClick={() => {
            focusRow.current = shown;
            setLimit(shown + MORE);
          }}
          data-testid="show-more"
        >
          {t.stories.showMore(stories.length - shown)}
        </button>
      ) : null}
    </>
  );
}

// One story in a list: a button that plays it (and the stories after it). Title, source, how long ago, and the
// story's language when it is not the interface's; the story being told is marked.
import type { StoryHead } from '../../../domain/types';
import { useApp, useT } from '../../store-context';

export function StoryRow({ story, now, current, onPlay }: { story: StoryHead; now: number; current: boolean; onPlay: () => void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  return (
    <li>
      <button type="button" className="story-row" aria-current={current ? 'true' : undefined} onClick={onPlay} data-testid="story-row">
        <span className="story-row-title" lang={story.lang}>
          {story.title}
        </span>
        <span className="story-row-meta">
          <span>{story.source}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(story.publishedAt).toISOString()}>{t.stories.ago(story.publishedAt, now)}</time>
          {story.lang !== lang ? (
            <>
              <span aria-hidden="true"> · </span>
              <span data-testid="story-row-lang">{t.stories.language(story.lang)}</span>
            </>
          ) : null}
          {current ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="story-row-playing">{t.stories.playing}</span>
            </>
          ) : null}
        </span>
      </button>
    </li>
  );
}

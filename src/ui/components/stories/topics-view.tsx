// By topic: the names the latest headlines share, each a group with its count, largest first; playing goes on
// through the group's stories.
import type { StoryTopic } from '../../../domain/stories/story-topics';
import type { StoryHead } from '../../../domain/types';
import { useT } from '../../store-context';
import { StoryList } from './story-list';

export function TopicsView({ topics, now, searching, onPlay }: { topics: StoryTopic[]; now: number; searching: boolean; onPlay: (list: StoryHead[], index: number) => void }) {
  const t = useT();
  return (
    <div className="story-groups">
      <p className="muted small">{t.stories.topicsHint}</p>
      {topics.length === 0 && !searching ? <p data-testid="no-topics">{t.stories.noTopics}</p> : null}
      {topics.map((g, n) => (
        <section key={g.name} className="story-group" aria-labelledby={`topic-${n}`} data-testid="story-topic">
          <h3 id={`topic-${n}`}>
            {g.name} <span className="group-count">{t.stories.count(g.stories.length)}</span>
          </h3>
          <StoryList stories={g.stories} now={now} initial={5} onPlay={(i) => onPlay(g.stories, i)} />
        </section>
      ))}
    </div>
  );
}

// The story being told: title, source, date, place in the briefing, and the sentence being spoken.
import { useShallow } from 'zustand/react/shallow';
import { useApp, useT } from '../store-context';
import { BriefingProgress } from './briefing-progress';
import { selectLastFailure, selectPausedFor, selectRate, selectSegment, selectSentence, selectSentenceIndex, selectStatus, selectStoryPosition } from '../selectors';

export function NowPlaying({ silent }: { silent: boolean }) {
  const t = useT();
  const status = useApp(selectStatus);
  const pausedFor = useApp(selectPausedFor);
  const segment = useApp(selectSegment);
  // A fresh object each time: compare its fields, or React re-renders forever.
  const position = useApp(useShallow(selectStoryPosition));
  const sentence = useApp(selectSentence);
  const failure = useApp(selectLastFailure);
  const rate = useApp(selectRate);
  const sentenceIndex = useApp(selectSentenceIndex);
  const story = segment?.story;
  const statusText =
    status === 'paused' && pausedFor === 'listening' ? t.status.listeningPaused : status === 'paused' ? t.status.paused : t.status[status];
  const active = status !== 'idle';
  const elsewhere = useApp((s) => s.playingElsewhere);
  return (
    <section className="now-playing" aria-labelledby="now-heading">
      <div className="now-head">
        <h2 id="now-heading">{t.nowPlaying.heading}</h2>
        <span className="now-status">
          <span className={`status status-${status}`} data-testid="status">
            {statusText}
          </span>
          {rate !== 1 ? (
            <span className="rate" data-testid="rate">
              {t.nowPlaying.rate(rate)}
            </span>
          ) : null}
        </span>
      </div>
      {active && segment ? <BriefingProgress /> : null}
      {!active || !segment ? (
        <p className="muted" data-testid="nothing-playing">
          {elsewhere ? t.nowPlaying.elsewhere : t.nowPlaying.nothing}
        </p>
      ) : story ? (
        <article className="story-card" lang={story.lang} data-testid="story-card">
          <p className="story-meta">
            <span data-testid="position">{position ? t.nowPlaying.position(position.index, position.count) : ''}</span>
            <span aria-hidden="true"> · </span>
            <span data-testid="source">{story.source}</span>
            <span aria-hidden="true"> · </span>
            <time dateTime={new Date(story.publishedAt).toISOString()}>{t.formatDateTime(story.publishedAt)}</time>
          </p>
          <h3 className="story-title" data-testid="story-title">
            {story.title}
          </h3>
          {segment.alsoReportedBy?.length ? (
            <p className="story-also small muted" data-testid="also-reported">
              {t.nowPlaying.also(segment.alsoReportedBy)}
            </p>
          ) : null}
          {story.url ? (
            <a className="story-link" href={story.url} target="_blank" rel="noopener noreferrer nofollow">
              {t.nowPlaying.openSource}
            </a>
          ) : null}
        </article>
      ) : (
        <p className="story-title muted">{segment.kind === 'intro' ? t.nowPlaying.intro : t.nowPlaying.outro}</p>
      )}
      {active && segment && segment.sentences.length > 1 ? (
        <p className="transcript" lang={segment.lang} data-testid="transcript">
          {segment.sentences.map((s, i) => (
            <span key={i} className={i === sentenceIndex ? 'spoken' : undefined} aria-current={i === sentenceIndex ? 'true' : undefined}>
              {s}{' '}
            </span>
          ))}
        </p>
      ) : null}
      <p className="caption" aria-live="polite" data-testid="caption" lang={segment?.lang}>
        {active ? sentence ?? '' : ''}
      </p>
      {silent ? <p className="muted small">{t.status.silent}</p> : null}
      {status === 'paused' && failure ? (
        <p className="talk-problem small" role="alert" data-testid="speech-failure">
          {t.status.failures[failure]}
        </p>
      ) : null}
    </section>
  );
}

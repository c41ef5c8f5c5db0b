// Briefings played (replay word for word, delete) and the saved stories.
import type { HistorySummary } from '../../domain/history/history';
import { useApp, useT } from '../store-context';
import { ScreenHeading } from '../screens/screen-heading';

const percent = (h: HistorySummary) => Math.round((100 * h.reached) / Math.max(1, h.sentences));

export function HistoryPanel() {
  const t = useT();
  const list = useApp((s) => s.history.list);
  const playHistory = useApp((s) => s.playHistory);
  const deleteHistory = useApp((s) => s.deleteHistory);
  const clearHistory = useApp((s) => s.clearHistory);
  return (
    <section className="history" aria-labelledby="history-heading">
      <ScreenHeading id="history-heading">{t.history.heading}</ScreenHeading>
      {list.length === 0 ? (
        <p className="muted small">{t.history.empty}</p>
      ) : (
        <ul className="history-list" data-testid="history-list">
          {list.map((h) => {
            const when = t.formatDateTime(h.createdAt);
            return (
              <li key={h.id} className="history-entry" data-testid="history-entry">
                <div>
                  <span className="history-when">{when}</span>
                  <span className="muted small">{t.history.entry({ stories: h.storyCount, minutes: h.minutes, percent: percent(h), done: h.done })}</span>
                  <progress max={h.sentences} value={h.reached} aria-hidden="true" />
                </div>
                <div className="history-actions">
                  <button type="button" onClick={() => void playHistory(h.id)} aria-label={t.history.playLabel(when)} data-testid="history-play">
                    {t.history.play}
                  </button>
                  <button type="button" className="link" onClick={() => void deleteHistory(h.id)} aria-label={t.history.removeLabel(when)}>
                    {t.history.remove}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {list.length > 0 ? (
        <button type="button" className="link" onClick={() => void clearHistory()}>
          {t.history.clear}
        </button>
      ) : null}
    </section>
  );
}

export function SavedPanel() {
  const t = useT();
  const saved = useApp((s) => s.saved);
  const playSaved = useApp((s) => s.playSaved);
  const unsave = useApp((s) => s.unsaveStory);
  return (
    <section className="saved" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{t.saved.heading}</h2>
      {saved.length === 0 ? (
        <p className="muted small">{t.saved.empty}</p>
      ) : (
        <>
          <ul className="saved-list" data-testid="saved-list">
            {saved.map((s) => (
              <li key={s.id} lang={s.lang}>
                <span>{s.title}</span>
                <span className="muted small"> · {s.source}</span>
                <button type="button" className="link" onClick={() => void unsave(s.id)} aria-label={t.saved.removeLabel(s.title)}>
                  {t.saved.remove}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void playSaved()} data-testid="play-saved">
            {t.saved.play}
          </button>
        </>
      )}
    </section>
  );
}

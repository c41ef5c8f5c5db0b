// The interrupted briefing, offered to continue where it stopped.
import { useApp, useT } from '../store-context';

export function ContinueCard() {
  const t = useT();
  const resumable = useApp((s) => s.history.resumable);
  const idle = useApp((s) => s.player.status === 'idle' || s.player.status === 'finished');
  const continueListening = useApp((s) => s.continueListening);
  if (!resumable || !idle || !resumable.storyTitle) return null;
  return (
    <section className="continue-card" aria-labelledby="continue-heading" data-testid="continue-card">
      <h2 id="continue-heading">{t.history.continueTitle}</h2>
      <p>{t.history.continueWhere({ title: resumable.storyTitle, index: resumable.storyIndex, count: resumable.storyCount })}</p>
      <button type="button" className="primary" onClick={() => void continueListening()} data-testid="continue">
        {t.history.continueButton}
      </button>
    </section>
  );
}

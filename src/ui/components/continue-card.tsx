// The interrupted briefing, offered to continue where it stopped.
import { selectBusy } from '../selectors';
import { useApp, useT } from '../store-context';

export function ContinueCard() {
  const t = useT();
  const resumable = useApp((s) => s.history.resumable);
  const busy = useApp(selectBusy);
  const continueListening = useApp((s) => s.continueListening);
  if (!resumable || busy || !resumable.storyTitle) return null;
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

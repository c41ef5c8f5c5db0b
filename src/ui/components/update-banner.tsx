// "Update available": shown when a new version is waiting; it never interrupts a briefing.
import { selectBusy } from '../selectors';
import { useApp, useT } from '../store-context';

export function UpdateBanner() {
  const t = useT();
  const { ready, accepted } = useApp((s) => s.update);
  const playing = useApp(selectBusy);
  const accept = useApp((s) => s.acceptUpdate);
  if (!ready) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      <span>{accepted ? t.update.waiting : t.update.ready}</span>
      {accepted ? null : (
        <button type="button" className="primary" onClick={accept} data-testid="accept-update">
          {playing ? t.update.afterBriefing : t.update.now}
        </button>
      )}
    </div>
  );
}

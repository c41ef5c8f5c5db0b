// The first run's offer: turn on the suggested AI news sources, or keep the sample edition. Not a dialog: everything
// else on the screen (Talk, Play, the keys) works while it is shown.
import { STARTER_FEEDS } from '../../domain/feed/starter-feeds';
import { selectOfferStarter } from '../../store/starter-sources';
import { useApp, useT } from '../store-context';

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

export function StarterCard() {
  const t = useT();
  const offer = useApp(selectOfferStarter);
  const turnOn = useApp((s) => s.turnOnSuggestedSources);
  const keep = useApp((s) => s.keepSampleEdition);
  if (!offer) return null;
  return (
    <section className="starter-card" aria-labelledby="starter-heading" data-testid="starter-card">
      <h2 id="starter-heading">{t.starter.title}</h2>
      <p>{t.starter.body({ count: STARTER_FEEDS.length })}</p>
      <details>
        <summary>{t.starter.which}</summary>
        <ul className="starter-list">
          {STARTER_FEEDS.map((f) => (
            <li key={f.url}>
              <span lang={f.lang}>{f.title}</span> <span className="muted small">{host(f.url)}</span>
            </li>
          ))}
        </ul>
      </details>
      <p className="muted small">{t.starter.byVoice}</p>
      <div className="starter-actions">
        <button type="button" className="primary" onClick={() => void turnOn()} data-testid="starter-on">
          {t.starter.turnOn}
        </button>
        <button type="button" onClick={keep} data-testid="starter-keep">
          {t.starter.keepSample}
        </button>
      </div>
    </section>
  );
}

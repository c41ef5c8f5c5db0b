// The parts of the Sources screen: the add-by-address form, the list of sources, the suggested feeds.
import { useId, useState, type FormEvent } from 'react';
import { STARTER_FEEDS } from '../../domain/feed/starter-feeds';
import type { SourceView } from '../../store/sources-slice';
import { useApp, useT } from '../store-context';

export function AddFeedForm() {
  const t = useT();
  const adding = useApp((s) => s.sources.adding);
  const addFeed = useApp((s) => s.addFeed);
  const [address, setAddress] = useState('');
  const id = useId();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!address.trim() || adding) return;
    void addFeed(address).then((added) => {
      if (added) setAddress('');
    });
  }

  return (
    <form className="add-feed" onSubmit={onSubmit}>
      <label htmlFor={id}>{t.sources.addLabel}</label>
      <div className="add-feed-row">
        <input
          id={id}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={t.sources.addPlaceholder}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          data-testid="feed-address"
        />
        <button type="submit" disabled={adding || !address.trim()} data-testid="add-feed">
          {adding ? t.sources.adding : t.sources.add}
        </button>
      </div>
    </form>
  );
}

function SourceRow({ source }: { source: SourceView }) {
  const t = useT();
  const removeSource = useApp((s) => s.removeSource);
  const error = source.lastError;
  return (
    <li className="source" data-testid="source">
      <div className="source-main">
        <span className="source-title" data-testid="source-title">
          {source.title || source.url}
        </span>
        <span className="muted small">
          {[t.sources.stories(source.storyCount), source.kind === 'file' ? t.sources.file : t.sources.refreshed(source.lastSuccessAt)].join(' · ')}
        </span>
        {source.kind === 'url' ? <span className="muted small source-url">{source.url}</span> : null}
        {error ? (
          <span className="source-error small" data-testid="source-error">
            {t.sources.problems[error.problem]}
            {error.detail ? ` (${error.detail})` : ''}
          </span>
        ) : null}
      </div>
      <button type="button" className="link" aria-label={t.sources.removeLabel(source.title || source.url)} onClick={() => void removeSource(source.id)} data-testid="remove-source">
        {t.sources.remove}
      </button>
    </li>
  );
}

export function SourceList() {
  const t = useT();
  const { list, refreshing, offline } = useApp((s) => s.sources);
  const refresh = useApp((s) => s.refreshSources);
  const exportOpml = useApp((s) => s.exportOpml);
  const feeds = list.filter((s) => s.kind === 'url');
  return (
    <div className="sources">
      {offline ? (
        <p className="muted small" data-testid="offline">
          {t.sources.offline}
        </p>
      ) : null}
      {list.length === 0 ? (
        <p className="muted small">{t.sources.none}</p>
      ) : (
        <ul className="source-list" data-testid="source-list">
          {list.map((s) => (
            <SourceRow key={s.id} source={s} />
          ))}
        </ul>
      )}
      <div className="source-actions">
        <button type="button" onClick={() => void refresh(true)} disabled={refreshing || feeds.length === 0} data-testid="refresh-sources">
          {refreshing ? t.sources.refreshing : t.sources.refresh}
        </button>
        <button type="button" onClick={() => void exportOpml()} disabled={feeds.length === 0} data-testid="export-opml">
          {t.sources.exportOpml}
        </button>
      </div>
    </div>
  );
}

export function StarterFeeds() {
  const t = useT();
  const list = useApp((s) => s.sources.list);
  const adding = useApp((s) => s.sources.adding);
  const addFeed = useApp((s) => s.addFeed);
  const removeSource = useApp((s) => s.removeSource);
  const on = new Set(list.map((s) => s.id));
  return (
    <details className="starter-feeds">
      <summary>{t.sources.starterHeading}</summary>
      <p className="muted small">{t.sources.starterHint}</p>
      <ul>
        {STARTER_FEEDS.map((f) => (
          <li key={f.url}>
            <label>
              <input
                type="checkbox"
                checked={on.has(f.url)}
                disabled={adding}
                onChange={(e) => void (e.currentTarget.checked ? addFeed(f.url, f.title) : removeSource(f.url))}
              />
              <span lang={f.lang}>{f.title}</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}

// Stories on the device and where they come from: add a feed by address, import a feed or OPML file,
// suggested feeds, each source with its count, last refresh and last error, OPML export, and what happened last.
import { useId, type ChangeEvent } from 'react';
import { selectLibrary, selectNotice } from '../selectors';
import { useApp, useT } from '../store-context';
import type { Notice } from '../../store/types';
import type { UiCatalog } from '../i18n';
import { Icon } from './icons';
import { AddFeedForm, SourceList, StarterFeeds } from './sources';

function noticeText(t: UiCatalog, n: Notice): string {
  switch (n.kind) {
    case 'imported':
      return t.library.imported(n);
    case 'import-failed':
      return t.library.failed[n.reason];
    case 'partial-import':
      return t.library.partial(n);
    case 'feed-failed': {
      const why = n.problem === 'bad-address' ? null : n.problem === 'exists' ? t.sources.exists : t.sources.problems[n.problem];
      return why === null ? t.sources.badAddress(n.url) : t.sources.addFailed(n.url, why + (n.detail ? ` (${n.detail})` : ''));
    }
    case 'opml-imported':
      return t.sources.opmlImported(n);
    case 'source-removed':
      return t.sources.removed(n);
    case 'shared':
      return t.shared(n.title);
    case 'stories-cleared':
      return t.storage.cleared(n.removed);
    default:
      return t.library.storageUnavailable;
  }
}

const GOOD: Notice['kind'][] = ['imported', 'opml-imported', 'source-removed', 'shared', 'stories-cleared'];

export function Library() {
  const t = useT();
  const library = useApp(selectLibrary);
  const notice = useApp(selectNotice);
  const importFeedFile = useApp((s) => s.importFeedFile);
  const dismiss = useApp((s) => s.dismissNotice);
  const inputId = useId();

  function onFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (file) void importFeedFile(file).finally(() => (input.value = ''));
  }

  const isError = notice !== null && !GOOD.includes(notice.kind);
  return (
    <section className="library" aria-labelledby="library-heading">
      <h2 id="library-heading">{t.sources.heading}</h2>
      <p className="muted" data-testid="story-count">
        {library.ready ? t.library.count(library.storyCount) : '…'}
      </p>
      <AddFeedForm />
      <div className="import">
        <label htmlFor={inputId} className="button-like">
          <Icon name="upload" />
          <span>{t.library.importFeed}</span>
        </label>
        <input
          id={inputId}
          className="file-input"
          type="file"
          accept=".json,.xml,.rss,.atom,.rdf,.opml,.txt,application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml,text/xml,text/x-opml"
          onChange={onFile}
          disabled={library.importing}
          aria-describedby={`${inputId}-hint`}
          data-testid="import-feed"
        />
        <span id={`${inputId}-hint`} className="muted small">
          {library.importing ? t.library.importing : t.library.importHint}
        </span>
      </div>
      <div role="status" aria-live="polite" className="notice-area">
        {notice ? (
          <p className={`notice${isError ? ' notice-error' : ''}`} data-testid="notice">
            <span>{noticeText(t, notice)}</span>
            <button type="button" className="link" onClick={dismiss}>
              {t.library.dismiss}
            </button>
          </p>
        ) : null}
      </div>
      <SourceList />
      <StarterFeeds />
    </section>
  );
}

// Stories on the device: how many, and the "Import feed" file input with what happened to the last import.
import { useId, type ChangeEvent } from 'react';
import { useApp, useT } from '../store-context';
import { selectLibrary, selectNotice } from '../selectors';
import type { Notice } from '../../store/types';
import type { UiCatalog } from '../i18n';
import { Icon } from './icons';

function noticeText(t: UiCatalog, n: Notice): string {
  if (n.kind === 'imported') return t.library.imported(n);
  if (n.kind === 'import-failed') return t.library.failed[n.reason];
  return t.library.storageUnavailable;
}

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

  const isError = notice !== null && notice.kind !== 'imported';
  return (
    <section className="library" aria-labelledby="library-heading">
      <h2 id="library-heading">{t.library.heading}</h2>
      <p className="muted" data-testid="story-count">
        {library.ready ? t.library.count(library.storyCount) : '…'}
      </p>
      <div className="import">
        <label htmlFor={inputId} className="button-like">
          <Icon name="upload" />
          <span>{t.library.importFeed}</span>
        </label>
        <input
          id={inputId}
          className="file-input"
          type="file"
          accept=".json,application/feed+json,application/json"
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
    </section>
  );
}

// On every screen: how many stories are on the device, and what happened last (an import, a share, a removal, a
// failure), so a result is seen wherever it was started from (a share opens on Now playing, clearing is in Settings).
import { selectLibrary, selectNotice } from '../selectors';
import { useApp, useT } from '../store-context';
import type { Notice } from '../../store/notices-slice';
import type { UiCatalog } from '../i18n/types';

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
    case 'storage-failed':
      return t.library.storageFailed(n.task, n.problem);
    default:
      return t.library.storageUnavailable;
  }
}

const GOOD: Notice['kind'][] = ['imported', 'opml-imported', 'source-removed', 'shared', 'stories-cleared'];

export function LibraryStatus() {
  const t = useT();
  const library = useApp(selectLibrary);
  const notice = useApp(selectNotice);
  const dismiss = useApp((s) => s.dismissNotice);
  const isError = notice !== null && !GOOD.includes(notice.kind);
  return (
    <div className="library-status">
      <p className="muted small" data-testid="story-count">
        {library.ready ? t.library.count(library.storyCount) : '…'}
      </p>
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
    </div>
  );
}

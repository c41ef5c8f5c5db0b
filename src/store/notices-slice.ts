// Notices: what happened last (an import, a share, a removal, a failure), shown on every screen until dismissed or
// replaced. Slices post them through the `notify` door; the interface words each kind in the current language.
import type { FeedNotice } from '../domain/feed/import-notice';
import type { SliceCreator } from './types';

export type { AddFeedFailure, ImportFailure, StorageTask } from '../domain/feed/import-notice';

/** Something to tell the person on screen. */
export type Notice =
  | FeedNotice
  | { kind: 'opml-imported'; added: number; existing: number }
  | { kind: 'source-removed'; title: string; removed: number }
  | { kind: 'shared'; title: string }
  | { kind: 'stories-cleared'; removed: number }
  /** Storage does not work at all in this window (private mode, a blocked database). */
  | { kind: 'storage-unavailable' };

export interface NoticesSlice {
  notice: Notice | null;
  notify(notice: Notice): void;
  dismissNotice(): void;
}

export const createNoticesSlice: SliceCreator<NoticesSlice> = (set) => ({
  notice: null,
  notify: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
});

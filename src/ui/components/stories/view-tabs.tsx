// The Stories screen's views as tabs (WAI-ARIA tabs pattern): one tab stop, arrow keys, Home and End move between
// Today, By day and By topic and show it at once (the views are local data, so there is nothing to wait for).
import type { KeyboardEvent } from 'react';
import type { StoryView } from '../../../store/stories-slice';
import { useT } from '../../store-context';

export const STORY_VIEWS: readonly StoryView[] = ['today', 'days', 'topics'];
export const STORIES_PANEL_ID = 'stories-panel';
export const storyTabId = (view: StoryView) => `stories-tab-${view}`;

/** Moves focus to a view's tab (after the view was changed from elsewhere, e.g. "See stories by day"). */
export function focusStoryTab(view: StoryView): void {
  document.getElementById(storyTabId(view))?.focus();
}

export function ViewTabs({ view, onChange }: { view: StoryView; onChange: (view: StoryView) => void }) {
  const t = useT();
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = STORY_VIEWS.indexOf(view);
    const to =
      e.key === 'ArrowRight' ? STORY_VIEWS[(i + 1) % STORY_VIEWS.length]
      : e.key === 'ArrowLeft' ? STORY_VIEWS[(i + STORY_VIEWS.length - 1) % STORY_VIEWS.length]
      : e.key === 'Home' ? STORY_VIEWS[0]
      : e.key === 'End' ? STORY_VIEWS[STORY_VIEWS.length - 1]
      : null;
    if (!to) return;
    // Marks the key as used, so the app's own arrow shortcuts (previous and next story) leave it alone.
    e.preventDefault();
    onChange(to);
    focusStoryTab(to);
  };
  return (
    <div role="tablist" aria-label={t.stories.views.label} className="view-tabs">
      {STORY_VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={storyTabId(v)}
          aria-selected={v === view}
          aria-controls={v === view ? STORIES_PANEL_ID : undefined}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onChange(v)}
          onKeyDown={onKeyDown}
          data-testid={`view-${v}`}
        >
          {t.stories.views[v]}
        </button>
      ))}
    </div>
  );
}

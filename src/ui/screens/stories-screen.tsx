// Stories: every story on the device to browse, search and pick. Today, By day (the latest 7 days that have stories,
// older ones on request) and By topic; a search box filters the view shown (through the archive's term index: the
// words of each story's title and lead). Choosing a story plays it, then the
// stories after it in the list shown, and goes to Now playing, where the caption and the controls are; the story
// being told is marked here when the person comes back.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { StoryHead } from '../../domain/types';
import { DaysView } from '../components/stories/days-view';
import { NoMatch } from '../components/stories/no-match';
import { StorySearchBox } from '../components/stories/story-search-box';
import { TodayView } from '../components/stories/today-view';
import { TopicsView } from '../components/stories/topics-view';
import { useStoryView, type ShownStories } from '../components/stories/use-story-view';
import { focusStoryTab, STORIES_PANEL_ID, storyTabId, ViewTabs } from '../components/stories/view-tabs';
import { selectStoryBrowser } from '../selectors';
import { useApp, useT } from '../store-context';
import { useDebounced } from '../use-debounced';
import { useShowScreen } from '../use-screen';
import { ScreenHeading } from './screen-heading';

/** Filtering waits this long after a key, so typing stays smooth on a long list. */
const SEARCH_DELAY_MS = 200;
/** The count is announced once typing has paused this long. */
const ANNOUNCE_DELAY_MS = 700;

export function StoriesScreen() {
  const t = useT();
  const browser = useApp(selectStoryBrowser);
  const showScreen = useShowScreen();
  const storyCount = useApp((s) => s.library.storyCount);
  const { loadStoryDays, loadOlderStoryDays, setStoryView, setStoryQuery, playStoryList, findStories } = useApp(
    useShallow((s) => ({
      findStories: s.findStories,
      loadStoryDays: s.loadStoryDays,
      loadOlderStoryDays: s.loadOlderStoryDays,
      setStoryView: s.setStoryView,
      setStoryQuery: s.setStoryQuery,
      playStoryList: s.playStoryList,
    })),
  );
  // On every visit (so "2 hours ago" is right), and when stories come or go; the store reads only what changed.
  useEffect(() => {
    void loadStoryDays();
  }, [loadStoryDays, storyCount]);

  const query = useDebounced(browser.query, SEARCH_DELAY_MS).trim();
  // The term index finds the matching stories among those loaded; the last result filters until the next is ready.
  useEffect(() => {
    void findStories(query);
  }, [findStories, query, browser.days]);
  const found = query === '' ? null : browser.found;
  const keep = useMemo(() => (found ? (s: StoryHead) => found.ids.has(s.id) : null), [found]);
  // The tab shows the new view at once; the panel follows as soon as it is ready (grouping topics takes a moment).
  const view = useDeferredValue(browser.view);
  const shown = useStoryView(browser, view, keep);
  const announced = useDebounced(found ? t.stories.matches(shown.count, found.query) : '', ANNOUNCE_DELAY_MS);
  const searchBox = useRef<HTMLInputElement>(null);

  const play = useCallback(
    (list: StoryHead[], index: number) => {
      void playStoryList(list.slice(index));
      showScreen('now');
    },
    [playStoryList, showScreen],
  );
  const clearSearch = () => {
    setStoryQuery('');
    searchBox.current?.focus();
  };

  return (
    <section className="stories" aria-labelledby="stories-heading">
      <ScreenHeading id="stories-heading">{t.stories.heading}</ScreenHeading>
      <p className="muted small">{t.stories.hint}</p>
      <StorySearchBox ref={searchBox} query={browser.query} onChange={setStoryQuery} status={announced} />
      <ViewTabs view={browser.view} onChange={setStoryView} />
      <div role="tabpanel" id={STORIES_PANEL_ID} aria-labelledby={storyTabId(view)} tabIndex={0} className="stories-panel" data-testid="stories-panel">
        {browser.status === 'failed' ? (
          <div className="stories-empty">
            <p>{t.stories.failed}</p>
            <button type="button" onClick={() => void loadStoryDays()}>
              {t.stories.retry}
            </button>
          </div>
        ) : browser.days.length === 0 ? (
          browser.status === 'ready' ? (
            <div className="stories-empty" data-testid="no-stories">
              <p>{t.stories.empty}</p>
              <a href="#/sources">{t.stories.addSources}</a>
            </div>
          ) : (
            <p className="muted">{t.screens.loading}</p>
          )
        ) : (
          <>
            {found && shown.count === 0 && !(shown.view === 'today' && shown.total === 0) ? <NoMatch query={found.query} onClear={clearSearch} /> : null}
            <ShownView
              shown={shown}
              browser={browser}
              searching={keep !== null}
              onPlay={play}
              onOlder={() => void loadOlderStoryDays()}
              onSeeByDay={() => {
                setStoryView('days');
                focusStoryTab('days');
              }}
            />
          </>
        )}
      </div>
    </section>
  );
}

interface ShownViewProps {
  shown: ShownStories;
  browser: ReturnType<typeof selectStoryBrowser>;
  searching: boolean;
  onPlay: (list: StoryHead[], index: number) => void;
  onOlder: () => void;
  onSeeByDay: () => void;
}

function ShownView({ shown, browser, searching, onPlay, onOlder, onSeeByDay }: ShownViewProps) {
  const now = browser.readAt;
  switch (shown.view) {
    case 'today':
      return <TodayView stories={shown.stories} total={shown.total} now={now} onPlay={onPlay} onSeeByDay={onSeeByDay} />;
    case 'days':
      return (
        <DaysView
          days={shown.days}
          all={shown.all}
          today={browser.today}
          now={now}
          more={browser.more}
          loading={browser.status === 'loading'}
          onOlder={onOlder}
          onPlay={onPlay}
        />
      );
    case 'topics':
      return <TopicsView topics={shown.topics} now={now} searching={searching} onPlay={onPlay} />;
  }
}

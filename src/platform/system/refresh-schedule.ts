// When an open app refreshes its feeds: at start, when the page comes back into view or the network returns,
// and on a timer (the refresh itself skips feeds tried within the last 30 minutes, so checking often is cheap).
const CHECK_EVERY_MS = 60_000;

export function startRefreshSchedule(refresh: () => void, win: Window = window): () => void {
  const onVisible = () => {
    if (win.document.visibilityState === 'visible') refresh();
  };
  const timer = win.setInterval(onVisible, CHECK_EVERY_MS);
  win.addEventListener('online', refresh);
  win.document.addEventListener('visibilitychange', onVisible);
  refresh();
  return () => {
    win.clearInterval(timer);
    win.removeEventListener('online', refresh);
    win.document.removeEventListener('visibilitychange', onVisible);
  };
}

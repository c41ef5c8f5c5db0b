// Keeps the screen awake while Earshot speaks (Screen Wake Lock API); released when paused or stopped.

export interface WakeLockPort {
  /** Holds the lock while `on`; re-acquires it when the page becomes visible again (browsers drop it when hidden). */
  hold(on: boolean): void;
}

export function createWakeLock(win: Window & typeof globalThis = window): WakeLockPort {
  const api = 'wakeLock' in win.navigator ? win.navigator.wakeLock : null;
  let wanted = false;
  let sentinel: WakeLockSentinel | null = null;
  let pending = false;

  async function acquire() {
    if (!api || sentinel || pending || !wanted || win.document.visibilityState !== 'visible') return;
    pending = true;
    try {
      sentinel = await api.request('screen');
      sentinel.addEventListener('release', () => {
        sentinel = null;
      });
      if (!wanted) await release();
    } catch {
      // Refused (battery saver, hidden page): the briefing goes on without it.
    } finally {
      pending = false;
    }
  }

  async function release() {
    const s = sentinel;
    sentinel = null;
    await s?.release().catch(() => undefined);
  }

  win.document.addEventListener('visibilitychange', () => void acquire());

  return {
    hold(on) {
      if (on === wanted) return;
      wanted = on;
      void (on ? acquire() : release());
    },
  };
}

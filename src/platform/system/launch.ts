// What the app was opened for: a home-screen shortcut (?play=today|last) or a share from another app
// (/share?title=…&text=…&url=…). Read once at start; the address is then tidied back to "/" (keeping the screen's #hash).
import type { SharedInput } from '../../domain/news/shared-story';

export interface Launch {
  play: 'today' | 'last' | null;
  shared: SharedInput | null;
}

export function readLaunch(win: Window = window): Launch {
  const url = new URL(win.location.href);
  const q = url.searchParams;
  const play = q.get('play');
  const shared = url.pathname === '/share' ? { title: q.get('title'), text: q.get('text'), url: q.get('url') } : null;
  const launch: Launch = { play: play === 'today' || play === 'last' ? play : null, shared };
  if (launch.play || shared) {
    q.delete('play');
    for (const k of ['title', 'text', 'url']) if (shared) q.delete(k);
    const search = q.toString();
    win.history.replaceState(null, '', `/${search ? `?${search}` : ''}${url.hash}`);
  }
  return launch;
}

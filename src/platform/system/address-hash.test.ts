import { describe, expect, it, vi } from 'vitest';
import { createAddressHash } from './address-hash';

/** A window with only what the port uses: a location and hashchange events. */
function fakeWindow(hash = '') {
  const events = new EventTarget();
  const location = { hash };
  return {
    location: location as Location,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    /** The browser's part: the hash changes, then hashchange fires. */
    navigate(to: string) {
      location.hash = to;
      events.dispatchEvent(new Event('hashchange'));
    },
  };
}

describe('createAddressHash', () => {
  it('reads and sets the hash, and reports changes until stopped', () => {
    const win = fakeWindow('#/stories');
    const address = createAddressHash(win as unknown as Window);
    expect(address.read()).toBe('#/stories');
    address.go('#/history');
    expect(win.location.hash).toBe('#/history');
    const onChange = vi.fn();
    const stop = address.subscribe(onChange);
    win.navigate('#/');
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    win.navigate('#/settings');
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

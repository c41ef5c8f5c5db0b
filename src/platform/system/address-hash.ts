// The address's hash (#/stories, #/history…) as a port: screens are chosen by it, so Back works and screens can be
// linked, and the UI's routing (src/ui/use-screen.ts) follows it without reaching for window or location.

export interface AddressHash {
  /** The hash now, '#/stories' or '' when there is none. */
  read(): string;
  /** Goes to a hash as a link would: a new history entry, so Back returns. */
  go(hash: string): void;
  /** Calls `onChange` after every change of the hash (a link, Back, `go`); returns the way to stop. */
  subscribe(onChange: () => void): () => void;
}

type HashWindow = Pick<Window, 'location' | 'addEventListener' | 'removeEventListener'>;

export function createAddressHash(win: HashWindow = window): AddressHash {
  return {
    read: () => win.location.hash,
    go(hash) {
      win.location.hash = hash;
    },
    subscribe(onChange) {
      win.addEventListener('hashchange', onChange);
      return () => win.removeEventListener('hashchange', onChange);
    },
  };
}

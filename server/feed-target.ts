// Where the feed proxy may go: http(s) URLs only, whose host resolves to allowed addresses only; errors users can read.
import type { LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { FeedErrorCode } from '../src/domain/feed/feed-route';
import { addressKind, describeAddressKind, isBlockedAddress } from './address-policy';

const STATUS: Record<FeedErrorCode, number> = {
  'bad-url': 400,
  'method-not-allowed': 405,
  'blocked-address': 403,
  'blocked-redirect': 502,
  'too-many-redirects': 502,
  timeout: 504,
  'too-large': 413,
  'bad-content-type': 502,
  'bad-encoding': 502,
  'upstream-status': 502,
  unreachable: 502,
};

/** A refusal or failure with its HTTP status, a stable code and a sentence for the user. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** Resolves a host name to all its addresses (dns.promises.lookup with { all: true } by default). */
export type Lookup = (hostname: string, options: { all: true }) => Promise<LookupAddress[]>;

/**
 * The URL to fetch: `raw` alone (the user's ?url=) or a redirect's Location resolved against `from`.
 * Only http: and https: pass, without a user name or password.
 */
export function parseFeedUrl(raw: string | null | undefined, from?: URL): URL {
  const code = from ? 'blocked-redirect' : 'bad-url';
  if (!raw) throw new FeedError(code, from ? 'The feed server sent a redirect without an address.' : 'Give the feed address as ?url=https://…');
  let url: URL;
  try {
    url = new URL(raw, from);
  } catch {
    throw new FeedError(code, from ? 'The feed server redirected to an address that is not valid.' : 'That is not a valid web address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.replace(/[^a-z0-9+.-]/gi, '').slice(0, 20);
    throw new FeedError(code, from ? `The feed server redirected to a ${scheme}: address; Earshot only follows http and https.` : `Earshot fetches only http and https addresses, not ${scheme}: ones.`);
  }
  if (url.username || url.password) throw new FeedError(code, 'Feed addresses with a user name or password are not supported.');
  return url;
}

/** Rejects with `signal.reason` as soon as the signal aborts (a DNS lookup cannot be cancelled, only abandoned). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export interface TargetOptions {
  allowLoopback: boolean;
  lookup: Lookup;
  signal: AbortSignal;
  /** True when `url` came from a redirect (changes the wording). */
  redirected: boolean;
}

/** All addresses of the URL's host, each one checked; throws a FeedError when any is not allowed. */
export async function resolveTarget(url: URL, { allowLoopback, lookup, signal, redirected }: TargetOptions): Promise<LookupAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const name = host.toLowerCase().replace(/\.$/, '');
  const subject = redirected ? `The feed server redirected to ${host}, which is` : `${host} is`;
  const refuse = (what: string) => new FeedError('blocked-address', `${subject} ${what}; Earshot fetches feeds only from the public internet.`);
  let addresses: LookupAddress[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    if (!allowLoopback && (name === 'localhost' || name.endsWith('.localhost'))) throw refuse(describeAddressKind('loopback'));
    try {
      addresses = await abortable(lookup(host, { all: true }), signal);
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      throw new FeedError('unreachable', `Could not find the feed server ${host}${(e as NodeJS.ErrnoException).code === 'ENOTFOUND' ? ': no such name' : ''}.`);
    }
    if (addresses.length === 0) throw new FeedError('unreachable', `Could not find the feed server ${host}.`);
  }
  const bad = addresses.find((a) => isBlockedAddress(a.address, { allowLoopback }));
  if (bad) throw refuse(`${isIP(host) ? '' : 'at '}${describeAddressKind(addressKind(bad.address))}`);
  return addresses;
}

/** A `lookup` for http(s).request that answers with the addresses already checked, so DNS cannot change between check and connect. */
export function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return ((_hostname: string, options: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => {
    const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
    const list = wanted.length > 0 ? wanted : addresses;
    if (options.all) callback(null, list);
    else callback(null, list[0].address, list[0].family);
  }) as LookupFunction;
}

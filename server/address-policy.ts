// Which IP addresses the feed proxy may connect to: public unicast only (and loopback, when tests ask for it).
import { isIP } from 'node:net';

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unspecified'
  | 'shared'
  | 'metadata'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'invalid';

export interface AddressPolicy {
  /** Allow 127.0.0.0/8 and ::1 (tests only). Private, link-local and metadata addresses stay refused. */
  allowLoopback?: boolean;
}

/** Cloud metadata services that sit at otherwise ordinary-looking addresses. */
const METADATA_V4 = ['169.254.169.254', '100.100.100.200'];

/** IANA special-purpose IPv4 blocks; the first match wins. */
const V4_BLOCKS: [string, number, AddressKind][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['255.255.255.255', 32, 'broadcast'],
  ['240.0.0.0', 4, 'reserved'],
];

const v4ToNumber = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

function kindOfV4(n: number): AddressKind {
  if (METADATA_V4.some((m) => v4ToNumber(m) === n)) return 'metadata';
  for (const [base, prefix, kind] of V4_BLOCKS) if ((n ^ v4ToNumber(base)) >>> (32 - prefix) === 0) return kind;
  return 'public';
}

/** Eight 16-bit groups; the input has already passed isIP(...) === 6. */
function v6Groups(ip: string): number[] {
  let s = ip.toLowerCase();
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    const n = v4ToNumber(tail);
    s = `${s.slice(0, lastColon + 1)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const [head, rest] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = rest ? rest.split(':') : [];
  const fill = rest === undefined ? 0 : 8 - h.length - t.length;
  return [...h, ...Array<string>(fill).fill('0'), ...t].map((g) => parseInt(g, 16));
}

function kindOfV6(g: number[]): AddressKind {
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  const v4At = (i: number) => g[i] * 65536 + g[i + 1];
  if (zero(0, 8)) return 'unspecified';
  if (zero(0, 7) && g[7] === 1) return 'loopback';
  if (zero(0, 5) && g[5] === 0xffff) return kindOfV4(v4At(6)); // IPv4-mapped ::ffff:a.b.c.d
  if (zero(0, 6)) return kindOfV4(v4At(6)); // IPv4-compatible ::a.b.c.d (deprecated)
  if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) return kindOfV4(v4At(6)); // IPv4-translated ::ffff:0:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return kindOfV4(v4At(6)); // NAT64 64:ff9b::/96
  if (g[0] === 0x2002) return kindOfV4(v4At(1)); // 6to4 2002:aabb:ccdd::/48
  if (g[0] === 0xfd00 && g[1] === 0x0ec2 && zero(2, 7) && g[7] === 0x254) return 'metadata'; // AWS, fd00:ec2::254
  if ((g[0] & 0xfe00) === 0xfc00) return 'private'; // unique local fc00::/7
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'private'; // site-local (deprecated)
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  if ((g[0] & 0xe000) !== 0x2000) return 'reserved'; // outside global unicast 2000::/3 (64:ff9b:1::/48, 100::/64, …)
  if (g[0] === 0x2001 && (g[1] < 0x200 || g[1] === 0xdb8)) return 'reserved'; // IETF protocol blocks (Teredo, …), documentation
  if (g[0] === 0x3fff && g[1] < 0x1000) return 'reserved'; // documentation 3fff::/20
  return 'public';
}

/** What kind of address `ip` is (an IPv6 zone like `%eth0` is ignored). Anything that is not an IP address is 'invalid'. */
export function addressKind(ip: string): AddressKind {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const version = isIP(bare);
  if (version === 4) return kindOfV4(v4ToNumber(bare));
  if (version === 6) return kindOfV6(v6Groups(bare));
  return 'invalid';
}

/** True when the proxy must not connect to `ip`. */
export function isBlockedAddress(ip: string, { allowLoopback = false }: AddressPolicy = {}): boolean {
  const kind = addressKind(ip);
  return kind !== 'public' && !(allowLoopback && kind === 'loopback');
}

const DESCRIPTIONS: Record<AddressKind, string> = {
  public: 'a public address',
  loopback: 'this machine (a loopback address)',
  private: 'a private network address',
  'link-local': 'a link-local network address',
  unspecified: 'an unspecified address (0.0.0.0 or ::)',
  shared: 'a carrier-internal (CGNAT) address',
  metadata: 'a cloud metadata service address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  invalid: 'not a valid address',
};

/** A few words for messages: "a private network address". */
export const describeAddressKind = (kind: AddressKind) => DESCRIPTIONS[kind];

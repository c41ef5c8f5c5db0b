import { describe, expect, it } from 'vitest';
import { addressKind, isBlockedAddress } from './address-policy';

const BLOCKED: [string, string][] = [
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['::1', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.1', 'private'],
  ['fc00::1', 'private'],
  ['fd12:3456::1', 'private'],
  ['fec0::1', 'private'],
  ['169.254.0.1', 'link-local'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['febf::1', 'link-local'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['::', 'unspecified'],
  ['100.64.0.1', 'shared'],
  ['100.127.255.255', 'shared'],
  ['169.254.169.254', 'metadata'],
  ['100.100.100.200', 'metadata'],
  ['fd00:ec2::254', 'metadata'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['ff02::1', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['240.0.0.1', 'reserved'],
  ['192.0.2.1', 'reserved'],
  ['198.18.0.1', 'reserved'],
  ['203.0.113.7', 'reserved'],
  ['2001:db8::1', 'reserved'],
  ['2001::1', 'reserved'], // Teredo
  ['100::1', 'reserved'], // discard-only
  ['64:ff9b:1::a00:1', 'reserved'], // local-use NAT64
  // IPv4 inside IPv6.
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
  ['::ffff:10.0.0.1', 'private'],
  ['::ffff:169.254.169.254', 'metadata'],
  ['::ffff:a9fe:a9fe', 'metadata'],
  ['::127.0.0.1', 'loopback'], // IPv4-compatible (deprecated)
  ['::ffff:0:7f00:1', 'loopback'], // IPv4-translated
  ['64:ff9b::127.0.0.1', 'loopback'], // NAT64
  ['64:ff9b::a00:1', 'private'],
  ['64:ff9b::a9fe:a9fe', 'metadata'],
  ['2002:7f00:1::1', 'loopback'], // 6to4
  ['2002:c0a8:101::1', 'private'],
  // Not addresses at all.
  ['localhost', 'invalid'],
  ['', 'invalid'],
  ['1.2.3', 'invalid'],
];

const PUBLIC = ['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'];

describe('isBlockedAddress', () => {
  it.each(BLOCKED)('refuses %s (%s)', (ip, kind) => {
    expect(addressKind(ip)).toBe(kind);
    expect(isBlockedAddress(ip)).toBe(true);
  });

  it.each(PUBLIC)('allows the public address %s', (ip) => {
    expect(addressKind(ip)).toBe('public');
    expect(isBlockedAddress(ip)).toBe(false);
    expect(isBlockedAddress(ip, { allowLoopback: true })).toBe(false);
  });

  it('with allowLoopback, lets only loopback through', () => {
    for (const [ip, kind] of BLOCKED) expect(isBlockedAddress(ip, { allowLoopback: true }), ip).toBe(kind !== 'loopback');
  });
});

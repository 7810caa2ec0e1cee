import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AddressGuard, isPublicAddress } from './address-guard.ts';

const addresses: [string, boolean][] = [
  ['93.184.216.34', true],
  ['8.8.8.8', true],
  ['2606:4700:4700::1111', true],
  ['127.0.0.1', false],
  ['127.255.255.254', false],
  ['10.0.0.1', false],
  ['172.16.5.4', false],
  ['172.32.0.1', true],
  ['192.168.0.1', false],
  ['169.254.169.254', false],
  ['100.64.0.1', false],
  ['100.127.255.255', false],
  ['100.128.0.1', true],
  ['0.0.0.0', false],
  ['0.1.2.3', false],
  ['224.0.0.1', false],
  ['255.255.255.255', false],
  ['240.0.0.1', false],
  ['192.0.2.1', false],
  ['::', false],
  ['::1', false],
  ['fe80::1', false],
  ['fc00::1', false],
  ['fd12:3456::1', false],
  ['ff02::1', false],
  ['::ffff:10.0.0.1', false],
  ['::ffff:127.0.0.1', false],
  ['::ffff:8.8.8.8', true],
  ['64:ff9b::a00:1', false],
  ['2001:db8::1', false],
  ['[::1]', false],
  ['fe80::1%eth0', false],
  ['not an address', false],
];
for (const [address, expected] of addresses) {
  test(`isPublicAddress(${address}) = ${expected}`, () => assert.equal(isPublicAddress(address), expected));
}

const allowances: [boolean | string[], string, boolean][] = [
  [false, '127.0.0.1', false],
  [false, '8.8.8.8', true],
  [true, '10.0.0.1', true],
  [true, '169.254.169.254', true],
  [['127.0.0.0/8'], '127.0.0.1', true],
  [['127.0.0.0/8'], '127.1.2.3', true],
  [['127.0.0.0/8'], '::ffff:127.0.0.1', true],
  [['127.0.0.0/8'], '10.0.0.1', false],
  [['127.0.0.0/8'], '169.254.169.254', false],
  [['127.0.0.0/8'], '::1', false],
  [['127.0.0.0/8', '::1/128'], '::1', true],
  [['10.1.0.0/16'], '10.1.200.3', true],
  [['10.1.0.0/16'], '10.2.0.1', false],
];
for (const [allow, address, expected] of allowances) {
  test(`allowPrivateNetworks ${JSON.stringify(allow)} allows ${address}: ${expected}`, () => {
    assert.equal(new AddressGuard(allow).allows(address), expected);
  });
}

test('a malformed CIDR names itself and the key', () => {
  assert.throws(() => new AddressGuard(['127.0.0.0/99']), /fetch\.allowPrivateNetworks: "127\.0\.0\.0\/99"/);
});

test('checkLiteral refuses literal private hosts and leaves names to the lookup', () => {
  const guard = new AddressGuard(['127.0.0.0/8']);
  assert.throws(() => guard.checkLiteral(new URL('http://10.0.0.1/')), { code: 'blocked_address' });
  assert.throws(() => guard.checkLiteral(new URL('http://[fd00::1]:8080/')), { code: 'blocked_address' });
  // The URL parser turns these spellings into 127.0.0.1 and 10.0.0.1 before we see them.
  assert.doesNotThrow(() => guard.checkLiteral(new URL('http://2130706433/')));
  assert.throws(() => guard.checkLiteral(new URL('http://0x0a.0.0.1/')), { code: 'blocked_address' });
  assert.doesNotThrow(() => guard.checkLiteral(new URL('http://example.org/')));
});

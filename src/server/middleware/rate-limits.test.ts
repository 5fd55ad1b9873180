import { describe, expect, it } from 'vitest';
import { addressBucket } from './rate-limits.js';

describe('the client a rate limit counts', () => {
  it('is an IPv4 address, also when written as IPv6', () => {
    expect(addressBucket('192.0.2.1')).toBe('192.0.2.1');
    expect(addressBucket('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });

  it('is an IPv6 /64, however the address is written: one phone can use any address in it', () => {
    const same = ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::9', '2001:0DB8:0001:0002:ffff::1'];
    expect(new Set(same.map(addressBucket))).toEqual(new Set(['2001:db8:1:2::/64']));
    expect(addressBucket('2001:db8:1:3::1')).not.toBe(addressBucket('2001:db8:1:2::1'));
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
  });
});

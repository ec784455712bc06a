import { describe, expect, it } from 'vitest';
import { ACCOUNT_LOCKOUT, ADDRESS_LOCKOUT, lockoutMinutes, throttleAddress } from './lockout.ts';

const locksUpTo = (count: number, policy = ADDRESS_LOCKOUT) =>
  Array.from({ length: count }, (_, i): [number, number] => [i + 1, lockoutMinutes(i + 1, policy)]).filter(([, minutes]) => minutes > 0);

describe('lockoutMinutes', () => {
  it('per address: locks at every fifth consecutive failure, longer each time, never more than an hour', () => {
    expect(locksUpTo(35)).toEqual([
      [5, 1],
      [10, 5],
      [15, 15],
      [20, 60],
      [25, 60],
      [30, 60],
      [35, 60],
    ]);
    expect(lockoutMinutes(0)).toBe(0);
    expect(lockoutMinutes(4)).toBe(0);
    expect(lockoutMinutes(6)).toBe(0);
  });

  it('per account across addresses: a much higher ceiling with short delays (only slows)', () => {
    expect(locksUpTo(120, ACCOUNT_LOCKOUT)).toEqual([
      [20, 1],
      [40, 5],
      [60, 15],
      [80, 30],
      [100, 30],
      [120, 30],
    ]);
    expect(ACCOUNT_LOCKOUT.failuresPerLock).toBeGreaterThanOrEqual(ADDRESS_LOCKOUT.failuresPerLock * 4);
    expect(Math.max(...ACCOUNT_LOCKOUT.lockMinutes)).toBeLessThan(Math.max(...ADDRESS_LOCKOUT.lockMinutes));
  });

  it('bounds guessing against one account, from any number of addresses, to a few hundred a day', () => {
    // Steady state of the account-wide ceiling: failuresPerLock guesses per longest delay.
    const perDay = (24 * 60 * ACCOUNT_LOCKOUT.failuresPerLock) / Math.max(...ACCOUNT_LOCKOUT.lockMinutes);
    expect(perDay).toBeLessThanOrEqual(1000);
  });
});

describe('throttleAddress', () => {
  it('keeps IPv4 as is, also when IPv4-mapped', () => {
    expect(throttleAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(throttleAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 by /64: a subscriber cannot take a fresh address per guess', () => {
    expect(throttleAddress('2001:db8:0:12:a::1')).toBe('2001:db8:0:12::/64');
    expect(throttleAddress('2001:0db8:0000:0012:ffff:eeee:dddd:cccc')).toBe('2001:db8:0:12::/64');
    expect(throttleAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
  });
});

import { isIPv6 } from 'node:net';

/**
 * Throttling of wrong passwords (OWASP ASVS V2.2), in two layers kept in the database:
 *
 * - per account AND client address (`login_throttle`): every 5th consecutive failure
 *   from one address locks that account for that address only, each time longer, up to
 *   an hour. A stranger elsewhere cannot lock the owner out; the owner's own wrong
 *   guesses lock only their own address.
 * - per account, across all addresses (`app_user.failed_login_count`/`locked_until`): a
 *   much higher ceiling with short delays, so guessing spread over many addresses is
 *   still bounded. Addresses the account signed in from recently are exempt from it,
 *   so a distributed attack only slows the owner's new devices.
 *
 * While a lock applies, the password is not judged (guesses made then count for
 * nothing) and the answer is exactly that of a wrong password or an unknown account:
 * a lock says nothing about the account, not even that it exists. A successful login
 * clears the account's counter and its address's lock; a password reset clears all.
 */
export interface LockoutPolicy {
  /** Every this-many consecutive failures lock */
  failuresPerLock: number;
  /** Minutes of the 1st, 2nd, … lock; the last repeats */
  lockMinutes: readonly number[];
}

/** One account from one address (or IPv6 /64). */
export const ADDRESS_LOCKOUT: LockoutPolicy = { failuresPerLock: 5, lockMinutes: [1, 5, 15, 60] };
/** One account from everywhere: slows, never shuts the door for long. */
export const ACCOUNT_LOCKOUT: LockoutPolicy = { failuresPerLock: 20, lockMinutes: [1, 5, 15, 30] };
/** Addresses with a successful login this recent are exempt from the account-wide delay. */
export const KNOWN_ADDRESS_DAYS = 90;
/** This many lockouts of one account within REPEATED_WINDOW_HOURS are reported as `auth.lockout.repeated`. */
export const REPEATED_LOCKOUTS = 3;
export const REPEATED_WINDOW_HOURS = 24;

/** Minutes to lock after the `failures`-th consecutive failure under `policy`, or 0. */
export function lockoutMinutes(failures: number, policy: LockoutPolicy = ADDRESS_LOCKOUT): number {
  const { failuresPerLock, lockMinutes } = policy;
  if (failures < failuresPerLock || failures % failuresPerLock !== 0) return 0;
  const level = failures / failuresPerLock - 1;
  return lockMinutes[Math.min(level, lockMinutes.length - 1)]!;
}

/**
 * The address a throttle is kept for: IPv4 as is (also when IPv4-mapped), IPv6 by its
 * /64 network, since one subscriber usually gets a whole /64 and could otherwise take a
 * fresh address for every guess.
 */
export function throttleAddress(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

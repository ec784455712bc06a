/**
 * Progressive lockout of an account after consecutive wrong passwords, whoever and
 * wherever they come from: every 5th failure locks the account, each time longer.
 * While locked, login is refused without looking at the password, so guesses made
 * during the lock count for nothing. A successful login or a password reset clears it.
 */
export const FAILURES_PER_LOCK = 5;
export const LOCK_MINUTES = [1, 5, 15, 60, 240, 1440] as const;

/** Minutes to lock after the `failures`-th consecutive failure, or 0. */
export function lockoutMinutes(failures: number): number {
  if (failures < FAILURES_PER_LOCK || failures % FAILURES_PER_LOCK !== 0) return 0;
  const level = failures / FAILURES_PER_LOCK - 1;
  return LOCK_MINUTES[Math.min(level, LOCK_MINUTES.length - 1)]!;
}

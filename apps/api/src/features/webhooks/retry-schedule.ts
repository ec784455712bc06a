/**
 * When a failed webhook delivery is tried again: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then
 * every 10 h, until three days after the first attempt (the last retry falls exactly on
 * that mark), then given up — 13 attempts in all. Each delay is spread by ±20 % (jitter),
 * so the retries of many deliveries that failed together (an endpoint that was down) do
 * not all arrive at once when it comes back. The give-up point counts nominal delays, so
 * it does not drift with the jitter.
 */

export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000] as const;
/** From the first attempt to the last retry */
export const RETRY_WINDOW_MS = 3 * 24 * 3_600_000;
/** A subscription whose deliveries have failed for this long without a success is disabled. */
export const DISABLE_AFTER_FAILING_MS = 3 * 24 * 3_600_000;
export const JITTER = 0.2;

const nominalDelay = (attempt: number): number => RETRY_DELAYS_MS[Math.min(attempt - 1, RETRY_DELAYS_MS.length - 1)]!;

/** Nominal time from the first attempt to attempt number `attempt` (1-based), on the schedule. */
export function nominalOffsetMs(attempt: number): number {
  let offset = 0;
  for (let done = 1; done < attempt; done++) offset = Math.min(offset + nominalDelay(done), RETRY_WINDOW_MS);
  return offset;
}

/**
 * The wait before the next attempt after `attempts` failed ones, or null to give up.
 * `random` in [0, 1) (Math.random by default) picks the jitter.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number | null {
  if (attempts < 1) return 0;
  const offset = nominalOffsetMs(attempts);
  if (offset >= RETRY_WINDOW_MS) return null;
  const delay = Math.min(nominalDelay(attempts), RETRY_WINDOW_MS - offset);
  return Math.round(delay * (1 - JITTER + 2 * JITTER * random()));
}

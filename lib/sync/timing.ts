/**
 * When to check the feed next. Pure functions of the failure count, the user's interval, the feed's
 * minimum wait and a random number, so the schedule is testable and every client spreads its requests.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const MAX_BACKOFF_MS = 24 * HOUR;
/** A browser start is followed by a check 0–60 s later, not at once: many browsers start together. */
export const STARTUP_JITTER_MS = 60_000;

/** Safe Browsing's back-off: min(2^(n-1) · 15 min · (1 + rand), 24 h) after the n-th failure in a row. */
export function backoffDelayMs(failures: number, random: number): number {
  const n = Math.max(1, Math.floor(failures));
  return Math.min(2 ** (n - 1) * 15 * MINUTE * (1 + random), MAX_BACKOFF_MS);
}

/** After a success: the user's interval, never shorter than the feed's minWaitSeconds, plus up to 10 % (≤ 30 min). */
export function regularDelayMs(intervalHours: number, minWaitSeconds: number | undefined, random: number): number {
  const base = Math.max(intervalHours * HOUR, (minWaitSeconds ?? 0) * 1000);
  return base + random * Math.min(base * 0.1, 30 * MINUTE);
}

export function startupDelayMs(random: number): number {
  return random * STARTUP_JITTER_MS;
}

import { REPUTATION_TIME_ZONE } from './rules';

// Days are French days: a daily cap or limit resets at midnight in Paris, summer time included.

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: REPUTATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Paris date (YYYY-MM-DD) of an instant. */
export function parisDay(instant: Date): string {
  return dayFormat.format(instant);
}

/** Seconds from an instant until the next midnight in Paris: when daily limits reset. */
export function secondsUntilParisMidnight(instant: Date): number {
  const today = parisDay(instant);
  // The next day begins at the first whole minute whose Paris date differs; search by halving
  // the gap, so that 23- and 25-hour days (clock changes) need no special case.
  let low = instant.getTime();
  let high = low + 26 * 3600_000;
  while (high - low > 1000) {
    const middle = Math.floor((low + high) / 2);
    if (parisDay(new Date(middle)) === today) low = middle;
    else high = middle;
  }
  return Math.max(1, Math.ceil((high - instant.getTime()) / 1000));
}

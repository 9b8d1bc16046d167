import type { User } from '../../db/models';

// How flags weigh, and what moderators may decide: one place for the numbers.

/** Flags hide a post pending review once their weights add up to this: three ordinary members. */
export const FLAG_HIDE_THRESHOLD = 3;

/** A flag weighs more from a member the community trusts; a moderator's hides at once. */
export function flagWeight(flagger: User): number {
  if (flagger.isModerator) return FLAG_HIDE_THRESHOLD;
  if (flagger.reputation >= 1000) return 2;
  if (flagger.reputation >= 100) return 1.5;
  return 1;
}

export const MAX_SUSPENSION_DAYS = 365;

import type { User } from '../../db/models';
import { AppError } from '../errors';
import { countLinks } from '../lib/markdown';
import { FREE_LINKS, PRIVILEGE_LABELS, type Privilege, type ReputationRules } from '../reputation/rules';

// What reputation unlocks. Moderators and admins hold every privilege: they act for the platform.

export function hasPrivilege(user: User, privilege: Privilege, rules: ReputationRules): boolean {
  return user.isModerator || user.reputation >= rules.privileges[privilege];
}

export function assertPrivilege(user: User, privilege: Privilege, rules: ReputationRules): void {
  if (hasPrivilege(user, privilege, rules)) return;
  const threshold = rules.privileges[privilege];
  throw new AppError(
    403,
    'insufficient_reputation',
    `${PRIVILEGE_LABELS[privilege]} demande ${threshold} points de réputation ; vous en avez ${user.reputation}.`,
  );
}

/** More than a couple of links is a spammer's habit: it needs a little reputation first. */
export function assertLinksAllowed(user: User, markdownSources: (string | undefined)[], rules: ReputationRules): void {
  const links = markdownSources.reduce((sum, source) => sum + (source ? countLinks(source) : 0), 0);
  if (links > FREE_LINKS) assertPrivilege(user, 'manyLinks', rules);
}

import type { User } from '../../db/models';
import { forbidden } from '../errors';

/**
 * The State's team (admins) and platform moderators act on every case; a partner
 * organisation's moderator only on its organisation's cases (its live sessions).
 */
export function canModerate(viewer: User, caseOrganisationId: number | null): boolean {
  if (viewer.role === 'admin') return true;
  if (viewer.role !== 'moderator') return false;
  return viewer.organisationId === null || viewer.organisationId === caseOrganisationId;
}

export function assertCanModerate(viewer: User, caseOrganisationId: number | null): void {
  if (!canModerate(viewer, caseOrganisationId)) {
    throw forbidden('Ce dossier relève d’une autre organisation que la vôtre.');
  }
}

/** Platform-wide moderation (the `moderation` room, suspensions): admins and moderators of no organisation. */
export const isPlatformModerator = (viewer: User | null) =>
  viewer !== null && (viewer.role === 'admin' || (viewer.role === 'moderator' && viewer.organisationId === null));

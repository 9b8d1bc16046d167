import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { ExpertProfile } from '../../db/models';
import type { ExpertRequest } from '../contracts/dto';
import { REGISTER_URLS } from './registers';

// How expert requests are read and shown: to the member (`GET /api/me/expert`) and to the
// moderators deciding them (`ModerationCase.expertRequest`).

export function presentExpertRequest(profile: ExpertProfile, tags: string[]): ExpertRequest {
  return {
    profession: profile.profession,
    register: profile.register,
    registerName: profile.registerName,
    registerUrl: REGISTER_URLS[profile.register],
    registrationNumber: profile.registrationNumber,
    areas: profile.areas,
    bio: profile.bio,
    tags,
    status: profile.status,
    decisionNote: profile.decisionNote,
    decidedAt: profile.decidedAt ? profile.decidedAt.toISOString() : null,
    createdAt: profile.createdAt.toISOString(),
    updatedAt: profile.updatedAt.toISOString(),
  };
}

/** Theme slugs each expert declared, in their order. */
export async function loadExpertTags(
  sequelize: Sequelize,
  userIds: number[],
  transaction?: Transaction,
): Promise<Map<number, string[]>> {
  const byUser = new Map<number, string[]>();
  if (userIds.length === 0) return byUser;
  const rows = await sequelize.query<{ user_id: number; slug: string }>(
    `SELECT et.user_id, t.slug FROM expert_tags et JOIN tags t ON t.id = et.tag_id
     WHERE et.user_id IN (:userIds) ORDER BY et.user_id, et.position`,
    { replacements: { userIds }, type: QueryTypes.SELECT, transaction },
  );
  for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.slug]);
  return byUser;
}

export async function loadExpertRequest(sequelize: Sequelize, userId: number): Promise<ExpertRequest | null> {
  const profile = await ExpertProfile.findByPk(userId);
  if (!profile) return null;
  return presentExpertRequest(profile, (await loadExpertTags(sequelize, [userId])).get(userId) ?? []);
}

/** The request each case decides, when it is still the member's current one. */
export async function loadExpertRequestsOfCases(
  sequelize: Sequelize,
  caseIds: number[],
): Promise<Map<number, { userId: number; request: ExpertRequest }>> {
  const byCase = new Map<number, { userId: number; request: ExpertRequest }>();
  if (caseIds.length === 0) return byCase;
  const profiles = await ExpertProfile.findAll({ where: { caseId: caseIds } });
  const tags = await loadExpertTags(
    sequelize,
    profiles.map((p) => p.userId),
  );
  for (const profile of profiles) {
    byCase.set(profile.caseId!, {
      userId: profile.userId,
      request: presentExpertRequest(profile, tags.get(profile.userId) ?? []),
    });
  }
  return byCase;
}

import { QueryTypes, type Sequelize } from 'sequelize';
import { Organisation, type User } from '../../db/models';
import type { UserProfile } from '../contracts/dto';
import { presentUserRef } from './index';

// Profiles only ever count and list a user's public posts: anonymous posts stay unlinked.
export const PUBLIC_ANSWERS = `a.author_id = :userId AND NOT a.anonymous AND a.status = 'published'`;

/** The public profile (`GET /api/users/:id`, and `PATCH /api/me` after a change). */
export async function presentUserProfile(sequelize: Sequelize, user: User): Promise<UserProfile> {
  const replacements = { userId: user.id };
  const organisation =
    user.organisation !== undefined
      ? user.organisation
      : user.organisationId === null
        ? null
        : await Organisation.findByPk(user.organisationId);
  const [counts] = await sequelize.query<{ answerCount: number; acceptedCount: number }>(
    `SELECT count(*)::int AS "answerCount",
            count(*) FILTER (WHERE q.accepted_answer_id = a.id)::int AS "acceptedCount"
     FROM answers a JOIN questions q ON q.id = a.question_id
     WHERE ${PUBLIC_ANSWERS} AND q.status = 'published'`,
    { replacements, type: QueryTypes.SELECT },
  );
  // What the user earned in each theme, from the ledger (anonymous posts earn nothing).
  const tagReputation = await sequelize.query<{ tag: string; reputation: number }>(
    `SELECT t.slug AS tag, r.reputation FROM user_tag_reputation r JOIN tags t ON t.id = r.tag_id
     WHERE r.user_id = :userId AND r.reputation > 0 ORDER BY r.reputation DESC, t.slug`,
    { replacements, type: QueryTypes.SELECT },
  );
  return {
    ...presentUserRef(user),
    bio: user.bio,
    createdAt: user.createdAt.toISOString(),
    organisation: organisation ? { id: organisation.id, slug: organisation.slug, name: organisation.name } : null,
    tagReputation,
    answerCount: counts?.answerCount ?? 0,
    acceptedCount: counts?.acceptedCount ?? 0,
  };
}

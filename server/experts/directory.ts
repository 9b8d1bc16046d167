import { QueryTypes, type Sequelize } from 'sequelize';
import { Tag, User } from '../../db/models';
import type { ExpertListing, Page, Profession } from '../contracts/dto';
import { notFound } from '../errors';
import { presentUserRef } from '../presenters';
import { decodeCursor, encodeCursor, isInt32 } from '../queries/cursor';
import { loadExpertTags } from './requests';

// The expert directory ranks by what the community's votes gave each expert, in the theme asked
// for (or overall): nothing an expert can buy, and no field that compares experts.

export interface DirectoryQuery {
  tag?: string;
  profession?: Profession;
  limit: number;
  cursor?: string;
}

const isDirectoryCursor = (value: unknown): value is { key: number; id: number } =>
  typeof value === 'object' &&
  value !== null &&
  isInt32((value as { key?: unknown }).key) &&
  isInt32((value as { id?: unknown }).id);

/**
 * Verified experts (not closed accounts). With a theme: those who declared it or earned
 * reputation in it, by that reputation; without: all, by overall reputation. Ties: the longest
 * registered first.
 */
export async function listExperts(sequelize: Sequelize, query: DirectoryQuery): Promise<Page<ExpertListing>> {
  const tag = query.tag ? await Tag.findOne({ where: { slug: query.tag }, attributes: ['id'] }) : null;
  if (query.tag && !tag) throw notFound('Thème inconnu.');
  const after = query.cursor ? decodeCursor(query.cursor, isDirectoryCursor) : null;
  const key = tag ? 'coalesce(r.reputation, 0)' : 'u.reputation';
  const rows = await sequelize.query<{ id: number; key: number }>(
    `SELECT u.id, ${key} AS key
     FROM expert_profiles p JOIN users u ON u.id = p.user_id
     LEFT JOIN user_tag_reputation r ON r.user_id = u.id AND r.tag_id = :tagId
     WHERE p.status = 'verified' AND u.expert_verified AND u.removed_at IS NULL
       ${query.profession ? 'AND p.profession = :profession' : ''}
       ${
         tag
           ? `AND (r.reputation > 0 OR EXISTS (
                SELECT 1 FROM expert_tags et WHERE et.user_id = u.id AND et.tag_id = :tagId))`
           : ''
       }
       ${after ? `AND (${key} < :afterKey OR (${key} = :afterKey AND u.id > :afterId))` : ''}
     ORDER BY key DESC, u.id ASC LIMIT :limit`,
    {
      replacements: {
        tagId: tag?.id ?? 0,
        profession: query.profession ?? null,
        afterKey: after?.key ?? 0,
        afterId: after?.id ?? 0,
        limit: query.limit + 1,
      },
      type: QueryTypes.SELECT,
    },
  );
  const page = rows.slice(0, query.limit);
  const ids = page.map((row) => row.id);
  const [users, tags, profiles, accepted] = await Promise.all([
    ids.length ? User.findAll({ where: { id: ids } }) : [],
    loadExpertTags(sequelize, ids),
    sequelize.query<{ user_id: number; areas: string[]; bio: string }>(
      `SELECT user_id, areas, bio FROM expert_profiles WHERE user_id IN (:ids)`,
      { replacements: { ids: ids.length ? ids : [0] }, type: QueryTypes.SELECT },
    ),
    acceptedCounts(sequelize, ids),
  ]);
  const userOf = new Map(users.map((u) => [u.id, u]));
  const profileOf = new Map(profiles.map((p) => [p.user_id, p]));
  const items = page.flatMap((row): ExpertListing[] => {
    const user = userOf.get(row.id);
    const profile = profileOf.get(row.id);
    if (!user || !profile) return [];
    return [
      {
        ...presentUserRef(user),
        areas: profile.areas,
        bio: profile.bio,
        tags: tags.get(row.id) ?? [],
        tagReputation: tag ? Number(row.key) : null,
        acceptedCount: accepted.get(row.id) ?? 0,
      },
    ];
  });
  const last = page.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: Number(last.key), id: last.id }) : null,
  };
}

/** Accepted public answers per user, counted as the profile counts them (presenters/profile.ts). */
async function acceptedCounts(sequelize: Sequelize, userIds: number[]): Promise<Map<number, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await sequelize.query<{ userId: number; count: number }>(
    `SELECT a.author_id AS "userId", count(*)::int AS count
     FROM answers a JOIN questions q ON q.id = a.question_id AND q.accepted_answer_id = a.id
     WHERE a.author_id IN (:userIds) AND NOT a.anonymous AND a.status = 'published' AND q.status = 'published'
     GROUP BY a.author_id`,
    { replacements: { userIds }, type: QueryTypes.SELECT },
  );
  return new Map(rows.map((row) => [row.userId, row.count]));
}

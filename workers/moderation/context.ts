import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { Answer, Question } from '../../db/models';
import { markdownToText } from '../../server/lib/markdown';
import type { Config } from '../../server/config';
import { FREE_LINKS } from '../../server/reputation/rules';
import type { CheckContext } from './checks/types';

// What the checks know of a post's author beyond the post: never who they are, only what they
// did lately and how far the community trusts them.

/** The post as the worker locked it: the model, which the decision then saves. */
export type PostUnderCheck = Question | Answer;

export async function lockPost(
  transaction: Transaction,
  targetType: 'question' | 'answer',
  id: number,
): Promise<PostUnderCheck | null> {
  const options = { transaction, lock: transaction.LOCK.UPDATE };
  return targetType === 'question' ? Question.findByPk(id, options) : Answer.findByPk(id, options);
}

export async function checkContextOf(
  sequelize: Sequelize,
  transaction: Transaction,
  post: PostUnderCheck,
  config: Pick<Config, 'reputation' | 'moderation'>,
): Promise<CheckContext> {
  const flood = { floodPerMinute: config.moderation.floodPerMinute, floodPerHour: config.moderation.floodPerHour };
  if (post.authorId === null) {
    return { maxLinks: FREE_LINKS, recentTexts: [], postsLastMinute: 0, postsLastHour: 0, ...flood };
  }
  // The author's reputation, and their posts of the day before this one was written: the texts,
  // and how many came in the minute and the hour before it. Measured from the post's own time,
  // not the check's: a worker behind its queue must neither count later posts nor miss a flood it
  // checks late.
  const rows = await sequelize.query<{ reputation: number; text: string | null; age: number | null }>(
    `SELECT u.reputation, p.text, p.age FROM users u
     LEFT JOIN LATERAL (
       SELECT coalesce(title || E'\\n\\n', '') || body AS text,
              extract(epoch FROM :createdAt::timestamptz - created_at) AS age
       FROM (
         SELECT title, body, created_at FROM questions
         WHERE author_id = u.id AND created_at > :createdAt::timestamptz - interval '1 day'
           AND created_at < :createdAt::timestamptz
         UNION ALL
         SELECT NULL, body, created_at FROM answers
         WHERE author_id = u.id AND created_at > :createdAt::timestamptz - interval '1 day'
           AND created_at < :createdAt::timestamptz
       ) posts
       ORDER BY created_at DESC LIMIT 200
     ) p ON true
     WHERE u.id = :authorId`,
    {
      replacements: { authorId: post.authorId, createdAt: post.createdAt },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  const recent = rows.filter((row): row is { reputation: number; text: string; age: number } => row.text !== null);
  const reputation = rows[0]?.reputation ?? 1;
  return {
    maxLinks: reputation >= config.reputation.privileges.manyLinks ? Number.POSITIVE_INFINITY : FREE_LINKS,
    recentTexts: recent.map((row) => markdownToText(row.text)),
    postsLastMinute: recent.filter((row) => Number(row.age) < 60).length,
    postsLastHour: recent.filter((row) => Number(row.age) < 3600).length,
    ...flood,
  };
}

/** A published question this one very probably repeats (trigram similarity of their titles). */
export async function likelyDuplicate(
  sequelize: Sequelize,
  transaction: Transaction,
  post: PostUnderCheck,
): Promise<{ id: number; title: string; similarity: number } | null> {
  if (!(post instanceof Question)) return null;
  const [row] = await sequelize.query<{ id: number; title: string; similarity: number }>(
    `SELECT id, title, similarity(title_plain, :plain) AS similarity FROM questions
     WHERE status = 'published' AND NOT live_active AND id <> :id AND title_plain % :plain
     ORDER BY similarity DESC LIMIT 1`,
    { replacements: { plain: post.titlePlain, id: post.id }, type: QueryTypes.SELECT, transaction },
  );
  return row && row.similarity >= DUPLICATE_SIMILARITY ? row : null;
}

/** Titles this close (pg_trgm similarity, 0..1) are the same question worded alike. */
export const DUPLICATE_SIMILARITY = 0.75;

import type { Sequelize, Transaction } from 'sequelize';
import type { PostStatus } from '../contracts/dto';

/**
 * Keeps a question's published-answer count in step when one of its answers changes status
 * (a single atomic UPDATE, so concurrent answers never lose a count).
 */
export async function syncAnswerCount(
  sequelize: Sequelize,
  questionId: number,
  from: PostStatus,
  to: PostStatus,
  transaction: Transaction,
): Promise<void> {
  const delta = (to === 'published' ? 1 : 0) - (from === 'published' ? 1 : 0);
  if (delta === 0) return;
  await sequelize.query(
    `UPDATE questions SET answer_count = answer_count + :delta
       ${delta > 0 ? ', last_activity_at = now()' : ''}
     WHERE id = :questionId`,
    { replacements: { delta, questionId }, transaction },
  );
}

/** An edit goes through the same checks as a new post, but never undoes a moderator's hiding. */
export function statusAfterEdit(current: PostStatus, onSubmit: PostStatus): PostStatus {
  return current === 'published' || current === 'pending' ? onSubmit : current;
}

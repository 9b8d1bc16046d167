import { QueryTypes } from 'sequelize';
import type { User } from '../../db/models';
import type { PostStatus, TargetType, VoteResult, VoteValue } from '../contracts/dto';
import { forbidden, notFound } from '../errors';
import type { CommandContext } from '../context';
import { inTransaction, scoreChanged } from './effects';

export interface VoteCasterProps {
  voter: User;
  targetType: TargetType;
  targetId: number;
  /** 1 up, -1 down, 0 withdraws. */
  value: VoteValue;
}

const tableOf = { question: 'questions', answer: 'answers' } as const;

/**
 * Exact under concurrency: the (voter, target) row is the unit of locking, and the score moves
 * by the difference between the old and the new vote in one atomic UPDATE of the same transaction.
 */
export async function voteCaster(
  ctx: CommandContext,
  { voter, targetType, targetId, value }: VoteCasterProps,
): Promise<VoteResult & { changed: boolean }> {
  const { sequelize } = ctx;
  return inTransaction(ctx, async (transaction, after) => {
    const [target] = await sequelize.query<{ author_id: number | null; status: PostStatus; question_id: number }>(
      `SELECT author_id, status, ${targetType === 'question' ? 'id' : 'question_id'} AS question_id
       FROM ${tableOf[targetType]} WHERE id = :targetId`,
      { replacements: { targetId }, type: QueryTypes.SELECT, transaction },
    );
    if (!target || target.status !== 'published') {
      throw notFound(targetType === 'question' ? 'Question introuvable.' : 'Réponse introuvable.');
    }
    if (target.author_id === voter.id)
      throw forbidden('Vous ne pouvez pas voter pour votre propre message.', 'own_post');

    const key = { voterId: voter.id, targetType, targetId };
    const lockExisting = () =>
      sequelize.query<{ value: number }>(
        `SELECT value FROM votes WHERE voter_id = :voterId AND target_type = :targetType AND target_id = :targetId FOR UPDATE`,
        { replacements: key, type: QueryTypes.SELECT, transaction },
      );

    // Called only while holding the row's lock.
    const writeVote = async (): Promise<void> => {
      await sequelize.query(
        value === 0
          ? `DELETE FROM votes WHERE voter_id = :voterId AND target_type = :targetType AND target_id = :targetId`
          : `UPDATE votes SET value = :value, updated_at = now()
             WHERE voter_id = :voterId AND target_type = :targetType AND target_id = :targetId`,
        { replacements: { ...key, value }, transaction },
      );
    };

    // Only ever write while holding the row's lock, or through an insert that could not have
    // overwritten anyone: a row seen missing may be inserted (or deleted again) by a concurrent
    // vote before we write, so a lost race means looking again, never an unlocked upsert.
    let previous = 0;
    for (;;) {
      const existing = await lockExisting();
      if (existing.length > 0) {
        previous = existing[0]!.value;
        if (previous !== value) await writeVote();
        break;
      }
      if (value === 0) break;
      // Two concurrent first votes: one inserts, the other waits on the unique key, then reads it.
      const inserted = await sequelize.query(
        `INSERT INTO votes (voter_id, target_type, target_id, value)
         VALUES (:voterId, :targetType, :targetId, :value)
         ON CONFLICT (voter_id, target_type, target_id) DO NOTHING RETURNING id`,
        { replacements: { ...key, value }, type: QueryTypes.SELECT, transaction },
      );
      if (inserted.length > 0) break;
    }

    const delta = value - previous;
    const [row] = await sequelize.query<{ score: number }>(
      delta === 0
        ? `SELECT score FROM ${tableOf[targetType]} WHERE id = :targetId`
        : `UPDATE ${tableOf[targetType]} SET score = score + :delta, score_version = score_version + 1
           WHERE id = :targetId RETURNING score`,
      { replacements: { delta, targetId }, type: QueryTypes.SELECT, transaction },
    );
    if (delta !== 0) scoreChanged(ctx, after, { targetType, targetId, questionId: target.question_id });
    return { score: row!.score, viewerVote: value, changed: delta !== 0 };
  });
}

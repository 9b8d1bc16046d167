import { QueryTypes, type Transaction } from 'sequelize';
import type { User } from '../../db/models';
import type { PostStatus, TargetType, VoteResult, VoteValue } from '../contracts/dto';
import { AppError, forbidden, notFound } from '../errors';
import { assertPrivilege } from '../policies/privileges';
import { recordReputationWork, type ReputationSubject } from '../reputation/outbox';
import { secondsUntilParisMidnight } from '../reputation/parisDay';
import { REPUTATION_TIME_ZONE } from '../reputation/rules';
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
const VOTER_LOCK_SPACE = 5151;

async function assertVotesLeftToday(
  ctx: CommandContext,
  voterId: number,
  value: 1 | -1,
  transaction: Transaction,
): Promise<void> {
  const rules = ctx.config.reputation;
  const limit = value === 1 ? rules.dailyUpvotes : rules.dailyDownvotes;
  const [row] = await ctx.sequelize.query<{ cast: number }>(
    `SELECT count(*)::int AS cast FROM votes
     WHERE voter_id = :voterId AND value = :value
       AND created_at >= date_trunc('day', now() AT TIME ZONE '${REPUTATION_TIME_ZONE}') AT TIME ZONE '${REPUTATION_TIME_ZONE}'`,
    { replacements: { voterId, value }, type: QueryTypes.SELECT, transaction },
  );
  if (row!.cast < limit) return;
  const retryAfter = secondsUntilParisMidnight(new Date());
  throw new AppError(
    429,
    'rate_limited',
    `Vous avez atteint la limite de ${limit} votes ${value === 1 ? 'positifs' : 'négatifs'} par jour : vous pourrez voter à nouveau demain.`,
    undefined,
    { 'Retry-After': String(retryAfter) },
  );
}

/**
 * Exact under concurrency: one voter's votes are serialised by a lock on the voter, and the
 * score moves by the difference between the old and the new vote in one atomic UPDATE of the
 * same transaction. A changed vote is a new vote (a new row, dated now); the old row goes, so
 * that the reputation worker reverses what the old one earned and applies the new one.
 */
export async function voteCaster(
  ctx: CommandContext,
  { voter, targetType, targetId, value }: VoteCasterProps,
): Promise<VoteResult & { changed: boolean }> {
  const { sequelize } = ctx;
  if (value !== 0) assertPrivilege(voter, value === 1 ? 'upvote' : 'downvote', ctx.config.reputation);
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
    await sequelize.query(`SELECT pg_advisory_xact_lock(${VOTER_LOCK_SPACE}, :voterId)`, {
      replacements: key,
      transaction,
    });
    const [existing] = await sequelize.query<{ id: number; value: -1 | 1 }>(
      `SELECT id, value FROM votes WHERE voter_id = :voterId AND target_type = :targetType AND target_id = :targetId`,
      { replacements: key, type: QueryTypes.SELECT, transaction },
    );
    const previous = existing?.value ?? 0;
    const subjects: ReputationSubject[] = [];
    if (previous !== value) {
      if (value !== 0) await assertVotesLeftToday(ctx, voter.id, value, transaction);
      if (existing) {
        await sequelize.query(`DELETE FROM votes WHERE id = :id`, { replacements: { id: existing.id }, transaction });
        subjects.push(`vote:${existing.id}`);
      }
      if (value !== 0) {
        const [inserted] = await sequelize.query<{ id: number }>(
          `INSERT INTO votes (voter_id, target_type, target_id, value)
           VALUES (:voterId, :targetType, :targetId, :value) RETURNING id`,
          { replacements: { ...key, value }, type: QueryTypes.SELECT, transaction },
        );
        subjects.push(`vote:${inserted!.id}`);
      }
    }

    const delta = value - previous;
    const [row] = await sequelize.query<{ score: number }>(
      delta === 0
        ? `SELECT score FROM ${tableOf[targetType]} WHERE id = :targetId`
        : `UPDATE ${tableOf[targetType]} SET score = score + :delta, score_version = score_version + 1
           WHERE id = :targetId RETURNING score`,
      { replacements: { delta, targetId }, type: QueryTypes.SELECT, transaction },
    );
    await recordReputationWork(ctx, transaction, after, subjects);
    if (delta !== 0) scoreChanged(ctx, after, { targetType, targetId, questionId: target.question_id });
    return { score: row!.score, viewerVote: value, changed: delta !== 0 };
  });
}

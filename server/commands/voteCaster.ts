import { QueryTypes, type Transaction } from 'sequelize';
import type { User } from '../../db/models';
import type { LiveQuestionState, PostStatus, TargetType, VoteResult, VoteValue } from '../contracts/dto';
import { AppError, conflict, forbidden, notFound } from '../errors';
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

/** The voter's current vote on the target, and how many votes they cast today (Paris). */
interface VoterState {
  id: number | null;
  value: -1 | 1 | null;
  upToday: number;
  downToday: number;
}

async function voterState(
  ctx: CommandContext,
  key: { voterId: number; targetType: TargetType; targetId: number },
  transaction: Transaction,
): Promise<VoterState> {
  const [row] = await ctx.sequelize.query<VoterState>(
    `SELECT e.id, e.value, t."upToday", t."downToday"
     FROM (
       SELECT count(*) FILTER (WHERE value = 1)::int AS "upToday", count(*) FILTER (WHERE value = -1)::int AS "downToday"
       FROM votes WHERE voter_id = :voterId
         AND created_at >= date_trunc('day', now() AT TIME ZONE '${REPUTATION_TIME_ZONE}') AT TIME ZONE '${REPUTATION_TIME_ZONE}'
     ) t
     LEFT JOIN votes e ON e.voter_id = :voterId AND e.target_type = :targetType AND e.target_id = :targetId`,
    { replacements: key, type: QueryTypes.SELECT, transaction },
  );
  return row!;
}

function assertVotesLeftToday(ctx: CommandContext, state: VoterState, value: 1 | -1): void {
  const rules = ctx.config.reputation;
  const limit = value === 1 ? rules.dailyUpvotes : rules.dailyDownvotes;
  if ((value === 1 ? state.upToday : state.downToday) < limit) return;
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
    const questionIdColumn = targetType === 'question' ? 't.id' : 't.question_id';
    // The session its question belongs to, while that session has not ended (docs/SESSIONS.md).
    const [target] = await sequelize.query<{
      author_id: number | null;
      status: PostStatus;
      question_id: number;
      live_session_id: number | null;
      live_state: LiveQuestionState | null;
    }>(
      `SELECT t.author_id, t.status, ${questionIdColumn} AS question_id, live.live_session_id, live.live_state
       FROM ${tableOf[targetType]} t
       LEFT JOIN questions live ON live.id = ${questionIdColumn} AND live.live_active
       WHERE t.id = :targetId`,
      { replacements: { targetId }, type: QueryTypes.SELECT, transaction },
    );
    if (!target || target.status !== 'published') {
      throw notFound(targetType === 'question' ? 'Question introuvable.' : 'Réponse introuvable.');
    }
    if (target.author_id === voter.id)
      throw forbidden('Vous ne pouvez pas voter pour votre propre message.', 'own_post');
    // In a running session the audience votes on the questions in play; withdrawing stays possible.
    if (
      targetType === 'question' &&
      value !== 0 &&
      target.live_state !== null &&
      target.live_state !== 'approved' &&
      target.live_state !== 'answering'
    ) {
      throw conflict('Les votes sont clos pour cette question de la session.', 'live_vote_closed');
    }

    const key = { voterId: voter.id, targetType, targetId };
    await sequelize.query(`SELECT pg_advisory_xact_lock(${VOTER_LOCK_SPACE}, :voterId)`, {
      replacements: key,
      transaction,
    });
    const state = await voterState(ctx, key, transaction);
    const previous = state.value ?? 0;
    const subjects: ReputationSubject[] = [];
    if (previous !== value) {
      if (value !== 0) assertVotesLeftToday(ctx, state, value);
      if (state.id !== null) {
        await sequelize.query(`DELETE FROM votes WHERE id = :id`, { replacements: { id: state.id }, transaction });
        subjects.push(`vote:${state.id}`);
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
    // The live count first among the after-commit steps: the audience is waiting for it.
    if (delta !== 0) {
      scoreChanged(ctx, after, {
        targetType,
        targetId,
        questionId: target.question_id,
        liveSessionId: target.live_session_id,
      });
    }
    await recordReputationWork(ctx, transaction, after, subjects);
    // Last before the commit: the target's row stays locked from this UPDATE to the commit, and
    // every other vote on it waits that long (a live session's hot question gets several a second).
    // It checks again what the first read checked: a moderator may have hidden the target, or
    // merged the session question into another, while this vote was on its way; the UPDATE then
    // reads the committed row, matches nothing, and the vote is undone with the reason.
    const votesOpen =
      targetType === 'question' && value !== 0
        ? `AND (NOT live_active OR live_state IS NULL OR live_state IN ('approved', 'answering'))`
        : '';
    const [row] = await sequelize.query<{ score: number }>(
      delta === 0
        ? `SELECT score FROM ${tableOf[targetType]} WHERE id = :targetId`
        : `UPDATE ${tableOf[targetType]} SET score = score + :delta, score_version = score_version + 1
           WHERE id = :targetId AND status = 'published' ${votesOpen} RETURNING score`,
      { replacements: { delta, targetId }, type: QueryTypes.SELECT, transaction },
    );
    if (!row) {
      const [now] = await sequelize.query<{ status: PostStatus }>(
        `SELECT status FROM ${tableOf[targetType]} WHERE id = :targetId`,
        { replacements: { targetId }, type: QueryTypes.SELECT, transaction },
      );
      if (now?.status !== 'published') {
        throw notFound(targetType === 'question' ? 'Question introuvable.' : 'Réponse introuvable.');
      }
      throw conflict('Les votes sont clos pour cette question de la session.', 'live_vote_closed');
    }
    return { score: row.score, viewerVote: value, changed: delta !== 0 };
  });
}

import type { Sequelize, Transaction } from 'sequelize';
import { Answer, Question } from '../../db/models';
import type { ModerationReason, PostStatus, TargetType } from '../contracts/dto';
import type { CommandContext } from '../context';
import { recordReputationWork } from '../reputation/outbox';
import { answerChanged, postStatusChanged, questionChanged, type AfterCommit } from './effects';
import { liveAnswerPublished, liveQuestionStatusChange } from '../sessions/queue';

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

export interface StatusChange {
  targetType: TargetType;
  targetId: number;
  status: PostStatus;
  /** What the author is told: why it is held or hidden; empty when published. */
  reasons: ModerationReason[];
}

/**
 * A moderation decision on a post (the automated checks, flags or a moderator), inside the
 * caller's transaction: its status and reasons, its question's answer count, its reputation and,
 * after commit, every screen that shows it and its author's.
 */
export async function changePostStatus(
  ctx: CommandContext,
  transaction: Transaction,
  after: AfterCommit,
  { targetType, targetId, status, reasons }: StatusChange,
  /** The post, when the caller already holds its row lock in this transaction. */
  locked?: Question | Answer,
): Promise<Question | Answer | null> {
  const post =
    locked ??
    (targetType === 'question'
      ? await Question.findByPk(targetId, { transaction, lock: transaction.LOCK.UPDATE })
      : await Answer.findByPk(targetId, { transaction, lock: transaction.LOCK.UPDATE }));
  if (!post || post.status === 'deleted') return null;
  // A question of a session that has not ended waits for the session's moderators (sessions/queue.ts).
  if (
    post instanceof Question &&
    post.liveActive &&
    (await liveQuestionStatusChange(ctx, transaction, after, post, { status, reasons }))
  ) {
    return post;
  }
  const previous = post.status;
  post.status = status;
  post.moderationReasons = reasons;
  post.checkPending = false;
  await post.save({ transaction });
  const published = previous !== 'published' && status === 'published';
  if (previous !== status) {
    await recordReputationWork(ctx, transaction, after, [`${targetType}:${targetId}`]);
    if (post instanceof Answer) {
      await syncAnswerCount(ctx.sequelize, post.questionId, previous, status, transaction);
      answerChanged(ctx, after, post, { created: published });
      if (published) await liveAnswerPublished(ctx, transaction, after, post);
    } else {
      if (published) after(() => ctx.queues.indexQuestion(targetId));
      questionChanged(ctx, after, targetId, published);
    }
  }
  postStatusChanged(ctx, after, { targetType, targetId, authorId: post.authorId, status, reasons });
  return post;
}

/** After commit, the post's new version goes to the moderation worker's checks. */
export function submitForChecks(
  ctx: CommandContext,
  after: AfterCommit,
  post: { id: number; updatedAt: Date },
  targetType: TargetType,
): void {
  after(() => ctx.queues.checkPosts([{ targetType, targetId: post.id, version: post.updatedAt.getTime() }]));
}

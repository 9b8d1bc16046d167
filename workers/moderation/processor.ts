import type { Job } from 'bullmq';
import { QueryTypes } from 'sequelize';
import type { ModerationJobs } from '../../server/contracts/jobs';
import type { ModerationReason } from '../../server/contracts/dto';
import type { CommandContext } from '../../server/context';
import { Question } from '../../db/models';
import { inTransaction } from '../../server/commands/effects';
import { changePostStatus } from '../../server/commands/postStatus';
import { caseChanged, openCase, openCasesOf, recordModerationAction } from '../../server/moderation/cases';
import { runChecks } from './checks';
import type { CheckResult } from './checks/types';
import { checkContextOf, likelyDuplicate, lockPost } from './context';
import { verdictOf, type Verdict } from './verdict';

export type CheckOutcome = Verdict | 'already_checked';

const toReason = ({ check, detail, score }: CheckResult): ModerationReason => ({ check, detail, score });

/**
 * The automated checks of one post awaiting them, in one transaction: publish it, publish it
 * and open a review case, or hold it (still pending, with the reasons its author is told and a
 * case for moderators). A post already checked (a duplicate or retried job) is left alone.
 */
export async function checkPost(
  ctx: CommandContext,
  targetType: 'question' | 'answer',
  targetId: number,
): Promise<CheckOutcome> {
  return inTransaction(ctx, async (transaction, after) => {
    const post = await lockPost(transaction, targetType, targetId);
    if (!post || !post.checkPending || post.status !== 'pending') return 'already_checked';
    const context = await checkContextOf(ctx.sequelize, transaction, post, ctx.config);
    const title = post instanceof Question ? post.title : null;
    const results = runChecks({ kind: targetType, title, body: post.body }, context);
    const duplicate = await likelyDuplicate(ctx.sequelize, transaction, post);
    if (duplicate) {
      results.push({
        check: 'duplicate_question',
        score: duplicate.similarity,
        detail: `Une question très proche existe déjà : « ${duplicate.title} » (n° ${duplicate.id}).`,
        duplicateQuestionId: duplicate.id,
      });
    }
    const { verdict, reasons } = verdictOf(results);
    const caseReasons = reasons.map(toReason);
    const open = await openCasesOf(ctx.sequelize, transaction, targetType, targetId);
    const autoCase = open.find((row) => row.kind === 'auto');

    if (verdict === 'hold') {
      await changePostStatus(
        ctx,
        transaction,
        after,
        { targetType, targetId, status: 'pending', reasons: caseReasons },
        post,
      );
      const held = await openCase(ctx.sequelize, transaction, {
        kind: 'auto',
        targetType,
        targetId,
        reasons: caseReasons,
        reasonsMerge: 'replace',
      });
      await recordModerationAction(ctx.sequelize, transaction, {
        moderatorId: null,
        action: 'hold',
        caseId: held.id,
        targetType,
        targetId,
        reason: caseReasons.map((reason) => reason.check).join(', '),
      });
      caseChanged(ctx, after, held.id);
      return verdict;
    }

    await changePostStatus(ctx, transaction, after, { targetType, targetId, status: 'published', reasons: [] }, post);
    if (verdict === 'review') {
      const review = await openCase(ctx.sequelize, transaction, {
        kind: 'auto',
        targetType,
        targetId,
        reasons: caseReasons,
        reasonsMerge: 'replace',
      });
      caseChanged(ctx, after, review.id);
    } else if (autoCase) {
      // Its author removed what held it: the case is settled by the checks themselves.
      await ctx.sequelize.query(
        `UPDATE moderation_cases SET status = 'resolved', decision = 'approve', resolved_at = now(), updated_at = now(),
                note = 'Corrigé par son auteur : publié après une nouvelle vérification automatique.'
         WHERE id = :id`,
        { replacements: { id: autoCase.id }, transaction },
      );
      caseChanged(ctx, after, autoCase.id);
    }
    return verdict;
  });
}

/** Posts whose check is older than this have lost their job (or their worker): enqueued again. */
const RECONCILE_AFTER_SECONDS = 5;

export async function reconcileChecks(ctx: CommandContext, { all = false } = {}): Promise<number> {
  await ctx.queues.moderation.retryJobs({ state: 'failed', count: 1_000 });
  const rows = await ctx.sequelize.query<{ targetType: 'question' | 'answer'; targetId: number; updatedAt: Date }>(
    `SELECT 'question' AS "targetType", id AS "targetId", updated_at AS "updatedAt" FROM questions
     WHERE check_pending AND updated_at < now() - make_interval(secs => :seconds)
     UNION ALL
     SELECT 'answer', id, updated_at FROM answers
     WHERE check_pending AND updated_at < now() - make_interval(secs => :seconds)
     LIMIT 5000`,
    { replacements: { seconds: all ? 0 : RECONCILE_AFTER_SECONDS }, type: QueryTypes.SELECT },
  );
  await ctx.queues.checkPosts(
    rows.map((row) => ({
      targetType: row.targetType,
      targetId: row.targetId,
      version: new Date(row.updatedAt).getTime(),
    })),
  );
  return rows.length;
}

export function moderationProcessor(ctx: CommandContext) {
  return async (job: Job): Promise<unknown> => {
    switch (job.name as keyof ModerationJobs) {
      case 'moderation.check': {
        const { targetType, targetId } = job.data as ModerationJobs['moderation.check'];
        return { outcome: await checkPost(ctx, targetType, targetId) };
      }
      case 'moderation.reconcile':
        return { requeued: await reconcileChecks(ctx, job.data as ModerationJobs['moderation.reconcile']) };
      default:
        throw new Error(`unknown moderation job ${job.name}`);
    }
  };
}

import { QueryTypes, type Transaction } from 'sequelize';
import { LiveSession, type Answer, type Question } from '../../db/models';
import type { ModerationReason, PostStatus } from '../contracts/dto';
import type { CommandContext } from '../context';
import { postStatusChanged, type AfterCommit } from '../commands/effects';
import { caseChanged, openCase } from '../moderation/cases';
import { sessionQuestionChanged } from './broadcast';

// How the platform's moderation decisions meet a session's queue. changePostStatus calls these
// for the questions and answers of sessions that have not ended; they never take a session lock
// (the post's row is locked already, and the session's end locks the session first, then its
// questions: taking them the other way round here could deadlock).

/**
 * A status decision on a session question. An audience question that passes the automated checks
 * (or whose hold a platform moderator lifts) is not published: it joins the session's queue, with
 * a `live_question` case for the session's organisation, and stays unseen by the public until the
 * session's moderators approve it. Returns true when it took the decision over.
 */
export async function liveQuestionStatusChange(
  ctx: CommandContext,
  transaction: Transaction,
  after: AfterCommit,
  question: Question,
  change: { status: PostStatus; reasons: ModerationReason[] },
): Promise<boolean> {
  if (question.liveState === 'pending' && change.status === 'published') {
    const session = await LiveSession.findByPk(question.liveSessionId!, { transaction });
    question.status = 'pending';
    question.moderationReasons = [];
    question.checkPending = false;
    question.liveQueuedAt ??= new Date();
    await question.save({ transaction });
    const opened = await openCase(ctx.sequelize, transaction, {
      kind: 'live_question',
      targetType: 'question',
      targetId: question.id,
      reasons: [],
      reasonsMerge: 'replace',
      organisationId: session?.organisationId ?? null,
    });
    caseChanged(ctx, after, opened.id);
    // Its author's screen stops showing what held it.
    postStatusChanged(ctx, after, {
      targetType: 'question',
      targetId: question.id,
      authorId: question.authorId,
      status: 'pending',
      reasons: [],
    });
    sessionQuestionChanged(ctx, after, question.id);
    return true;
  }
  if (question.liveState === 'pending') {
    if (change.status === 'hidden') {
      // Rejected by the platform's moderators: set aside in the session too, and never silently.
      question.liveState = 'dismissed';
      question.liveDismissReason = (change.reasons[0]?.detail ?? 'Question écartée par la modération.').slice(0, 500);
      await resolveLiveCase(ctx, transaction, after, question.id, 'reject', question.liveDismissReason);
    }
    // Held by the checks, or set aside: its asker's session screen says so, with the reasons.
    // (The session's own commands announce the changes they make themselves.)
    sessionQuestionChanged(ctx, after, question.id);
  }
  return false;
}

/** Closes the question's open `live_question` case, if any, with the decision taken. */
export async function resolveLiveCase(
  ctx: CommandContext,
  transaction: Transaction,
  after: AfterCommit,
  questionId: number,
  decision: 'approve' | 'reject',
  note: string | null,
  moderatorId: number | null = null,
): Promise<number | null> {
  const [row] = await ctx.sequelize.query<{ id: number }>(
    `UPDATE moderation_cases SET status = 'resolved', decision = :decision, note = :note,
            claimed_by = coalesce(claimed_by, :moderatorId), claimed_at = coalesce(claimed_at, now()),
            resolved_by = :moderatorId, resolved_at = now(), updated_at = now()
     WHERE kind = 'live_question' AND target_type = 'question' AND target_id = :questionId AND status <> 'resolved'
     RETURNING id`,
    {
      replacements: { questionId, decision, note, moderatorId },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  if (!row) return null;
  caseChanged(ctx, after, row.id);
  return row.id;
}

/**
 * An answer was published. When it answers a question of a session that has not ended and its
 * author is one of the session's experts, the question is answered: one statement, which
 * changes nothing for every other answer.
 */
export async function liveAnswerPublished(
  ctx: CommandContext,
  transaction: Transaction,
  after: AfterCommit,
  answer: Answer,
): Promise<void> {
  if (answer.authorId === null) return;
  const [row] = await ctx.sequelize.query<{ id: number }>(
    `UPDATE questions q SET live_state = 'answered', live_drafting_expert_id = NULL, live_drafting_at = NULL
     WHERE q.id = :questionId AND q.live_active AND q.live_state IN ('approved', 'answering')
       AND EXISTS (SELECT 1 FROM live_session_experts e WHERE e.session_id = q.live_session_id AND e.user_id = :authorId)
     RETURNING q.id`,
    {
      replacements: { questionId: answer.questionId, authorId: answer.authorId },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  if (row) sessionQuestionChanged(ctx, after, answer.questionId);
}

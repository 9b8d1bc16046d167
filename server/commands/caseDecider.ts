import { QueryTypes, type Transaction } from 'sequelize';
import type { User } from '../../db/models';
import type { CaseDecision, ModerationReason } from '../contracts/dto';
import { conflict, notFound } from '../errors';
import { caseChanged, findCase, recordModerationAction, type CaseRow } from '../moderation/cases';
import { assertCanModerate } from '../policies/moderation';
import type { CommandContext } from '../context';
import { assertNotOwnExpertCase, decideExpertCase } from '../experts/verification';
import { inTransaction } from './effects';
import { assertRunsSession } from '../sessions/access';
import { sessionQuestionChanged } from '../sessions/broadcast';
import { liveCaseResolver } from '../sessions/questions';
import { changePostStatus } from './postStatus';

// A moderator takes a case (so that two do not work on it at once), then decides it.

async function lockedCase(
  ctx: CommandContext,
  moderator: User,
  caseId: number,
  transaction: Transaction,
): Promise<CaseRow> {
  const row = await findCase(ctx.sequelize, caseId, transaction, true);
  if (!row) throw notFound('Dossier de modération introuvable.');
  assertCanModerate(moderator, row.organisation_id);
  // A session's queue belongs to its organisation's moderators (docs/SESSIONS.md).
  if (row.kind === 'live_question') assertRunsSession(moderator, { organisationId: row.organisation_id ?? 0 });
  if (row.status === 'resolved') throw conflict('Ce dossier est déjà traité.', 'case_resolved');
  if (row.kind === 'expert_verification') await assertNotOwnExpertCase(row, moderator, transaction);
  if (row.claimed_by !== null && row.claimed_by !== moderator.id) {
    const [holder] = await ctx.sequelize.query<{ pseudonym: string }>('SELECT pseudonym FROM users WHERE id = :id', {
      replacements: { id: row.claimed_by },
      type: QueryTypes.SELECT,
      transaction,
    });
    throw conflict(
      `Ce dossier est déjà pris en charge par ${holder?.pseudonym ?? 'un autre modérateur'}.`,
      'already_claimed',
    );
  }
  return row;
}

/** Claims a case: 409 when another moderator holds it; claiming one's own case again is harmless. */
export async function caseClaimer(ctx: CommandContext, moderator: User, caseId: number): Promise<void> {
  await inTransaction(ctx, async (transaction, after) => {
    const row = await lockedCase(ctx, moderator, caseId, transaction);
    if (row.claimed_by === moderator.id) return;
    await ctx.sequelize.query(
      `UPDATE moderation_cases SET status = 'claimed', claimed_by = :moderatorId, claimed_at = now(), updated_at = now()
       WHERE id = :caseId`,
      { replacements: { caseId, moderatorId: moderator.id }, transaction },
    );
    await recordModerationAction(ctx.sequelize, transaction, {
      moderatorId: moderator.id,
      action: 'claim',
      caseId,
      targetType: row.target_type,
      targetId: row.target_id,
    });
    caseChanged(ctx, after, caseId);
    if (row.kind === 'live_question' && row.target_id !== null) sessionQuestionChanged(ctx, after, row.target_id);
  });
}

const DEFAULT_REJECTION = 'Votre message ne respecte pas la charte de la plateforme.';

/**
 * Approving publishes the post (and pushes it); rejecting hides it and tells its author why. On
 * an expert request, approving grants the badge and rejecting refuses it, with the note
 * (server/experts/verification.ts). The moderator need not have claimed the case first, but
 * cannot take it from another.
 */
export async function caseResolver(
  ctx: CommandContext,
  moderator: User,
  caseId: number,
  { decision, note }: { decision: CaseDecision; note: string | null },
): Promise<void> {
  const pending = await findCase(ctx.sequelize, caseId);
  // A session question is approved or dismissed as in its session's queue, with the same rules.
  if (pending?.kind === 'live_question') return liveCaseResolver(ctx, moderator, pending, { decision, note });
  await inTransaction(ctx, async (transaction, after) => {
    const row = await lockedCase(ctx, moderator, caseId, transaction);
    await ctx.sequelize.query(
      `UPDATE moderation_cases SET status = 'resolved', decision = :decision, note = :note,
              claimed_by = :moderatorId, claimed_at = coalesce(claimed_at, now()),
              resolved_by = :moderatorId, resolved_at = now(), updated_at = now()
       WHERE id = :caseId`,
      { replacements: { caseId, decision, note, moderatorId: moderator.id }, transaction },
    );
    let subjectUserId: number | null = null;
    if (row.kind === 'expert_verification') {
      ({ subjectUserId } = await decideExpertCase(ctx, transaction, after, moderator, row, { decision, note }));
    } else if (row.target_type && row.target_id !== null) {
      const reasons: ModerationReason[] =
        decision === 'approve' ? [] : [{ check: 'moderation', detail: note ?? DEFAULT_REJECTION }];
      await changePostStatus(ctx, transaction, after, {
        targetType: row.target_type,
        targetId: row.target_id,
        status: decision === 'approve' ? 'published' : 'hidden',
        reasons,
      });
    }
    await recordModerationAction(ctx.sequelize, transaction, {
      moderatorId: moderator.id,
      action: decision,
      caseId,
      targetType: row.target_type,
      targetId: row.target_id,
      subjectUserId,
      reason: note ?? '',
    });
    caseChanged(ctx, after, caseId);
  });
}

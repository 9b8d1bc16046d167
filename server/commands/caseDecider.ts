import { QueryTypes, type Transaction } from 'sequelize';
import type { User } from '../../db/models';
import type { CaseDecision, ModerationReason } from '../contracts/dto';
import { conflict, notFound } from '../errors';
import { caseChanged, findCase, recordModerationAction, type CaseRow } from '../moderation/cases';
import { assertCanModerate } from '../policies/moderation';
import type { CommandContext } from '../context';
import { inTransaction } from './effects';
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
  if (row.status === 'resolved') throw conflict('Ce dossier est déjà traité.', 'case_resolved');
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
  });
}

const DEFAULT_REJECTION = 'Votre message ne respecte pas la charte de la plateforme.';

/**
 * Approving publishes the post (and pushes it); rejecting hides it and tells its author why.
 * The moderator need not have claimed the case first, but cannot take it from another.
 */
export async function caseResolver(
  ctx: CommandContext,
  moderator: User,
  caseId: number,
  { decision, note }: { decision: CaseDecision; note: string | null },
): Promise<void> {
  await inTransaction(ctx, async (transaction, after) => {
    const row = await lockedCase(ctx, moderator, caseId, transaction);
    await ctx.sequelize.query(
      `UPDATE moderation_cases SET status = 'resolved', decision = :decision, note = :note,
              claimed_by = :moderatorId, claimed_at = coalesce(claimed_at, now()),
              resolved_by = :moderatorId, resolved_at = now(), updated_at = now()
       WHERE id = :caseId`,
      { replacements: { caseId, decision, note, moderatorId: moderator.id }, transaction },
    );
    if (row.target_type && row.target_id !== null) {
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
      reason: note ?? '',
    });
    caseChanged(ctx, after, caseId);
  });
}

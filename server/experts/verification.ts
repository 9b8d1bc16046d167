import { QueryTypes, type Transaction } from 'sequelize';
import { ExpertProfile, User } from '../../db/models';
import type { CaseDecision, ExpertRegister, ExpertRequest, Profession } from '../contracts/dto';
import type { CommandContext } from '../context';
import { authorBadgeChanged, inTransaction, type AfterCommit } from '../commands/effects';
import { notifyUser } from '../commands/notifier';
import { resolveTags } from '../commands/tagResolver';
import { isErased } from '../commands/accountClosing';
import { conflict, forbidden, notFound, validationFailed } from '../errors';
import { caseChanged, openCase, recordModerationAction, type CaseRow } from '../moderation/cases';
import { isPlatformModerator } from '../policies/moderation';
import { PROFESSION_LABELS } from './registers';
import { presentExpertRequest } from './requests';

// The expert badge: a member asks (a moderation case), a platform moderator checks the official
// register and decides, and may later revoke it. The badge shown on posts is cached on `users`
// and moves only here (and on erasure).

export interface ExpertRequestInput {
  profession: Profession;
  register: ExpertRegister;
  registerName: string;
  registrationNumber: string;
  areas: string[];
  bio: string;
  tags: string[];
}

/**
 * `POST /api/me/expert`: the request becomes an `expert_verification` case for the platform's
 * moderators. One request at a time; a verified expert has nothing to ask; after a refusal or a
 * revocation the member may ask again, which starts a new request (and a new case).
 */
export async function expertRequester(
  ctx: CommandContext,
  member: User,
  input: ExpertRequestInput,
): Promise<ExpertRequest> {
  if (member.expertVerified) throw conflict('Vous êtes déjà expert vérifié.', 'already_expert');
  const { sequelize } = ctx;
  return inTransaction(ctx, async (transaction, after) => {
    const tags = await resolveTags(input.tags, transaction);
    // One statement decides whether a request may start, so two sent at once make one request.
    const [started] = await sequelize.query<{ user_id: number }>(
      `INSERT INTO expert_profiles (user_id, profession, register, register_name, registration_number, areas, bio)
       VALUES (:userId, :profession, :register, :registerName, :registrationNumber, ARRAY[:areas]::text[], :bio)
       ON CONFLICT (user_id) DO UPDATE SET
         profession = EXCLUDED.profession, register = EXCLUDED.register, register_name = EXCLUDED.register_name,
         registration_number = EXCLUDED.registration_number, areas = EXCLUDED.areas, bio = EXCLUDED.bio,
         status = 'requested', case_id = NULL, decided_by = NULL, decided_at = NULL, decision_note = NULL,
         created_at = now(), updated_at = now()
       WHERE expert_profiles.status IN ('rejected', 'revoked')
       RETURNING user_id`,
      { replacements: { userId: member.id, ...input }, type: QueryTypes.SELECT, transaction },
    );
    if (!started) {
      const existing = await ExpertProfile.findByPk(member.id, { transaction });
      if (existing?.status === 'verified') throw conflict('Vous êtes déjà expert vérifié.', 'already_expert');
      throw conflict(
        'Votre demande de statut d’expert est en cours d’examen : attendez la décision avant d’en envoyer une autre.',
        'expert_request_pending',
      );
    }
    await sequelize.query(`DELETE FROM expert_tags WHERE user_id = :userId`, {
      replacements: { userId: member.id },
      transaction,
    });
    await sequelize.query(
      `INSERT INTO expert_tags (user_id, tag_id, position)
       SELECT :userId, tag_id, ord - 1 FROM unnest(ARRAY[:tagIds]::int[]) WITH ORDINALITY AS t(tag_id, ord)`,
      { replacements: { userId: member.id, tagIds: tags.map((t) => t.id) }, transaction },
    );
    const opened = await openCase(sequelize, transaction, {
      kind: 'expert_verification',
      targetType: null,
      targetId: null,
      reasons: [
        {
          check: 'expert_request',
          detail: `${PROFESSION_LABELS[input.profession]} — ${input.registerName}, n° ${input.registrationNumber}`,
        },
      ],
      reasonsMerge: 'replace',
      // The platform's moderators check experts, never a partner organisation.
      organisationId: null,
    });
    const profile = (await ExpertProfile.findByPk(member.id, { transaction }))!;
    profile.caseId = opened.id;
    await profile.save({ transaction });
    caseChanged(ctx, after, opened.id);
    return presentExpertRequest(
      profile,
      tags.map((t) => t.slug),
    );
  });
}

/** A moderator never decides on their own badge, nor holds that case. */
export async function assertNotOwnExpertCase(row: CaseRow, moderator: User, transaction: Transaction): Promise<void> {
  const profile = await ExpertProfile.findOne({ where: { caseId: row.id }, attributes: ['userId'], transaction });
  if (profile?.userId === moderator.id) {
    throw forbidden('Un autre modérateur doit examiner votre propre demande de statut d’expert.', 'own_request');
  }
}

/**
 * Decides an `expert_verification` case inside the resolver's transaction. Approving verifies
 * the profile and sets the badge (and the `expert` role, unless the member moderates); rejecting
 * needs a note, which the member reads. Returns whom the decision was about, for the log. A
 * request no longer waiting (the member erased their account) just closes its case.
 */
export async function decideExpertCase(
  ctx: CommandContext,
  transaction: Transaction,
  after: AfterCommit,
  moderator: User,
  row: CaseRow,
  { decision, note }: { decision: CaseDecision; note: string | null },
): Promise<{ subjectUserId: number | null }> {
  const profile = await ExpertProfile.findOne({
    where: { caseId: row.id },
    transaction,
    lock: transaction.LOCK.UPDATE,
  });
  if (!profile || profile.status !== 'requested') return { subjectUserId: profile?.userId ?? null };
  if (decision === 'reject' && !note) {
    throw validationFailed('Indiquez au membre la raison du refus dans la note.', [
      { path: 'body.note', message: 'Une note est obligatoire pour refuser une demande de statut d’expert.' },
    ]);
  }
  const member = await User.findByPk(profile.userId, { transaction, lock: transaction.LOCK.UPDATE });
  if (!member || member.removedAt) return { subjectUserId: profile.userId };

  profile.set({
    status: decision === 'approve' ? 'verified' : 'rejected',
    decidedBy: moderator.id,
    decidedAt: new Date(),
    decisionNote: note,
  });
  await profile.save({ transaction });
  if (decision === 'approve') {
    member.set({
      expertProfession: profile.profession,
      expertVerified: true,
      expertRegisterName: profile.registerName,
      // A moderator or an admin keeps their role: the badge says they are an expert too.
      role: member.role === 'member' ? 'expert' : member.role,
    });
    await member.save({ transaction });
    authorBadgeChanged(ctx, after, member.id);
  }
  await notifyUser(ctx, transaction, after, member.id, decision === 'approve' ? 'expert_verified' : 'expert_rejected', {
    profession: profile.profession,
    note,
  });
  return { subjectUserId: member.id };
}

/**
 * `POST /api/moderation/experts/:id/revoke`: the platform's moderators withdraw a badge, with a
 * reason the expert reads and the log keeps. Their posts lose the badge and the notice at once.
 */
export async function expertRevoker(
  ctx: CommandContext,
  moderator: User,
  userId: number,
  reason: string,
): Promise<User> {
  if (!isPlatformModerator(moderator)) {
    throw forbidden('Seule la modération de la plateforme peut retirer un badge d’expert.');
  }
  return inTransaction(ctx, async (transaction, after) => {
    const user = await User.findByPk(userId, { transaction, lock: transaction.LOCK.UPDATE });
    if (!user || isErased(user)) throw notFound('Utilisateur introuvable.');
    if (!user.expertVerified || !user.expertProfession) {
      throw conflict('Ce membre n’est pas expert vérifié.', 'not_expert');
    }
    const profession = user.expertProfession;
    const profile = await ExpertProfile.findByPk(userId, { transaction, lock: transaction.LOCK.UPDATE });
    if (profile) {
      profile.set({ status: 'revoked', decidedBy: moderator.id, decidedAt: new Date(), decisionNote: reason });
      await profile.save({ transaction });
    }
    user.set({
      expertProfession: null,
      expertVerified: false,
      expertRegisterName: null,
      role: user.role === 'expert' ? 'member' : user.role,
    });
    await user.save({ transaction });
    await recordModerationAction(ctx.sequelize, transaction, {
      moderatorId: moderator.id,
      action: 'revoke_expert',
      subjectUserId: userId,
      reason,
    });
    await notifyUser(ctx, transaction, after, userId, 'expert_revoked', { profession, note: reason });
    authorBadgeChanged(ctx, after, userId);
    return user;
  });
}

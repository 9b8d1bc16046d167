import { QueryTypes, type Transaction } from 'sequelize';
import { User } from '../../db/models';
import type { UserRef } from '../contracts/dto';
import { forbidden, notFound } from '../errors';
import { findCase, recordModerationAction } from '../moderation/cases';
import { isPlatformModerator } from '../policies/moderation';
import { presentUserRef } from '../presenters';
import type { CommandContext } from '../context';
import { inTransaction } from './effects';

// Sanctions on people, not posts: a suspension (no posting, voting or flagging until it ends)
// and, for admins only, revealing who wrote an anonymous post. Both go to the moderation log.

export interface SuspensionProps {
  days: number;
  reason: string;
}

async function suspend(
  ctx: CommandContext,
  transaction: Transaction,
  moderator: User,
  userId: number,
  { days, reason }: SuspensionProps,
  from: { caseId: number | null; targetType: 'question' | 'answer' | null; targetId: number | null },
): Promise<Date> {
  if (!isPlatformModerator(moderator))
    throw forbidden('Seule la modération de la plateforme peut suspendre un compte.');
  const user = await User.findByPk(userId, { transaction, lock: transaction.LOCK.UPDATE });
  if (!user) throw notFound('Utilisateur introuvable.');
  if (user.id === moderator.id) throw forbidden('Vous ne pouvez pas suspendre votre propre compte.');
  if (user.isModerator && moderator.role !== 'admin') {
    throw forbidden('Seule l’équipe de l’État peut suspendre un modérateur.');
  }
  const until = new Date(Date.now() + days * 86_400_000);
  // A new suspension never shortens one already running.
  if (!user.suspendedUntil || user.suspendedUntil < until) user.suspendedUntil = until;
  await user.save({ transaction });
  await recordModerationAction(ctx.sequelize, transaction, {
    moderatorId: moderator.id,
    action: 'suspend',
    subjectUserId: user.id,
    reason: `${reason} (${days} jour${days > 1 ? 's' : ''})`,
    ...from,
  });
  return user.suspendedUntil!;
}

export async function userSuspender(
  ctx: CommandContext,
  moderator: User,
  userId: number,
  props: SuspensionProps,
): Promise<Date> {
  return inTransaction(ctx, (transaction) =>
    suspend(ctx, transaction, moderator, userId, props, { caseId: null, targetType: null, targetId: null }),
  );
}

async function authorOfCase(
  ctx: CommandContext,
  caseId: number,
  transaction: Transaction,
): Promise<{ authorId: number; targetType: 'question' | 'answer'; targetId: number }> {
  const row = await findCase(ctx.sequelize, caseId, transaction);
  if (!row || !row.target_type || row.target_id === null) throw notFound('Dossier de modération introuvable.');
  const [post] = await ctx.sequelize.query<{ authorId: number | null }>(
    `SELECT author_id AS "authorId" FROM ${row.target_type === 'question' ? 'questions' : 'answers'} WHERE id = :id`,
    { replacements: { id: row.target_id }, type: QueryTypes.SELECT, transaction },
  );
  if (!post || post.authorId === null) throw notFound('L’auteur de ce message n’a plus de compte.');
  return { authorId: post.authorId, targetType: row.target_type, targetId: row.target_id };
}

/** Suspends a case's author, anonymous or not, without telling the moderator who it is. */
export async function caseAuthorSuspender(
  ctx: CommandContext,
  moderator: User,
  caseId: number,
  props: SuspensionProps,
): Promise<Date> {
  return inTransaction(ctx, async (transaction) => {
    const { authorId, targetType, targetId } = await authorOfCase(ctx, caseId, transaction);
    return suspend(ctx, transaction, moderator, authorId, props, { caseId, targetType, targetId });
  });
}

/** Admins only, one case at a time, with a reason kept in the log. */
export async function caseAuthorRevealer(
  ctx: CommandContext,
  admin: User,
  caseId: number,
  reason: string,
): Promise<UserRef> {
  if (admin.role !== 'admin') throw forbidden('Seule l’équipe de l’État peut lever l’anonymat d’un auteur.');
  return inTransaction(ctx, async (transaction) => {
    const { authorId, targetType, targetId } = await authorOfCase(ctx, caseId, transaction);
    const author = await User.findByPk(authorId, { transaction });
    await recordModerationAction(ctx.sequelize, transaction, {
      moderatorId: admin.id,
      action: 'reveal_author',
      caseId,
      targetType,
      targetId,
      subjectUserId: authorId,
      reason,
    });
    return presentUserRef(author!);
  });
}

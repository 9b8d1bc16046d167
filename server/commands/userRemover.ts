import { User } from '../../db/models';
import { conflict, forbidden, notFound } from '../errors';
import { recordReputationWork } from '../reputation/outbox';
import type { CommandContext } from '../context';
import { inTransaction } from './effects';

export interface UserRemoverProps {
  admin: User;
  userId: number;
  reason: string;
}

/**
 * Removes an account for abuse (admins only): it can no longer log in, and the reputation its
 * votes gave or cost is taken back (the votes stay in the scores). Its posts stay as they are:
 * moderators deal with each through its case.
 */
export async function userRemover(ctx: CommandContext, { admin, userId, reason }: UserRemoverProps): Promise<User> {
  if (admin.role !== 'admin') throw forbidden('Seule l’équipe de l’État peut supprimer un compte.');
  if (admin.id === userId) throw forbidden('Vous ne pouvez pas supprimer votre propre compte ainsi.');
  return inTransaction(ctx, async (transaction, after) => {
    const user = await User.findByPk(userId, { transaction, lock: transaction.LOCK.UPDATE });
    if (!user) throw notFound('Utilisateur introuvable.');
    if (user.removedAt) throw conflict('Ce compte est déjà supprimé.', 'already_removed');
    user.removedAt = new Date();
    user.removalReason = reason;
    await user.save({ transaction });
    await ctx.sequelize.query(
      `UPDATE votes SET void_reason = 'voter_removed' WHERE voter_id = :userId AND void_reason IS NULL`,
      { replacements: { userId }, transaction },
    );
    await recordReputationWork(ctx, transaction, after, [`voter:${userId}`]);
    return user;
  });
}

import type { User } from '../../db/models';
import { forbidden } from '../errors';
import { recordReputationWork } from '../reputation/outbox';
import type { CommandContext } from '../context';
import { closeAccount } from './accountClosing';
import { inTransaction } from './effects';

export interface UserRemoverProps {
  admin: User;
  userId: number;
  reason: string;
}

/**
 * Removes an account for abuse (admins only): it can no longer log in, and the reputation its
 * votes gave or cost is taken back (the votes stay in the scores). Its posts stay as they are:
 * moderators deal with each through its case. (Erasure at the owner's request is accountEraser:
 * it punishes nobody.)
 */
export async function userRemover(ctx: CommandContext, { admin, userId, reason }: UserRemoverProps): Promise<User> {
  if (admin.role !== 'admin') throw forbidden('Seule l’équipe de l’État peut supprimer un compte.');
  if (admin.id === userId) throw forbidden('Vous ne pouvez pas supprimer votre propre compte ainsi.');
  return inTransaction(ctx, async (transaction, after) => {
    const user = await closeAccount(transaction, userId, { removalReason: reason });
    await ctx.sequelize.query(
      `UPDATE votes SET void_reason = 'voter_removed' WHERE voter_id = :userId AND void_reason IS NULL`,
      { replacements: { userId }, transaction },
    );
    await recordReputationWork(ctx, transaction, after, [`voter:${userId}`]);
    return user;
  });
}

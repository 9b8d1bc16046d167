import type { InferAttributes, Transaction } from 'sequelize';
import { User } from '../../db/models';
import { conflict, notFound } from '../errors';

// An account ends in one of two ways: an admin removes it for abuse (userRemover), or its owner
// erases it (accountEraser). Both close it the same way, `removed_at` set under the row lock,
// which is what every other part already reads: each of its sessions ends at its next request
// (middlewares/viewer.ts), the socket handshake ignores it, and the reputation worker writes it
// no more notifications. What else happens is each command's own business.

/** Locks the account, refuses one already closed, and closes it with the command's changes. */
export async function closeAccount(
  transaction: Transaction,
  userId: number,
  changes: Partial<InferAttributes<User>>,
): Promise<User> {
  const user = await User.findByPk(userId, { transaction, lock: transaction.LOCK.UPDATE });
  if (!user) throw notFound('Utilisateur introuvable.');
  if (user.removedAt) throw conflict('Ce compte est déjà supprimé.', 'already_removed');
  user.set({ ...changes, removedAt: new Date() });
  await user.save({ transaction });
  return user;
}

/**
 * Erased at its owner's request: closed without a removal reason, which an admin's removal
 * always has (its route requires one). Nothing about the person is left to show.
 */
export function isErased(user: User): boolean {
  return user.removedAt !== null && user.removalReason === null;
}

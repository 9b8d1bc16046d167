import type { Transaction } from 'sequelize';
import type { CommandContext } from '../context';

/**
 * What must follow a committed change to a question or its answers. Registered on the
 * transaction, so nothing happens for a rollback; never fails the request (see each callee).
 */
export function questionChanged(ctx: CommandContext, transaction: Transaction, questionId: number): void {
  transaction.afterCommit(() => ctx.pageCache.invalidate(questionId));
}

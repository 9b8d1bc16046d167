import { QueryTypes, type Transaction } from 'sequelize';
import type { AfterCommit } from '../commands/effects';
import type { CommandContext } from '../context';

/**
 * What a change asks the reputation worker to look at again: one vote, a question (its
 * acceptance, its status and its answers' votes), an answer (its status, its votes, the answer
 * notification) or a voter (all of their votes).
 */
export type ReputationSubject = `vote:${number}` | `question:${number}` | `answer:${number}` | `voter:${number}`;

/**
 * Records the work in the change's own transaction, then enqueues it after commit. If Redis
 * loses the job, the row stays in `reputation_outbox` and the reconciler enqueues it again.
 */
export async function recordReputationWork(
  ctx: CommandContext,
  transaction: Transaction,
  after: AfterCommit,
  subjects: ReputationSubject[],
): Promise<void> {
  if (subjects.length === 0) return;
  const rows = await ctx.sequelize.query<{ id: string }>(
    `INSERT INTO reputation_outbox (subject) SELECT unnest(ARRAY[:subjects]::text[]) RETURNING id`,
    { replacements: { subjects }, type: QueryTypes.SELECT, transaction },
  );
  after(() => ctx.queues.applyReputation(rows.map((row) => row.id)));
}

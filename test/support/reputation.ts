import { Worker } from 'bullmq';
import { QueryTypes } from 'sequelize';
import { QUEUE_NAMES } from '../../server/contracts/jobs';
import { bullConnection } from '../../server/queues';
import type { ReputationRules } from '../../server/reputation/rules';
import { reputationProcessor, type ReputationDeps } from '../../workers/reputation/processor';
import { testEnv } from './hooks';

/** What the worker of a test runs with: the app's own connections and, unless given, its rules. */
export function reputationDeps(rules?: ReputationRules): ReputationDeps {
  const { ctx } = testEnv();
  return {
    sequelize: ctx.sequelize,
    queues: ctx.queues,
    realtime: ctx.realtime,
    rules: rules ?? ctx.config.reputation,
    logger: ctx.logger,
  };
}

export interface RunningReputationWorker {
  worker: Worker;
  /** Resolves once every recorded change has been applied (the outbox is empty). */
  drained(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A real BullMQ worker on the reputation queue, in this process, as workers/index.ts runs it. */
export async function startReputationWorker(
  options: { rules?: ReputationRules; concurrency?: number } = {},
): Promise<RunningReputationWorker> {
  const connection = bullConnection(testEnv().ctx.config.redisUrl);
  const worker = new Worker(QUEUE_NAMES.reputation, reputationProcessor(reputationDeps(options.rules)), {
    connection,
    concurrency: options.concurrency ?? 10,
  });
  await worker.waitUntilReady();
  return {
    worker,
    drained: (timeoutMs) => outboxDrained(timeoutMs),
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}

export async function outboxSize(): Promise<number> {
  const [row] = await testEnv().ctx.sequelize.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM reputation_outbox',
    { type: QueryTypes.SELECT },
  );
  return row!.count;
}

export async function outboxDrained(timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await outboxSize()) > 0) {
    if (Date.now() > deadline) throw new Error(`reputation outbox not drained within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface LedgerRow {
  userId: number;
  unit: string;
  amount: number;
  reason: string;
  reversal: string | null;
  day: string;
}

export async function ledgerOf(userId: number): Promise<LedgerRow[]> {
  return testEnv().ctx.sequelize.query<LedgerRow>(
    `SELECT user_id AS "userId", unit, amount, reason, reversal, to_char(day, 'YYYY-MM-DD') AS day
     FROM reputation_events WHERE user_id = :userId ORDER BY id`,
    { replacements: { userId }, type: QueryTypes.SELECT },
  );
}

/** The cached total, and the earned sum it is made of. */
export async function reputationOf(userId: number): Promise<number> {
  const [row] = await testEnv().ctx.sequelize.query<{ reputation: number }>(
    'SELECT reputation FROM users WHERE id = :userId',
    { replacements: { userId }, type: QueryTypes.SELECT },
  );
  return row!.reputation;
}

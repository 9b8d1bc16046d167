import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { loadConfig } from '../server/config';
import { createSequelize } from '../db';
import { migrate } from '../db/migrator';
import { QUEUE_NAMES } from '../server/contracts/jobs';
import { bullConnection, Queues } from '../server/queues';
import { createLogger } from '../server/observability/logger';
import { ensureServices, exitOnServiceError } from '../server/infra/services';
import { RealtimePublisher } from '../server/realtime/publisher';
import { searchProcessor } from './search/processor';
import { reputationProcessor } from './reputation/processor';
import { moderationProcessor } from './moderation/processor';
import { sessionsProcessor } from './sessions/processor';
import { QuestionPageCache } from '../server/cache/questionPageCache';
import type { CommandContext } from '../server/context';

const HOUR_MS = 60 * 60 * 1000;
const RECONCILE_EVERY_MS = 30_000;
const SERIAL_VOTING_EVERY_MS = 5 * 60_000;
/** How late, at most, subscribers learn that a session's questions opened. */
const SESSION_OPENING_EVERY_MS = 15_000;

async function main(): Promise<void> {
  const config = loadConfig();
  await ensureServices(config.databaseUrl, config.redisUrl);
  const logger = createLogger(config.logLevel, 'workers');
  const sequelize = createSequelize({ url: config.databaseUrl, poolMax: 12 });
  await migrate(sequelize);
  const queues = new Queues(config.redisUrl, logger);
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  redis.on('error', (err) => logger.warn({ err }, 'redis connection error'));
  const realtime = new RealtimePublisher(redis, logger, config.sessionSecret);
  const reputationDeps = { sequelize, queues, realtime, rules: config.reputation, logger };
  // Jobs that publish or hide posts run the server's own commands and effects.
  const commands: CommandContext = {
    config,
    sequelize,
    queues,
    realtime,
    logger,
    pageCache: new QuestionPageCache(redis, logger),
  };

  const workers = [
    new Worker(QUEUE_NAMES.search, searchProcessor(sequelize), {
      connection: bullConnection(config.redisUrl),
      concurrency: 4,
    }),
    // Jobs spend most of their time waiting on PostgreSQL: several run at once, each serialised
    // per user by the ledger's locks.
    new Worker(QUEUE_NAMES.reputation, reputationProcessor(reputationDeps), {
      connection: bullConnection(config.redisUrl),
      concurrency: 10,
    }),
    new Worker(QUEUE_NAMES.moderation, moderationProcessor(commands), {
      connection: bullConnection(config.redisUrl),
      concurrency: 8,
    }),
    new Worker(QUEUE_NAMES.sessions, sessionsProcessor(commands), {
      connection: bullConnection(config.redisUrl),
      concurrency: 1,
    }),
  ];
  for (const worker of workers) {
    worker.on('failed', (job, err) => logger.warn({ err, job: job?.name, jobId: job?.id }, 'job failed'));
    worker.on('error', (err) => logger.warn({ err }, 'worker error'));
  }
  // Reconciliation: at start and every hour, so that nothing lost with Redis stays lost.
  await queues.search.upsertJobScheduler('search-rebuild', { every: HOUR_MS }, { name: 'search.rebuild', data: {} });
  await queues.search.add('search.rebuild', {});
  await queues.reputation.upsertJobScheduler(
    'reputation-reconcile',
    { every: RECONCILE_EVERY_MS },
    { name: 'reputation.reconcile', data: {} },
  );
  await queues.reputation.upsertJobScheduler(
    'reputation-serial-voting',
    { every: SERIAL_VOTING_EVERY_MS },
    { name: 'reputation.detectSerialVoting', data: {} },
  );
  await queues.reputation.add('reputation.reconcile', { all: true });
  await queues.moderation.upsertJobScheduler(
    'moderation-reconcile',
    { every: RECONCILE_EVERY_MS },
    { name: 'moderation.reconcile', data: {} },
  );
  await queues.moderation.add('moderation.reconcile', { all: true });
  await queues.sessions.upsertJobScheduler(
    'sessions-open-questions',
    { every: SESSION_OPENING_EVERY_MS },
    { name: 'sessions.openQuestions', data: {} },
  );
  await queues.sessions.add('sessions.openQuestions', {});
  logger.info('workers démarrés');

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    setTimeout(() => process.exit(1), 15_000).unref();
    await Promise.all(workers.map((w) => w.close()));
    await queues.close();
    redis.disconnect();
    await sequelize.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}

main().catch(exitOnServiceError);

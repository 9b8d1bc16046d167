import './env';
import { loadConfig } from '../../server/config';
import { createContext } from '../../server/bootstrap';
import { listen, type RunningServer } from '../../server/listen';
import { migrate } from '../../db/migrator';
import { ensureServices } from '../../server/infra/services';
import type { AppContext } from '../../server/context';
import { Worker } from 'bullmq';
import { QUEUE_NAMES } from '../../server/contracts/jobs';
import { bullConnection } from '../../server/queues';
import { moderationProcessor } from '../../workers/moderation/processor';

export interface TestEnvironment {
  ctx: AppContext & { close(): Promise<void> };
  running: RunningServer;
  baseUrl: string;
  /**
   * The moderation worker, running beside the server as in production: posts sent through the
   * API are published (or held) by it. Tests that need it stopped pause it (and resume it).
   */
  moderation: Worker;
}

let current: TestEnvironment | undefined;

/** The app under test, served on a free port by the root hooks. */
export function testEnv(): TestEnvironment {
  if (!current) throw new Error('testEnv() is only available inside tests (root hooks not run)');
  return current;
}

export async function truncateAll(ctx: AppContext): Promise<void> {
  await ctx.sequelize.query(`
    DO $$ DECLARE names text;
    BEGIN
      SELECT string_agg(format('%I', tablename), ', ') INTO names FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> 'schema_migrations';
      EXECUTE 'TRUNCATE ' || names || ' RESTART IDENTITY CASCADE';
    END $$;`);
  await ctx.redis.flushdb();
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(60_000);
    const config = loadConfig();
    // A missing service fails the run loudly, with what to start: never a silent skip.
    await ensureServices(config.databaseUrl, config.redisUrl);
    const ctx = createContext(config, 'test');
    await migrate(ctx.sequelize);
    const running = await listen(ctx, 0, '127.0.0.1');
    const moderation = new Worker(QUEUE_NAMES.moderation, moderationProcessor(ctx), {
      connection: bullConnection(config.redisUrl),
      concurrency: 4,
    });
    await moderation.waitUntilReady();
    current = { ctx, running, baseUrl: `http://127.0.0.1:${running.port}`, moderation };
  },
  async beforeEach() {
    // The worker finishes what it holds before the tables are emptied under it.
    const { moderation } = testEnv();
    await moderation.pause();
    await truncateAll(testEnv().ctx);
    moderation.resume();
  },
  async afterAll() {
    if (!current) return;
    await current.moderation.close();
    current.running.server.closeAllConnections();
    await current.running.close();
    await current.ctx.close();
    current = undefined;
  },
};

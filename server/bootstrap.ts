import { Redis } from 'ioredis';
import type { Config } from './config';
import type { AppContext } from './context';
import { createSequelize } from '../db';
import { Limiters } from './middlewares/rateLimit';
import { createLogger } from './observability/logger';
import { Queues } from './queues';
import { QuestionPageCache } from './cache/questionPageCache';
import { RealtimePublisher } from './realtime/publisher';

/** Opens every connection a server process needs; `close()` ends them all. */
export function createContext(config: Config, name = 'server'): AppContext & { close(): Promise<void> } {
  const logger = createLogger(config.logLevel, name);
  const sequelize = createSequelize({ url: config.databaseUrl });
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
  redis.on('error', (err) => logger.warn({ err }, 'redis connection error'));
  const limiters = new Limiters(redis, config.rateLimits);
  const queues = new Queues(config.redisUrl, logger);
  return {
    config,
    logger,
    sequelize,
    redis,
    limiters,
    queues,
    pageCache: new QuestionPageCache(redis, logger),
    realtime: new RealtimePublisher(redis, logger, config.sessionSecret),
    async close() {
      await queues.close();
      redis.disconnect();
      await sequelize.close();
    },
  };
}

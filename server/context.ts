import type { Sequelize } from 'sequelize';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Limiters } from './middlewares/rateLimit';
import type { Queues } from './queues';
import type { QuestionPageCache } from './cache/questionPageCache';

/** What every route and command may use: built once per process, passed down explicitly. */
export interface AppContext {
  config: Config;
  sequelize: Sequelize;
  redis: Redis;
  logger: Logger;
  limiters: Limiters;
  queues: Queues;
  pageCache: QuestionPageCache;
}

/** What commands need: the database, and what must happen after their commit. */
export type CommandContext = Pick<AppContext, 'sequelize' | 'queues' | 'pageCache'>;

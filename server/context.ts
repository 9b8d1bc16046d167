import type { Sequelize } from 'sequelize';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Limiters } from './middlewares/rateLimit';
import type { Queues } from './queues';

/** What every route and command may use: built once per process, passed down explicitly. */
export interface AppContext {
  config: Config;
  sequelize: Sequelize;
  redis: Redis;
  logger: Logger;
  limiters: Limiters;
  queues: Queues;
}

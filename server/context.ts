import type { Sequelize } from 'sequelize';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Limiters } from './middlewares/rateLimit';
import type { Queues } from './queues';
import type { QuestionPageCache } from './cache/questionPageCache';
import type { RealtimePublisher } from './realtime/publisher';

/** What every route and command may use: built once per process, passed down explicitly. */
export interface AppContext {
  config: Config;
  sequelize: Sequelize;
  redis: Redis;
  logger: Logger;
  limiters: Limiters;
  queues: Queues;
  pageCache: QuestionPageCache;
  realtime: RealtimePublisher;
}

/** What commands need: the database, and what must follow their commit (commands/effects.ts). */
export type CommandContext = Pick<AppContext, 'config' | 'sequelize' | 'queues' | 'pageCache' | 'realtime' | 'logger'>;

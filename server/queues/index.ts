import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { Redis, type RedisOptions } from 'ioredis';
import { QUEUE_NAMES, type SearchJobs } from '../contracts/jobs';

/** BullMQ wants its own connections, with retries forever and no auto-pipelining. */
export function bullConnection(redisUrl: string, extra: RedisOptions = {}): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null, enableAutoPipelining: false, ...extra });
}

const defaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { count: 1_000 },
  removeOnFail: { count: 5_000 },
};

export class Queues {
  readonly connection: Redis;
  readonly search: Queue;

  constructor(
    redisUrl: string,
    private readonly logger: Logger,
  ) {
    this.connection = bullConnection(redisUrl);
    this.search = new Queue(QUEUE_NAMES.search, { connection: this.connection, defaultJobOptions });
  }

  /**
   * Enqueues after a commit. A failure here must not fail the request whose data is already
   * committed: it is logged, and the scheduled reconciliation redoes the work.
   */
  async indexQuestion(questionId: number): Promise<void> {
    const data: SearchJobs['search.index'] = { questionId };
    await this.search.add('search.index', data).catch((err: unknown) => {
      this.logger.warn({ err, questionId }, 'search.index not enqueued; the scheduled rebuild will cover it');
    });
  }

  all(): Queue[] {
    return [this.search];
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((queue) => queue.close()));
    this.connection.disconnect();
  }
}

import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { Redis, type RedisOptions } from 'ioredis';
import { QUEUE_NAMES, type ModerationJobs, type ReputationJobs, type SearchJobs } from '../contracts/jobs';

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
  readonly reputation: Queue;
  readonly moderation: Queue;
  readonly sessions: Queue;

  constructor(
    redisUrl: string,
    private readonly logger: Logger,
  ) {
    this.connection = bullConnection(redisUrl);
    this.search = new Queue(QUEUE_NAMES.search, { connection: this.connection, defaultJobOptions });
    this.reputation = new Queue(QUEUE_NAMES.reputation, { connection: this.connection, defaultJobOptions });
    this.moderation = new Queue(QUEUE_NAMES.moderation, { connection: this.connection, defaultJobOptions });
    this.sessions = new Queue(QUEUE_NAMES.sessions, { connection: this.connection, defaultJobOptions });
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

  /**
   * One job per outbox row, named after it: enqueuing a row twice (the reconciler after a
   * server) adds nothing while the first job is still known to Redis.
   */
  async applyReputation(outboxIds: string[]): Promise<void> {
    const jobs = outboxIds.map((outboxId) => {
      const data: ReputationJobs['reputation.apply'] = { outboxId };
      return { name: 'reputation.apply', data, opts: { jobId: reputationJobId(outboxId) } };
    });
    await this.reputation.addBulk(jobs).catch((err: unknown) => {
      this.logger.warn({ err, outboxIds }, 'reputation.apply not enqueued; the reconciler will enqueue it');
    });
  }

  /**
   * Asks for the automated checks of a post's version (`version`: when it was submitted). The
   * reconciler asks again for the same version without adding a job while the first is queued.
   */
  async checkPosts(posts: { targetType: 'question' | 'answer'; targetId: number; version: number }[]): Promise<void> {
    const jobs = posts.map(({ targetType, targetId, version }) => {
      const data: ModerationJobs['moderation.check'] = { targetType, targetId };
      return { name: 'moderation.check', data, opts: { jobId: `check-${targetType}-${targetId}-${version}` } };
    });
    await this.moderation.addBulk(jobs).catch((err: unknown) => {
      this.logger.warn({ err, posts }, 'moderation.check not enqueued; the reconciler will enqueue it');
    });
  }

  all(): Queue[] {
    return [this.search, this.reputation, this.moderation, this.sessions];
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((queue) => queue.close()));
    this.connection.disconnect();
  }
}

export const reputationJobId = (outboxId: string) => `reputation-${outboxId}`;

import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

// What a visitor (no session) sees of a question page is the same for every visitor, so it is
// kept serialised in Redis and shared by every server instance. Each question has a version
// counter that every committed change increments: a page is stored under the version read
// before it was computed, so a page computed from data older than a change is never served
// after that change. Entries also expire, which bounds staleness if an increment is lost.

const PAGE_TTL_SECONDS = 60;
// Longer than a page's life: a version that expired and restarted at 0 must not meet a page
// stored under the old 0.
const VERSION_TTL_SECONDS = 10 * PAGE_TTL_SECONDS;

const versionKey = (questionId: number) => `qpage:{${questionId}}:v`;
const pageKeyPrefix = (questionId: number) => `qpage:{${questionId}}:p:`;

const READ_SCRIPT = `
local version = redis.call('GET', KEYS[1]) or '0'
return {version, redis.call('GET', KEYS[2] .. version)}`;

export interface CachedPage {
  version: string;
  json: string | null;
}

export class QuestionPageCache {
  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
  ) {}

  /** The cached page and the version it belongs to; a Redis failure reads as a miss. */
  async read(questionId: number): Promise<CachedPage | null> {
    try {
      const [version, json] = (await this.redis.eval(
        READ_SCRIPT,
        2,
        versionKey(questionId),
        pageKeyPrefix(questionId),
      )) as [string, string | null];
      return { version, json };
    } catch (err) {
      this.logger.warn({ err, questionId }, 'question page cache unreadable');
      return null;
    }
  }

  async store(questionId: number, version: string, json: string): Promise<void> {
    await this.redis
      .set(`${pageKeyPrefix(questionId)}${version}`, json, 'EX', PAGE_TTL_SECONDS)
      .catch((err: unknown) => this.logger.warn({ err, questionId }, 'question page not cached'));
  }

  /** After a commit that changes what the page shows. Never throws: the TTL bounds a lost one. */
  async invalidate(questionId: number): Promise<void> {
    await this.redis
      .multi()
      .incr(versionKey(questionId))
      .expire(versionKey(questionId), VERSION_TTL_SECONDS)
      .exec()
      .catch((err: unknown) => this.logger.warn({ err, questionId }, 'question page cache not invalidated'));
  }
}

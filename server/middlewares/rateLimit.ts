import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import type { RateLimits } from '../config';
import { AppError } from '../errors';

export type LimiterName = Exclude<keyof RateLimits, 'enabled'>;

/** Rate limits kept in Redis, so that every server instance counts the same requests. */
export class Limiters {
  private readonly limiters = new Map<LimiterName, RateLimiterRedis>();

  constructor(
    redis: Redis,
    private readonly limits: RateLimits,
  ) {
    for (const [name, limit] of Object.entries(limits)) {
      if (name === 'enabled' || typeof limit === 'boolean') continue;
      this.limiters.set(
        name as LimiterName,
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `rl:${name}`,
          points: limit.points,
          duration: limit.duration,
        }),
      );
    }
  }

  /** Counts one request against `key`; throws 429 with Retry-After once the limit is reached. */
  async consume(name: LimiterName, key: string): Promise<void> {
    if (!this.limits.enabled) return;
    const limiter = this.limiters.get(name)!;
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError(
        429,
        'rate_limited',
        `Trop de tentatives. Réessayez dans ${formatDelay(seconds)}.`,
        undefined,
        { 'Retry-After': String(seconds) },
      );
    }
  }

  /** Forgets the count for `key` (after a successful login, say). */
  async reset(name: LimiterName, key: string): Promise<void> {
    await this.limiters.get(name)?.delete(key);
  }
}

function formatDelay(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? 's' : ''}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

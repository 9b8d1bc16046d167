// Settings read from the environment, common to the benchmarks.
import type { DatasetSize } from '../http/dataset';

/** A number from the environment variable `name`, or `fallback` when it is unset or empty. */
export function numberEnv(name: string, fallback: number, { min = 1, integer = true } = {}): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be ${integer ? 'an integer' : 'a number'} ≥ ${min} (got "${raw}")`);
  }
  return value;
}

/** The database and Redis the benchmarks use: never the app's nor the tests'. */
export const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/entraide_bench';
export const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379/12';

/** The size of the data set (bench/http/dataset.ts), shared by both benchmarks. */
export function datasetSize(): DatasetSize {
  return {
    users: numberEnv('BENCH_USERS', 2_000),
    questions: numberEnv('BENCH_QUESTIONS', 10_000),
    answers: numberEnv('BENCH_ANSWERS', 50_000),
  };
}

/**
 * Refuses a database whose name does not end in _bench, and the Redis databases of the app and
 * the tests. `what` completes "The benchmark … its database" in the error.
 */
export function checkServiceTargets(database: string, redis: string, what: string): void {
  const name = decodeURIComponent(new URL(database).pathname.slice(1));
  if (!name.endsWith('_bench')) {
    throw new Error(
      `The benchmark ${what} its database: refusing "${name}", whose name does not end in _bench ` +
        '(unset DATABASE_URL or point it to a *_bench database).',
    );
  }
  const redisIndex = Number(new URL(redis).pathname.slice(1) || '0');
  if (redisIndex === 0 || redisIndex === 15) {
    throw new Error(`Redis database ${redisIndex} belongs to the app or the tests: use another index (default 12).`);
  }
}

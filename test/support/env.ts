// Loaded first by mocha (see .mocharc.json): points every connection at the test database and a
// dedicated Redis index before any module reads the configuration.

const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/entraide_test';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';

const databaseName = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
if (!databaseName.endsWith('_test')) {
  throw new Error(`Les tests vident la base : son nom doit finir par _test (reçu « ${databaseName} »).`);
}
if (new URL(redisUrl).pathname.replace('/', '') === '' || new URL(redisUrl).pathname === '/0') {
  throw new Error(
    'Les tests vident leur base Redis : indiquez un index dédié (par exemple redis://127.0.0.1:6379/15).',
  );
}

process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = databaseUrl;
process.env.REDIS_URL = redisUrl;
process.env.LOG_LEVEL ??= 'silent';
// Every test logs users in from 127.0.0.1: per-IP limits are tested with their own settings.
process.env.RATE_LIMIT_LOGIN_PER_IP ??= '100000';
process.env.RATE_LIMIT_REGISTER_PER_IP ??= '100000';
// Tests post quickly from few accounts: flooding is tested with its own thresholds.
process.env.MODERATION_FLOOD_PER_MINUTE ??= '100000';
process.env.MODERATION_FLOOD_PER_HOUR ??= '100000';

import pg from 'pg';
import { Redis } from 'ioredis';

// Start-up checks: a missing PostgreSQL or Redis is a message saying which one, where it was
// looked for and how to start it, within seconds; never a hang or a stack trace.

const CONNECT_TIMEOUT_MS = 4_000;

export class ServiceUnavailableError extends Error {}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(adresse illisible)';
  }
}

const postgresHelp =
  'Démarrez PostgreSQL (par exemple : pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start,\n' +
  '  ou sudo systemctl start postgresql), ou indiquez son adresse dans DATABASE_URL.';
const redisHelp =
  'Démarrez Redis (par exemple : redis-server --daemonize yes --bind 127.0.0.1 --port 6379,\n' +
  '  ou sudo systemctl start redis-server), ou indiquez son adresse dans REDIS_URL.';

async function connectPg(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/** Checks PostgreSQL and creates the database named in `url` when it does not exist yet. */
export async function ensurePostgres(url: string): Promise<void> {
  try {
    const client = await connectPg(url);
    await client.end();
    return;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== '3D000') {
      throw new ServiceUnavailableError(
        `PostgreSQL est injoignable à ${redactUrl(url)} (${(error as Error).message || code}).\n  ${postgresHelp}`,
      );
    }
  }
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = await connectPg(target.toString());
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error; // created meanwhile
  } finally {
    await admin.end();
  }
}

export async function ensureRedis(url: string): Promise<void> {
  const redis = new Redis(url, {
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    lazyConnect: true,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new ServiceUnavailableError(
      `Redis est injoignable à ${redactUrl(url)} (${(error as Error).message}).\n  ${redisHelp}`,
    );
  } finally {
    redis.disconnect();
  }
}

export async function ensureServices(databaseUrl: string, redisUrl: string): Promise<void> {
  const results = await Promise.allSettled([ensurePostgres(databaseUrl), ensureRedis(redisUrl)]);
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
  if (failures.length) {
    throw new ServiceUnavailableError(failures.map((f) => `✖ ${(f as Error).message}`).join('\n'));
  }
}

/** For command-line entry points: prints a clear message and exits non-zero instead of a stack trace. */
export function exitOnServiceError(error: unknown): never {
  if (error instanceof ServiceUnavailableError) {
    console.error(`\nImpossible de démarrer Entraide Entreprises :\n${error.message}\n`);
  } else {
    console.error('\nErreur au démarrage :', error instanceof Error ? error.message : error);
  }
  process.exit(1);
}

// What both benchmarks write in their reports: where, on what machine, with which services.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { QueryTypes, type Sequelize } from 'sequelize';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS_DIR = path.join(ROOT, 'bench/results');

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The load averages (1, 5, 15 min), rounded. */
export const loadAverage = () => os.loadavg().map((n) => round(n, 2));

export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryGiB: round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

/** The command that ran the benchmark, with its BENCH_* settings and the (redacted) service URLs. */
export function commandLine(npmScript: string, file: string): string {
  const shown = ['DATABASE_URL', 'REDIS_URL'];
  const env = Object.entries(process.env)
    .filter(([name]) => name.startsWith('BENCH_') || shown.includes(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${name.endsWith('_URL') ? redactUrl(value ?? '') : value}`);
  const command = process.env.npm_lifecycle_event === npmScript ? `npm run ${npmScript}` : `npx tsx ${file}`;
  return [...env, command].join(' ');
}

export async function serviceVersions(
  sequelize: Sequelize,
  redisUrl: string,
): Promise<{ postgres: string; redis: string }> {
  const [row] = await sequelize.query<{ version: string }>(`SELECT current_setting('server_version') AS version`, {
    type: QueryTypes.SELECT,
  });
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const info = await redis.info('server');
    return { postgres: row?.version ?? 'unknown', redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown' };
  } finally {
    redis.disconnect();
  }
}

/** The line under the tables: the machine, the services and the load before → after. */
export function machineLine(
  m: ReturnType<typeof machine> & { loadAverage: { start: number[]; end: number[] } },
  versions: { postgres: string; redis: string },
): string {
  return (
    `${m.cpuCount} × ${m.cpuModel}, ${m.totalMemoryGiB} GiB, ${m.os}, Node.js ${m.node}, ` +
    `PostgreSQL ${versions.postgres}, Redis ${versions.redis}; load average ${m.loadAverage.start.join(' ')} → ` +
    `${m.loadAverage.end.join(' ')}`
  );
}

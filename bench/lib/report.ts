// What both benchmarks write in their reports: where, on what machine, with which services.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { QueryTypes, type Sequelize } from 'sequelize';
import type { Stats } from './stats';

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

// ---------------------------------------------------------------------------------------------
// Figures and rows the reputation and moderation benchmarks both print, the same way.

export const fmt = (value: number | undefined | null) => (value === undefined || value === null ? '–' : String(value));

export function statRow(name: string, s: Stats | null, target: string): string {
  return `| ${name} | ${fmt(s?.count)} | ${fmt(s?.p50)} | ${fmt(s?.p99)} | ${fmt(s?.max)} | ${target} |`;
}

/** The server's event-loop delay since the previous scrape (prom-client resets it on each). */
export async function serverLoopDelay(base: string): Promise<{ p99Ms: number; maxMs: number } | null> {
  try {
    const text = await (await fetch(`${base}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
    const value = (name: string) => Number(new RegExp(`^${name}\\s+(\\S+)`, 'm').exec(text)?.[1] ?? NaN);
    // prom-client samples every 10 ms and records the whole interval: the delay is what exceeds it.
    const ms = (seconds: number) => round(Math.max(0, seconds * 1_000 - 10));
    return {
      p99Ms: ms(value('nodejs_eventloop_lag_p99_seconds')),
      maxMs: ms(value('nodejs_eventloop_lag_max_seconds')),
    };
  } catch {
    return null;
  }
}

/** The commit measured, and the files that differed from it (work in progress is measured too). */
export function codeVersion(): { commit: string; uncommittedFiles: string[] } | null {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return {
      commit: git('rev-parse', 'HEAD').trim(),
      uncommittedFiles: git('status', '--porcelain', '--untracked-files=no')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => line.slice(3)),
    };
  } catch {
    return null;
  }
}

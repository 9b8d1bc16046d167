// What the live-session benchmark reads while the load runs, every second: the CPU of each
// process involved (Linux /proc, bench/lib/cpu.ts), PostgreSQL's busy backends and what they wait
// on, and Redis's pace and memory. Plus the state of both at the end.
import type { Redis } from 'ioredis';
import { QueryTypes, type Sequelize } from 'sequelize';
import { cpuPercent, cpuSnapshot, type CpuSnapshot } from '../lib/cpu';
import { round } from '../lib/report';

export interface Sample {
  /** nowMs() at the end of the interval. */
  at: number;
  cpu: Record<string, number>;
  /** PostgreSQL backends of the database that were active, by what they waited on ('CPU' when nothing). */
  pgActive: Record<string, number>;
  redisOpsPerSecond: number;
  redisUsedMB: number;
}

function redisField(info: string, name: string): number {
  return Number(new RegExp(`^${name}:(\\S+)`, 'm').exec(info)?.[1] ?? NaN);
}

export async function redisInfo(redis: Redis) {
  const info = await redis.info();
  return {
    version: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
    usedMemoryMB: round(redisField(info, 'used_memory') / 1024 ** 2),
    connectedClients: redisField(info, 'connected_clients'),
    commandsProcessed: redisField(info, 'total_commands_processed'),
    opsPerSecond: redisField(info, 'instantaneous_ops_per_sec'),
  };
}

export class Sampler {
  readonly samples: Sample[] = [];
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private last: CpuSnapshot;

  constructor(
    private readonly groups: Record<string, number[]>,
    private readonly sequelize: Sequelize,
    private readonly redis: Redis,
    private readonly everyMs: number,
    private readonly clock: () => number,
  ) {
    this.last = cpuSnapshot(groups);
  }

  start(): void {
    this.last = cpuSnapshot(this.groups);
    this.timer = setInterval(() => {
      const next = cpuSnapshot(this.groups);
      const cpu = cpuPercent(this.last, next);
      this.last = next;
      const at = this.clock();
      this.running = this.running
        .then(async () => {
          const [rows, info] = await Promise.all([
            this.sequelize.query<{ wait: string; n: number }>(
              `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait, count(*)::int AS n
               FROM pg_stat_activity
               WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()
               GROUP BY 1`,
              { type: QueryTypes.SELECT },
            ),
            redisInfo(this.redis),
          ]);
          this.samples.push({
            at,
            cpu,
            pgActive: Object.fromEntries(rows.map((row) => [row.wait, row.n])),
            redisOpsPerSecond: info.opsPerSecond,
            redisUsedMB: info.usedMemoryMB,
          });
        })
        .catch(() => undefined);
    }, this.everyMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}

/** Mean active backends per sample, by wait, over the samples given. */
export function meanActive(samples: Sample[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const sample of samples) {
    for (const [wait, n] of Object.entries(sample.pgActive)) totals[wait] = (totals[wait] ?? 0) + n;
  }
  return Object.fromEntries(
    Object.entries(totals)
      .sort((a, b) => b[1] - a[1])
      .map(([wait, n]) => [wait, round(n / Math.max(1, samples.length), 2)]),
  );
}

/** PostgreSQL's counters of the database (pg_stat_database), to subtract. */
export async function pgCounters(sequelize: Sequelize) {
  const [row] = await sequelize.query<{
    commits: number;
    rollbacks: number;
    tuplesReturned: number;
    deadlocks: number;
  }>(
    `SELECT xact_commit::bigint AS commits, xact_rollback::bigint AS rollbacks,
            tup_returned::bigint AS "tuplesReturned", deadlocks::bigint AS deadlocks
     FROM pg_stat_database WHERE datname = current_database()`,
    { type: QueryTypes.SELECT },
  );
  return {
    commits: Number(row?.commits ?? 0),
    rollbacks: Number(row?.rollbacks ?? 0),
    tuplesReturned: Number(row?.tuplesReturned ?? 0),
    deadlocks: Number(row?.deadlocks ?? 0),
  };
}

// What the moderation benchmark reads while the posts flow: the completed check jobs (the queue
// keeps only the last 1 000, so read often), the backlog, and the CPU time of each process
// involved (Linux /proc).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Job, type Queue } from 'bullmq';
import { QueryTypes, type Sequelize } from 'sequelize';
import { round } from '../lib/report';

// ---------------------------------------------------------------------------------------------
// Percentiles

export interface Stats {
  count: number;
  mean: number;
  min: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles, rounded to 0.1. */
export function stats(values: number[]): Stats | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = (q: number) => sorted[Math.max(0, Math.ceil((q / 100) * sorted.length) - 1)]!;
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count: sorted.length,
    mean: round(sum / sorted.length),
    min: round(sorted[0]!),
    p50: round(rank(50)),
    p90: round(rank(90)),
    p99: round(rank(99)),
    max: round(sorted[sorted.length - 1]!),
  };
}

// ---------------------------------------------------------------------------------------------
// Completed jobs

export interface SampledJob {
  answerId: number;
  /** Date.now() in the server when it enqueued the job, in the worker when it took and finished it. */
  timestamp: number;
  processedOn: number;
  finishedOn: number;
  outcome: string | null;
}

/**
 * Reads the completed `moderation.check` jobs every `everyMs`: the queue keeps the last 1 000
 * (`removeOnComplete` in server/queues), a few seconds at the worker's pace. Only the jobs not
 * seen yet are fetched.
 */
export class CompletedJobSampler {
  /** By answer id. */
  readonly jobs = new Map<number, SampledJob>();
  /** Ids listed as completed but gone before they could be read. */
  lost = 0;
  private readonly seen = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly queue: Queue,
    private readonly everyMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.read()).catch(() => undefined);
    }, this.everyMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.read();
  }

  private async read(): Promise<void> {
    const ids = (await this.queue.getRanges(['completed'], 0, 999, false)).filter((id) => !this.seen.has(id));
    for (const id of ids) this.seen.add(id);
    const jobs = await Promise.all(ids.map((id) => Job.fromId(this.queue, id)));
    for (const job of jobs) {
      if (!job) {
        this.lost += 1;
        continue;
      }
      const data = job.data as { targetType?: string; targetId?: number };
      if (job.name !== 'moderation.check' || data.targetType !== 'answer' || typeof data.targetId !== 'number')
        continue;
      if (job.processedOn === undefined || job.finishedOn === undefined) continue;
      const result = job.returnvalue as { outcome?: unknown } | null;
      this.jobs.set(data.targetId, {
        answerId: data.targetId,
        timestamp: job.timestamp,
        processedOn: job.processedOn,
        finishedOn: job.finishedOn,
        outcome: typeof result?.outcome === 'string' ? result.outcome : null,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Backlog

export interface Backlog {
  /** Check jobs waiting (paused included), being checked, delayed (a retry), and posts still awaiting their check. */
  waiting: number;
  active: number;
  delayed: number;
  checkPending: number;
}

export async function backlog(queue: Queue, sequelize: Sequelize): Promise<Backlog> {
  const [counts, delayedJobs, [pending]] = await Promise.all([
    queue.getJobCounts('waiting', 'prioritized', 'active'),
    queue.getJobs(['delayed'], 0, 99),
    sequelize.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM answers WHERE check_pending)::int
            + (SELECT count(*) FROM questions WHERE check_pending)::int AS n`,
      { type: QueryTypes.SELECT },
    ),
  ]);
  return {
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
    active: counts.active ?? 0,
    // The queue's delayed set also holds the next run of its reconciliation scheduler: not backlog.
    delayed: delayedJobs.filter((job) => job.name === 'moderation.check').length,
    checkPending: pending?.n ?? 0,
  };
}

export interface BacklogSample extends Backlog {
  /** nowMs() of the reading. */
  at: number;
}

/** The backlog every `everyMs`. */
export class BacklogSampler {
  readonly samples: BacklogSample[] = [];
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly queue: Queue,
    private readonly sequelize: Sequelize,
    private readonly everyMs: number,
    private readonly clock: () => number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running = this.running
        .then(async () => {
          const at = this.clock();
          this.samples.push({ at, ...(await backlog(this.queue, this.sequelize)) });
        })
        .catch(() => undefined);
    }, this.everyMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}

// ---------------------------------------------------------------------------------------------
// CPU time (Linux)

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU seconds of one process, or null when it is gone (or not Linux). */
function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function pidsNamed(name: string): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/** Busy and total CPU seconds of the whole machine, all cores (idle and iowait are not busy). */
function machineCpuSeconds(): { busy: number; total: number } | null {
  try {
    const values = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = values.reduce((sum, v) => sum + v, 0);
    return { busy: (total - values[3]! - values[4]!) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

export interface CpuSnapshot {
  at: number;
  perPid: Map<number, number>;
  groups: Record<string, number[]>;
  machine: { busy: number; total: number } | null;
}

/**
 * CPU seconds of named groups of processes; PostgreSQL and Redis are found by process name, so
 * they include whatever else uses them on the machine (the test suite, another benchmark).
 */
export function cpuSnapshot(groups: Record<string, number[]>): CpuSnapshot {
  const all: Record<string, number[]> = {
    ...groups,
    postgres: pidsNamed('postgres'),
    redis: pidsNamed('redis-server'),
  };
  const perPid = new Map<number, number>();
  for (const pids of Object.values(all)) {
    for (const pid of pids) {
      const seconds = processCpuSeconds(pid);
      if (seconds !== null) perPid.set(pid, seconds);
    }
  }
  return { at: performance.now(), perPid, groups: all, machine: machineCpuSeconds() };
}

/** Each group's CPU between two snapshots, in percent of one core; and the machine's, of all cores. */
export function cpuPercent(start: CpuSnapshot, end: CpuSnapshot): Record<string, number> {
  const seconds = (end.at - start.at) / 1_000;
  const result: Record<string, number> = {};
  for (const [group, pids] of Object.entries(end.groups)) {
    let used = 0;
    for (const pid of pids) {
      const after = end.perPid.get(pid);
      if (after !== undefined) used += after - (start.perPid.get(pid) ?? 0);
    }
    result[group] = round((used / seconds) * 100);
  }
  if (start.machine && end.machine) {
    const total = end.machine.total - start.machine.total;
    result.machineBusyOfAllCores = round(((end.machine.busy - start.machine.busy) / total) * 100);
  }
  return result;
}

export interface CpuSample {
  /** nowMs() at the end of the interval. */
  at: number;
  percent: Record<string, number>;
}

/** Each group's CPU over every `everyMs` interval: when the machine ran short, and who had it. */
export class CpuSampler {
  readonly samples: CpuSample[] = [];
  private timer?: NodeJS.Timeout;
  private last: CpuSnapshot;

  constructor(
    private readonly groups: Record<string, number[]>,
    private readonly everyMs: number,
    private readonly clock: () => number,
  ) {
    this.last = cpuSnapshot(groups);
  }

  start(): void {
    this.last = cpuSnapshot(this.groups);
    this.timer = setInterval(() => {
      const next = cpuSnapshot(this.groups);
      this.samples.push({ at: this.clock(), percent: cpuPercent(this.last, next) });
      this.last = next;
    }, this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

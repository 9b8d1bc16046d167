// What the moderation benchmark reads while the posts flow: the completed check jobs (the queue
// keeps only the last 1 000, so read often), the backlog, and the CPU time of each process
// involved (Linux /proc, read by bench/lib/cpu.ts).
import { Job, type Queue } from 'bullmq';
import { QueryTypes, type Sequelize } from 'sequelize';
import { cpuPercent, cpuSnapshot, type CpuSnapshot } from '../lib/cpu';

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
// CPU over time

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

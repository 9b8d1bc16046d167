// What the reputation benchmark reads while the votes flow: the completed jobs of the queue
// (kept only 1 000 at a time, so read often), the backlog, what PostgreSQL's backends wait on,
// and the CPU time of each process involved (Linux /proc, read by bench/lib/cpu.ts).
import { Job, type Queue } from 'bullmq';
import { QueryTypes, type Sequelize } from 'sequelize';

// ---------------------------------------------------------------------------------------------
// Completed jobs

export interface SampledJob {
  id: string;
  /** Date.now() in the server when it enqueued the job, in the worker when it took and finished it. */
  timestamp: number;
  processedOn: number;
  finishedOn: number;
  /** What the job applied (`vote:<id>`), from its result; null if the result does not say. */
  subject: string | null;
}

/**
 * Reads the completed `reputation.apply` jobs every `everyMs`: the queue keeps the last 1 000
 * (`removeOnComplete`), so at 500 jobs a second a read every half second sees each job at least
 * twice before it goes. Only the jobs not seen yet are fetched.
 */
export class CompletedJobSampler {
  readonly jobs = new Map<string, SampledJob>();
  /** Ids listed as completed but gone before they could be read. */
  lost = 0;
  reads = 0;
  private readonly seen = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly queue: Queue,
    private readonly everyMs: number,
    private readonly since: number,
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
    this.reads += 1;
    const ids = (await this.queue.getRanges(['completed'], 0, 999, false)).filter((id) => !this.seen.has(id));
    for (const id of ids) this.seen.add(id);
    const jobs = await Promise.all(ids.map((id) => Job.fromId(this.queue, id)));
    for (const job of jobs) {
      if (!job) {
        this.lost += 1;
        continue;
      }
      if (job.name !== 'reputation.apply' || job.timestamp < this.since) continue;
      if (job.processedOn === undefined || job.finishedOn === undefined || job.id === undefined) continue;
      const result = job.returnvalue as { subject?: unknown } | null;
      this.jobs.set(job.id, {
        id: job.id,
        timestamp: job.timestamp,
        processedOn: job.processedOn,
        finishedOn: job.finishedOn,
        subject: typeof result?.subject === 'string' ? result.subject : null,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Backlog and PostgreSQL waits

export interface Backlog {
  /** `reputation.apply` jobs waiting, active or delayed (a retry), and rows left in the outbox. */
  waiting: number;
  active: number;
  delayed: number;
  outbox: number;
}

/**
 * The work left. The queue's delayed set also holds the next runs of its two schedulers
 * (reconciliation, serial voting), which are not backlog: only `reputation.apply` jobs count.
 */
export async function backlog(queue: Queue, sequelize: Sequelize): Promise<Backlog> {
  const [counts, delayedJobs, [outbox]] = await Promise.all([
    queue.getJobCounts('waiting', 'active', 'prioritized', 'delayed'),
    queue.getJobs(['delayed'], 0, 99),
    sequelize.query<{ n: number }>(`SELECT count(*)::int AS n FROM reputation_outbox`, { type: QueryTypes.SELECT }),
  ]);
  return {
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
    active: counts.active ?? 0,
    delayed: delayedJobs.filter((job) => job.name === 'reputation.apply').length,
    outbox: outbox?.n ?? 0,
  };
}

export const drained = (b: Backlog) => b.waiting + b.active + b.delayed + b.outbox === 0;

export interface ActivitySample {
  /** Milliseconds since the start of the load. */
  t: number;
  backlog: Backlog;
  /**
   * Busy backends of the benchmark's database, by process (application_name) and what they wait
   * on: 'cpu' when nothing, 'idle in transaction' when on their client, between two statements.
   */
  backends: Record<string, number>;
}

/** Every `everyMs`: the backlog and what the database's active backends are waiting on. */
export class ActivitySampler {
  readonly samples: ActivitySample[] = [];
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private readonly started = performance.now();

  constructor(
    private readonly queue: Queue,
    private readonly sequelize: Sequelize,
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
  }

  private async read(): Promise<void> {
    const t = Math.round(performance.now() - this.started);
    const [work, rows] = await Promise.all([
      backlog(this.queue, this.sequelize),
      this.sequelize.query<{ wait: string; n: number }>(
        `SELECT coalesce(nullif(application_name, ''), '?') || ' ' ||
                CASE WHEN state <> 'active' THEN state
                     WHEN wait_event IS NULL THEN 'cpu'
                     ELSE wait_event_type || ':' || wait_event END AS wait,
                count(*)::int AS n
         FROM pg_stat_activity
         WHERE datname = current_database() AND state NOT IN ('idle', 'disabled') AND pid <> pg_backend_pid()
         GROUP BY 1`,
        { type: QueryTypes.SELECT },
      ),
    ]);
    this.samples.push({ t, backlog: work, backends: Object.fromEntries(rows.map((r) => [r.wait, r.n])) });
  }
}

/** Mean number of busy backends per sample, by wait or state, most frequent first. */
export function meanBackends(samples: ActivitySample[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const sample of samples) {
    for (const [wait, n] of Object.entries(sample.backends)) totals[wait] = (totals[wait] ?? 0) + n;
  }
  return Object.fromEntries(
    Object.entries(totals)
      .sort(([, a], [, b]) => b - a)
      .map(([wait, n]) => [wait, Math.round((n / Math.max(1, samples.length)) * 100) / 100]),
  );
}

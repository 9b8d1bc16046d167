// The workers under test: the real workers process (workers/index.ts) as a child process, as
// bench/lib/server.ts starts the server, with its output in a log file. Shared by the reputation
// and moderation benchmarks, which start, wait for and stop the workers the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import type { Queue } from 'bullmq';
import { ROOT } from './report';
import { sleep } from './time';

export interface WorkersProcess {
  child: ChildProcess;
  logFile: string;
  args: string[];
  tail: string[];
  /** Log lines at level warn (40) or above: a failed job is logged at warn. */
  warnLines: number;
  exited: Promise<number | null>;
}

export function startWorkers(options: {
  databaseUrl: string;
  redisUrl: string;
  sessionSecret: string;
  logFile: string;
  /** PGAPPNAME: the workers' PostgreSQL backends then say whose they are in pg_stat_activity. */
  appName: string;
  /** Node options before `--import tsx` (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  /** Settings of this benchmark's own (e.g. thresholds it must lift). */
  env?: Record<string, string>;
}): WorkersProcess {
  const args = [...(options.nodeArgs ?? []), '--import', 'tsx', 'workers/index.ts'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      RATE_LIMITS: 'off',
      // Users' rooms are keyed with it: the worker must name them as the server does.
      SESSION_SECRET: options.sessionSecret,
      // Its PostgreSQL backends then say whose they are (pg reads it for application_name).
      PGAPPNAME: options.appName,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(options.logFile);
  const workers: WorkersProcess = {
    child,
    logFile: options.logFile,
    args,
    tail: [],
    warnLines: 0,
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      workers.tail.push(line);
      if (workers.tail.length > 30) workers.tail.shift();
      const level = /"level":(\d+)/.exec(line)?.[1];
      if (level !== undefined && Number(level) >= 40) workers.warnLines += 1;
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  void workers.exited.then(() => log.end());
  return workers;
}

/** Ready when a worker listens on `queue`. */
export async function waitUntilWorking(workers: WorkersProcess, queue: Queue): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  void workers.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The workers stopped during start-up:\n${workers.tail.join('\n')}`);
    if ((await queue.getWorkersCount()) > 0) return;
    await sleep(250);
  }
  throw new Error(`No worker on the ${queue.name} queue within 60 s:\n${workers.tail.join('\n')}`);
}

/** SIGTERM lets the workers finish their jobs and close (workers/index.ts); SIGKILL after 15 s. */
export async function stopWorkers(workers: WorkersProcess): Promise<void> {
  if (workers.child.exitCode !== null || workers.child.signalCode !== null) return;
  workers.child.kill('SIGTERM');
  const stopped = await Promise.race([workers.exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) {
    workers.child.kill('SIGKILL');
    await workers.exited;
  }
}

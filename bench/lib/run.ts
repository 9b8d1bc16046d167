// The frame both benchmarks run in: the checks before, the database and its data set, stopping
// the server on a signal or an exit, and the exit code.
import { mkdir, writeFile } from 'node:fs/promises';
import type { Sequelize } from 'sequelize';
import { createSequelize } from '../../db';
import { migrate } from '../../db/migrator';
import { ensurePostgres } from '../../server/infra/services';
import { ensureDataset, type DatasetInfo, type DatasetSize } from '../http/dataset';
import path from 'node:path';
import { loadAverage, redactUrl, RESULTS_DIR, ROOT } from './report';
import { portInUse, stopServer, type ServerProcess } from './server';

/** The time stamp of the run (for its file names) and the load before it; fails if the port is taken. */
export async function beginRun(port: number): Promise<{ startedAt: Date; stamp: string; loadAtStart: number[] }> {
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const loadAtStart = loadAverage();
  await mkdir(RESULTS_DIR, { recursive: true });
  if (await portInUse(port)) {
    throw new Error(`Port ${port} is already in use: stop that program or set BENCH_PORT.`);
  }
  return { startedAt, stamp, loadAtStart };
}

export async function openDatabase(databaseUrl: string, redisUrl: string): Promise<Sequelize> {
  console.log(`Database ${redactUrl(databaseUrl)}, Redis ${redactUrl(redisUrl)}`);
  await ensurePostgres(databaseUrl);
  return createSequelize({ url: databaseUrl, poolMax: 2 });
}

/**
 * On SIGINT or SIGTERM, stops the server (`current()`) and exits with 130; on exit, kills it.
 * `cleanup` runs first in both cases; `stopping` says what is stopped.
 */
export function stopOnSignalsAndExit(
  current: () => ServerProcess | ServerProcess[] | undefined,
  { stopping = 'the server', cleanup = () => {} }: { stopping?: string; cleanup?: () => void } = {},
): void {
  const stopOnSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping ${stopping}…`);
    cleanup();
    const done = () => process.exit(130);
    const servers = [current() ?? []].flat();
    void Promise.all(servers.map((server) => stopServer(server))).finally(done);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  process.once('exit', () => {
    cleanup();
    for (const server of [current() ?? []].flat()) server.child.kill('SIGKILL');
  });
}

/** The server's log file of this run, in bench/results/, announced with the port. */
export function serverLogFile(name: string, stamp: string, port: number, suffix = ''): string {
  const logFile = path.join(RESULTS_DIR, `${name}-${stamp}-server${suffix}.log`);
  console.log(`Starting the server on port ${port} (log: ${path.relative(ROOT, logFile)})…`);
  return logFile;
}

/** Writes the report to bench/results/<name>-<stamp>.json; returns that path, from the root. */
export async function writeReport(name: string, stamp: string, report: object): Promise<string> {
  const file = path.join(RESULTS_DIR, `${name}-${stamp}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(ROOT, file);
}

/** Migrates the database and seeds the data set (or finds it there). */
export async function prepareDataset(sequelize: Sequelize, size: DatasetSize): Promise<DatasetInfo> {
  await migrate(sequelize);
  console.log('Data set…');
  const dataset = await ensureDataset(sequelize, size);
  console.log(
    `  ${dataset.seeded ? 'seeded' : 'already there'} (${dataset.seedSeconds} s): ${JSON.stringify(dataset.counts)}`,
  );
  return dataset;
}

/** Runs the benchmark and exits: 0 when it finished, 1 when it failed. */
export function runBenchmark(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('\nBenchmark failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

// The server under test of the real-time benchmark: the real server as a child process (as in
// bench/http/run.ts), plus what this benchmark reads from it: /metrics and a forced full GC.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import net from 'node:net';
import { nowMs } from './protocol';

export interface ServerOptions {
  root: string;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  logFile: string;
  /** Preload ./server-gc.ts (with --expose-gc) so that memory can be read after a full GC. */
  gc: boolean;
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  logFile: string;
  args: string[];
  tail: string[];
  /** Log lines at level error (50) or above. */
  errorLines: number;
  gc: boolean;
  exited: Promise<number | null>;
  /** Resolved by the next marker line of ./server-gc.ts. */
  gcWaiters: ((collected: boolean) => void)[];
}

export interface ServerSample {
  /** nowMs() when the response arrived. */
  at: number;
  afterGc: boolean;
  cpuSeconds: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  rssBytes: number;
  /** Event-loop delay since the previous scrape (prom-client resets its histogram on each), seconds. */
  loopLagP99Seconds: number;
  loopLagMaxSeconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function startServer(options: ServerOptions): ServerProcess {
  const args = [
    ...(options.gc ? ['--expose-gc'] : []),
    '--import',
    'tsx',
    ...(options.gc ? ['--import', './bench/realtime/server-gc.ts'] : []),
    'server/index.ts',
  ];
  const child = spawn(process.execPath, args, {
    cwd: options.root,
    env: {
      ...process.env,
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      RATE_LIMITS: 'off',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(30).toString('base64url'), // 40 characters
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(options.logFile);
  const server: ServerProcess = {
    child,
    base: `http://127.0.0.1:${options.port}`,
    logFile: options.logFile,
    args,
    tail: [],
    errorLines: 0,
    gc: options.gc,
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    gcWaiters: [],
  };
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      if (line.includes('"benchGc"')) {
        server.gcWaiters.shift()?.(line.includes('"benchGc":"done"'));
        continue;
      }
      server.tail.push(line);
      if (server.tail.length > 30) server.tail.shift();
      const level = /"level":(\d+)/.exec(line)?.[1];
      if (level !== undefined && Number(level) >= 50) server.errorLines += 1;
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  void server.exited.then(() => log.end());
  return server;
}

export async function waitUntilReady(server: ServerProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server stopped during start-up:\n${server.tail.join('\n')}`);
    try {
      const res = await fetch(`${server.base}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`The server was not ready within 60 s:\n${server.tail.join('\n')}`);
}

export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const stopped = await Promise.race([server.exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

function parseMetrics(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{[^}]*\})?\s+(\S+)/.exec(line);
    if (match && !values.has(match[1]!)) values.set(match[1]!, Number(match[2]));
  }
  return values;
}

/** Runs a full GC in the server (when preloaded with ./server-gc.ts) and waits until it is done. */
async function collectGarbage(server: ServerProcess): Promise<boolean> {
  if (!server.gc) return false;
  const done = new Promise<boolean>((resolve) => server.gcWaiters.push(resolve));
  server.child.kill('SIGUSR2');
  return Promise.race([done, sleep(10_000).then(() => false)]);
}

/** Reads the server's process metrics; with `gc`, right after a full garbage collection. */
export async function sampleServer(server: ServerProcess, gc = false): Promise<ServerSample> {
  const afterGc = gc ? await collectGarbage(server) : false;
  const res = await fetch(`${server.base}/metrics`, { signal: AbortSignal.timeout(10_000) });
  const at = nowMs();
  if (res.status !== 200) throw new Error(`GET /metrics: status ${res.status}`);
  const values = parseMetrics(await res.text());
  const get = (name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`GET /metrics has no ${name}`);
    return value;
  };
  return {
    at,
    afterGc,
    cpuSeconds: get('process_cpu_seconds_total'),
    heapUsedBytes: get('nodejs_heap_size_used_bytes'),
    heapTotalBytes: get('nodejs_heap_size_total_bytes'),
    rssBytes: get('process_resident_memory_bytes'),
    loopLagP99Seconds: values.get('nodejs_eventloop_lag_p99_seconds') ?? NaN,
    loopLagMaxSeconds: values.get('nodejs_eventloop_lag_max_seconds') ?? NaN,
  };
}

// The server under test of the real-time benchmark: the real server as a child process
// (bench/lib/server.ts, as in bench/http/run.ts), plus what this benchmark reads from it:
// /metrics and a forced full GC.
import {
  startServer as startBenchServer,
  type ServerOptions as BenchServerOptions,
  type ServerProcess as BenchServerProcess,
} from '../lib/server';
import { sleep } from '../lib/time';
import { nowMs } from './protocol';

export interface ServerOptions extends Pick<BenchServerOptions, 'port' | 'databaseUrl' | 'redisUrl' | 'logFile'> {
  /** Preload ./server-gc.ts (with --expose-gc) so that memory can be read after a full GC. */
  gc: boolean;
}

export interface ServerProcess extends BenchServerProcess {
  gc: boolean;
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

export function startServer({ gc, ...options }: ServerOptions): ServerProcess {
  const gcWaiters: ServerProcess['gcWaiters'] = [];
  const server = startBenchServer({
    ...options,
    nodeArgs: gc ? ['--expose-gc'] : [],
    preload: gc ? ['./bench/realtime/server-gc.ts'] : [],
    // The marker lines of ./server-gc.ts are answers to collectGarbage, not the server's log.
    onLine: (line) => {
      if (!line.includes('"benchGc"')) return false;
      gcWaiters.shift()?.(line.includes('"benchGc":"done"'));
      return true;
    },
    stopGraceMs: 15_000,
  });
  return Object.assign(server, { gc, gcWaiters });
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

// The server under test: the real server (server/index.ts) as a child process, its output
// written to a log file, and its last lines and error lines kept for the report.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import net from 'node:net';
import { ROOT } from './report';
import { sleep } from './time';

export interface ServerOptions {
  port: number;
  databaseUrl: string;
  redisUrl: string;
  logFile: string;
  /** Node options before `--import tsx` (e.g. `--expose-gc`). */
  nodeArgs?: string[];
  /** Modules preloaded (`--import`) after tsx, before the server. */
  preload?: string[];
  /** Sees each non-empty line of output first; a line it returns true for is neither kept nor counted. */
  onLine?: (line: string) => boolean;
  /** How long stopServer waits after SIGTERM before SIGKILL. */
  stopGraceMs: number;
  /** More environment variables for the server (e.g. `CLIENT_DIST_DIR`), set last. */
  env?: Record<string, string>;
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  logFile: string;
  args: string[];
  tail: string[];
  /** Log lines at level error (50) or above. */
  errorLines: number;
  exited: Promise<number | null>;
  stopGraceMs: number;
}

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
    ...(options.nodeArgs ?? []),
    '--import',
    'tsx',
    ...(options.preload ?? []).flatMap((module) => ['--import', module]),
    'server/index.ts',
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      RATE_LIMITS: 'off',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(30).toString('base64url'), // 40 characters
      ...options.env,
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
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    stopGraceMs: options.stopGraceMs,
  };
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      if (options.onLine?.(line)) continue;
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
  const stopped = await Promise.race([server.exited.then(() => true), sleep(server.stopGraceMs).then(() => false)]);
  if (!stopped) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

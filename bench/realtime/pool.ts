// The load generator's side of the real-time benchmark: a few forked client processes
// (./clients.ts), each holding its share of the connections, driven over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ClientCommand, ClientMessage, ClientReport, TrackMode } from './protocol';

type MessageOf<T extends ClientMessage['type']> = Extract<ClientMessage, { type: T }>;

interface Waiter {
  type: ClientMessage['type'];
  resolve: (message: ClientMessage) => void;
  reject: (error: Error) => void;
}

interface ClientProcess {
  child: ChildProcess;
  waiters: Waiter[];
  connected: number;
  failed: number;
  exited: boolean;
}

export interface ConnectResult {
  requested: number;
  connected: number;
  failed: number;
  errors: string[];
  /** Milliseconds from creating each socket to its subscription's acknowledgement. */
  connectMs: number[];
  seconds: number;
}

/** Every pool still running, so that an interrupted benchmark leaves no process behind. */
const running = new Set<ClientPool>();

export function killAllPools(): void {
  for (const pool of running) pool.kill();
}

export class ClientPool {
  private constructor(private readonly procs: ClientProcess[]) {
    running.add(this);
  }

  get size(): number {
    return this.procs.length;
  }

  static async start(root: string, count: number): Promise<ClientPool> {
    const procs = Array.from({ length: count }, (): ClientProcess => {
      const child = fork(path.join(root, 'bench/realtime/clients.ts'), [], {
        cwd: root,
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const proc: ClientProcess = { child, waiters: [], connected: 0, failed: 0, exited: false };
      child.on('message', (message: ClientMessage) => {
        if (message.type === 'progress') {
          proc.connected = message.connected;
          proc.failed = message.failed;
          return;
        }
        const index = proc.waiters.findIndex((waiter) => waiter.type === message.type);
        if (index >= 0) proc.waiters.splice(index, 1)[0]!.resolve(message);
      });
      child.once('exit', (code, signal) => {
        proc.exited = true;
        for (const waiter of proc.waiters.splice(0)) {
          waiter.reject(new Error(`A client process exited (${signal ?? code}) while waiting for "${waiter.type}"`));
        }
      });
      return proc;
    });
    const pool = new ClientPool(procs);
    await Promise.all(procs.map((proc) => pool.next(proc, 'ready')));
    return pool;
  }

  private next<T extends ClientMessage['type']>(proc: ClientProcess, type: T): Promise<MessageOf<T>> {
    if (proc.exited) return Promise.reject(new Error('A client process has exited'));
    return new Promise((resolve, reject) => {
      proc.waiters.push({ type, resolve: (message) => resolve(message as MessageOf<T>), reject });
    });
  }

  private async all<T extends ClientMessage['type']>(command: ClientCommand, reply: T): Promise<MessageOf<T>[]> {
    const replies = this.procs.map((proc) => this.next(proc, reply));
    for (const proc of this.procs) proc.child.send(command);
    return Promise.all(replies);
  }

  /**
   * Opens `total` connections to `room`, shared between the processes, `batch` at a time in all
   * (each process opens its share of a batch and waits for it before the next).
   */
  async connect(url: string, room: string, total: number, batch: number, onProgress?: (n: number) => void) {
    const started = performance.now();
    const perProcessBatch = Math.max(1, Math.round(batch / this.procs.length));
    const replies = this.procs.map((proc, i) => {
      const count = Math.floor(total / this.procs.length) + (i < total % this.procs.length ? 1 : 0);
      const reply = this.next(proc, 'connected');
      proc.child.send({ type: 'connect', url, room, count, batch: perProcessBatch, timeoutMs: 20_000 });
      return reply;
    });
    const timer = onProgress
      ? setInterval(() => onProgress(this.procs.reduce((sum, proc) => sum + proc.connected, 0)), 2_000)
      : undefined;
    try {
      const results = await Promise.all(replies);
      return {
        requested: total,
        connected: results.reduce((sum, r) => sum + r.connected, 0),
        failed: results.reduce((sum, r) => sum + r.failed, 0),
        errors: results.flatMap((r) => r.errors),
        connectMs: results.flatMap((r) => r.connectMs),
        seconds: (performance.now() - started) / 1_000,
      } satisfies ConnectResult;
    } finally {
      clearInterval(timer);
    }
  }

  async track(mode: TrackMode, targetId?: number, fromVersion?: number): Promise<void> {
    await this.all({ type: 'track', mode, targetId, fromVersion }, 'tracking');
  }

  report(): Promise<ClientReport[]> {
    return this.all({ type: 'report' }, 'report');
  }

  /** Disconnects every socket, then ends the processes. */
  async close(): Promise<void> {
    running.delete(this);
    await this.all({ type: 'close' }, 'closed').catch(() => undefined);
    for (const proc of this.procs) proc.child.disconnect();
  }

  kill(): void {
    running.delete(this);
    for (const proc of this.procs) if (!proc.exited) proc.child.kill('SIGKILL');
  }
}

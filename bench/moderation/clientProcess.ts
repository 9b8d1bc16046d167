// The benchmark's side of its client process (./clients.ts): forked, driven over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { AuthorSocket, ClientCommand, ClientMessage, ClientReport } from './protocol';

// The server allows 50 rooms per socket and 40 subscriptions per 10 s (server/realtime/server.ts).
const ROOMS_PER_OBSERVER = 25;

type MessageOf<T extends ClientMessage['type']> = Extract<ClientMessage, { type: T }>;

export class ClientProcess {
  private readonly waiters: {
    type: ClientMessage['type'];
    resolve: (message: ClientMessage) => void;
    reject: (error: Error) => void;
  }[] = [];
  private exitError: Error | null = null;

  private constructor(readonly child: ChildProcess) {
    child.on('message', (message: ClientMessage) => {
      if (message.type === 'progress') return;
      const index = this.waiters.findIndex((waiter) => waiter.type === message.type);
      if (index >= 0) this.waiters.splice(index, 1)[0]!.resolve(message);
    });
    child.once('exit', (code, signal) => {
      this.exitError = new Error(`The client process exited (${signal ?? code})`);
      for (const waiter of this.waiters.splice(0)) waiter.reject(this.exitError);
    });
  }

  static async start(root: string): Promise<ClientProcess> {
    const child = fork(path.join(root, 'bench/moderation/clients.ts'), [], {
      cwd: root,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const clients = new ClientProcess(child);
    await clients.next('ready');
    return clients;
  }

  private next<T extends ClientMessage['type']>(type: T): Promise<MessageOf<T>> {
    if (this.exitError) return Promise.reject(this.exitError);
    return new Promise((resolve, reject) => {
      this.waiters.push({ type, resolve: (message) => resolve(message as MessageOf<T>), reject });
    });
  }

  private request<T extends ClientMessage['type']>(command: ClientCommand, reply: T): Promise<MessageOf<T>> {
    const answer = this.next(reply);
    this.child.send(command);
    return answer;
  }

  connect(options: { url: string; origin: string; authors: AuthorSocket[]; rooms: string[]; batch: number }) {
    return this.request(
      { type: 'connect', ...options, roomsPerObserver: ROOMS_PER_OBSERVER, timeoutMs: 20_000 },
      'connected',
    );
  }

  reset() {
    return this.request({ type: 'reset' }, 'reset');
  }

  report(): Promise<ClientReport> {
    return this.request({ type: 'report' }, 'report');
  }

  /** Disconnects every socket, then lets the process end. */
  async close(): Promise<void> {
    if (this.exitError) return;
    await this.request({ type: 'close' }, 'closed').catch(() => undefined);
    this.child.disconnect();
  }

  kill(): void {
    if (!this.exitError) this.child.kill('SIGKILL');
  }
}

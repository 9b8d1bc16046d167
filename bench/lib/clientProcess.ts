// The benchmark's side of a client process (the reputation and moderation benchmarks' clients.ts):
// forked with tsx, driven over IPC, each command answered by a message of a given type. The
// plumbing is the same for both; each benchmark's ClientProcess adds its own commands.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** What every client process understands: `report` and `close`, besides its own commands. */
type BaseCommand = { type: 'report' } | { type: 'close' };
/** What every client process sends: `ready` once started, `progress` unprompted, `closed`. */
type BaseMessage = { type: 'ready' } | { type: 'progress' } | { type: 'report' } | { type: 'closed' };

export class ForkedClientProcess<Command extends { type: string }, Message extends { type: string }> {
  private readonly waiters: {
    type: Message['type'];
    resolve: (message: Message) => void;
    reject: (error: Error) => void;
  }[] = [];
  private exitError: Error | null = null;
  readonly child: ChildProcess;

  /** Forks `script` (relative to `root`); wait for `ready()` before sending commands. */
  protected constructor(root: string, script: string) {
    this.child = fork(path.join(root, script), [], {
      cwd: root,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: Message) => {
      if (message.type === 'progress') {
        this.onProgress(message as Extract<Message, { type: 'progress' }>);
        return;
      }
      const index = this.waiters.findIndex((waiter) => waiter.type === message.type);
      if (index >= 0) this.waiters.splice(index, 1)[0]!.resolve(message);
    });
    this.child.once('exit', (code, signal) => {
      this.exitError = new Error(`The client process exited (${signal ?? code})`);
      for (const waiter of this.waiters.splice(0)) waiter.reject(this.exitError);
    });
  }

  /** A `progress` message: ignored unless the benchmark's class reads it. */
  protected onProgress(_message: Extract<Message, { type: 'progress' }>): void {}

  protected ready(): Promise<unknown> {
    return this.next('ready' as BaseMessage['type'] & Message['type']);
  }

  private next<T extends Message['type']>(type: T): Promise<Extract<Message, { type: T }>> {
    if (this.exitError) return Promise.reject(this.exitError);
    return new Promise((resolve, reject) => {
      this.waiters.push({ type, resolve: (message) => resolve(message as Extract<Message, { type: T }>), reject });
    });
  }

  protected request<T extends Message['type']>(command: Command, reply: T): Promise<Extract<Message, { type: T }>> {
    const answer = this.next(reply);
    this.child.send(command);
    return answer;
  }

  report(): Promise<Extract<Message, { type: 'report' }>> {
    return this.request({ type: 'report' } satisfies BaseCommand as Command, 'report');
  }

  /** Disconnects every socket, then lets the process end. */
  async close(): Promise<void> {
    if (this.exitError) return;
    await this.request({ type: 'close' } satisfies BaseCommand as Command, 'closed').catch(() => undefined);
    this.child.disconnect();
  }

  kill(): void {
    if (!this.exitError) this.child.kill('SIGKILL');
  }
}

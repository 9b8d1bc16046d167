// The benchmark's side of its forked processes (bench/lib/clientProcess.ts does the plumbing):
// the audience processes (./audience.ts), driven together as a pool, and the moderator process
// (./moderator.ts).
import { setPriority } from 'node:os';
import { ForkedClientProcess } from '../lib/clientProcess';
import type {
  ApprovalRecord,
  ApprovalTiming,
  AudienceCommand,
  AudienceMessage,
  AudienceResults,
  ModeratorCommand,
  ModeratorMessage,
  ScoreMode,
  VoteTiming,
} from './protocol';

/** Every process still running, so that an interrupted benchmark leaves none behind. */
const running = new Set<{ kill(): void }>();

export function killAll(): void {
  for (const process of running) process.kill();
  running.clear();
}

class AudienceProcess extends ForkedClientProcess<AudienceCommand, AudienceMessage> {
  connected = 0;

  constructor(root: string) {
    super(root, 'bench/live/audience.ts');
    running.add(this);
  }

  start(): Promise<unknown> {
    return this.ready();
  }

  protected override onProgress(message: Extract<AudienceMessage, { type: 'progress' }>): void {
    this.connected = message.connected;
  }

  connect(command: Extract<AudienceCommand, { type: 'connect' }>) {
    return this.request(command, 'connected');
  }

  track() {
    return this.request({ type: 'track' }, 'tracking');
  }

  results(approvals: ApprovalTiming[], votes: VoteTiming[]) {
    return this.request({ type: 'results', approvals, votes }, 'results');
  }
}

export interface AudienceConnection {
  requested: number;
  connected: number;
  failed: number;
  errors: string[];
  connectMs: number[];
  seconds: number;
}

/** The audience: `count` processes sharing the sockets. */
export class AudiencePool {
  private constructor(readonly processes: AudienceProcess[]) {}

  /**
   * `nice`: the audience processes' niceness (0: the same priority as the processes under test).
   * On the one machine, it stands in for clients on machines of their own: their work gives way
   * to the server's, their receipts are still timed when they read them.
   */
  static async start(root: string, count: number, nice = 0): Promise<AudiencePool> {
    const processes = Array.from({ length: count }, () => new AudienceProcess(root));
    await Promise.all(processes.map((p) => p.start()));
    if (nice !== 0) for (const p of processes) setPriority(p.child.pid!, nice);
    return new AudiencePool(processes);
  }

  get pids(): number[] {
    return this.processes.map((p) => p.child.pid!);
  }

  /** Opens `total` sockets to `room`, `batch` at a time in all (each process its share of a batch). */
  async connect(
    /** Each process connects to one of these, in turn (the server instances). */
    urls: string[],
    room: string,
    scores: ScoreMode,
    total: number,
    batch: number,
    onProgress: (connected: number) => void,
  ): Promise<AudienceConnection> {
    const started = performance.now();
    const n = this.processes.length;
    const perProcessBatch = Math.max(1, Math.round(batch / n));
    const timer = setInterval(() => onProgress(this.processes.reduce((sum, p) => sum + p.connected, 0)), 2_000);
    try {
      const replies = await Promise.all(
        this.processes.map((p, i) =>
          p.connect({
            type: 'connect',
            url: urls[i % urls.length]!,
            room,
            scores,
            count: Math.floor(total / n) + (i < total % n ? 1 : 0),
            batch: perProcessBatch,
            timeoutMs: 20_000,
          }),
        ),
      );
      return {
        requested: total,
        connected: replies.reduce((sum, r) => sum + r.connected, 0),
        failed: replies.reduce((sum, r) => sum + r.failed, 0),
        errors: replies.flatMap((r) => r.errors),
        connectMs: replies.flatMap((r) => r.connectMs),
        seconds: (performance.now() - started) / 1_000,
      };
    } finally {
      clearInterval(timer);
    }
  }

  async track(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.track()));
  }

  results(approvals: ApprovalTiming[], votes: VoteTiming[]): Promise<AudienceResults[]> {
    return Promise.all(this.processes.map((p) => p.results(approvals, votes)));
  }

  async close(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.close()));
    for (const p of this.processes) running.delete(p);
  }
}

export class ModeratorProcess extends ForkedClientProcess<ModeratorCommand, ModeratorMessage> {
  private listener: (record: ApprovalRecord) => void = () => {};

  private constructor(root: string) {
    super(root, 'bench/live/moderator.ts');
    running.add(this);
  }

  static async start(root: string): Promise<ModeratorProcess> {
    const moderator = new ModeratorProcess(root);
    await moderator.ready();
    return moderator;
  }

  /** Called with each approval as its response arrives. */
  onApproval(listener: (record: ApprovalRecord) => void): void {
    this.listener = listener;
  }

  protected override onProgress(message: Extract<ModeratorMessage, { type: 'progress' }>): void {
    this.listener(message.approved);
  }

  async connect(command: Extract<ModeratorCommand, { type: 'connect' }>): Promise<void> {
    const reply = await this.request(command, 'connected');
    if (!reply.ok) throw new Error(`The moderator’s socket could not join the staff room: ${reply.error}`);
  }

  begin(claim: boolean) {
    return this.request({ type: 'start', claim }, 'started');
  }

  stop() {
    return this.request({ type: 'stop' }, 'stopped');
  }

  results() {
    return this.request({ type: 'results' }, 'results');
  }

  override async close(): Promise<void> {
    await super.close();
    running.delete(this);
  }
}

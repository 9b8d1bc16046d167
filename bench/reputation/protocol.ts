// Messages between the reputation benchmark (bench/reputation/run.ts) and its client process
// (bench/reputation/clients.ts), over the IPC channel of child_process.fork.
import type { LoopDelay } from '../realtime/protocol';

export type { LoopDelay };

/** A logged-in author whose own room the client process listens to. */
export interface AuthorSocket {
  userId: number;
  cookie: string;
}

export type ClientCommand =
  | {
      type: 'connect';
      url: string;
      /** The Origin header of a browser on the site: the server refuses websockets from others. */
      origin: string;
      authors: AuthorSocket[];
      batch: number;
      timeoutMs: number;
    }
  | { type: 'report' }
  | { type: 'close' };

export interface ClientReport {
  type: 'report';
  connected: number;
  /** Every `reputation:updated` received: [userId, nowMs() at receipt, reputation], in receipt order. */
  pushes: [userId: number, at: number, reputation: number][];
  /** Every event received after connecting, by name (all sockets together). */
  events: Record<string, number>;
  /** Sockets the server or the network closed (not the benchmark). */
  droppedSockets: number;
  loopDelayMs: LoopDelay;
  rssMB: number;
}

export type ClientMessage =
  | { type: 'ready' }
  | { type: 'progress'; connected: number }
  | { type: 'connected'; connected: number; failed: number; errors: string[] }
  | ClientReport
  | { type: 'closed' };

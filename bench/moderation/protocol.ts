// Messages between the moderation benchmark (bench/moderation/run.ts) and its client process
// (bench/moderation/clients.ts), over the IPC channel of child_process.fork. Times are nowMs()
// (bench/realtime/protocol.ts): the machine's monotonic clock, the same in both processes.
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
      /** Question rooms, `roomsPerObserver` to each anonymous observer socket. */
      rooms: string[];
      roomsPerObserver: number;
      batch: number;
      timeoutMs: number;
    }
  /** Forgets what arrived so far: what follows is the run. */
  | { type: 'reset' }
  | { type: 'report' }
  | { type: 'close' };

/** An answer event received in a public question room. */
export type PublicEvent = [answerId: number, at: number, event: string, status: string];
/** A `post:status` received by an author's own socket; `checks`: the reasons' check names. */
export type StatusEvent = [answerId: number, at: number, status: string, checks: string[], userId: number];

export interface ClientReport {
  type: 'report';
  authorsConnected: number;
  observersConnected: number;
  publicEvents: PublicEvent[];
  statusEvents: StatusEvent[];
  /** Every event received since the reset, by socket kind and name. */
  events: { observers: Record<string, number>; authors: Record<string, number> };
  /** Sockets the server or the network closed (not the benchmark). */
  droppedSockets: number;
  loopDelayMs: LoopDelay;
  rssMB: number;
}

export type ClientMessage =
  | { type: 'ready' }
  | { type: 'progress'; connected: number }
  | { type: 'connected'; authors: number; observers: number; rooms: number; failed: number; errors: string[] }
  | { type: 'reset' }
  | ClientReport
  | { type: 'closed' };

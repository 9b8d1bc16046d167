// Messages between the benchmark (bench/realtime/run.ts) and its client processes
// (bench/realtime/clients.ts), over the IPC channel of child_process.fork.

/**
 * Milliseconds on the system's monotonic clock (CLOCK_MONOTONIC on Linux): the same clock in every
 * process of the machine, so a receipt time taken in a client process and a response time taken in
 * the benchmark's process can be subtracted.
 */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export type TrackMode = 'answers' | 'votes' | 'none';

export type ClientCommand =
  | { type: 'connect'; url: string; room: string; count: number; batch: number; timeoutMs: number }
  | {
      type: 'track';
      mode: TrackMode;
      /** votes: the answer whose `vote:updated` events count, and its version before the first vote. */
      targetId?: number;
      fromVersion?: number;
    }
  | { type: 'report' }
  | { type: 'close' };

export interface LoopDelay {
  /** Delay of the event loop beyond its 10 ms sampling interval, in milliseconds. */
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export interface ClientReport {
  type: 'report';
  connected: number;
  /** answers: receipt times of `answer:created`, per answer id (one per socket that received it). */
  answers: Record<string, number[]>;
  /** votes: per score version, the time each socket first held that version or a later one. */
  versions: Record<string, number[]>;
  /** `vote:updated` messages of the target received (all sockets together). */
  voteMessages: number;
  /** Every event received while tracking, by name (all sockets together). */
  events: Record<string, number>;
  /** Sockets the server or the network closed (not the benchmark). */
  droppedSockets: number;
  loopDelayMs: LoopDelay;
  rssMB: number;
  heapUsedMB: number;
}

export type ClientMessage =
  | { type: 'ready' }
  | { type: 'progress'; connected: number; failed: number }
  | {
      type: 'connected';
      connected: number;
      failed: number;
      errors: string[];
      /** Milliseconds from creating each socket to its subscription's acknowledgement. */
      connectMs: number[];
    }
  | { type: 'tracking' }
  | ClientReport
  | { type: 'closed' };

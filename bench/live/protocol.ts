// Messages between the live-session benchmark (bench/live/run.ts) and its forked processes: the
// audience processes (./audience.ts), which hold the anonymous sockets of `session:{id}`, and the
// moderator process (./moderator.ts), which approves each question as it reaches the queue. All
// times are nowMs() (bench/realtime/protocol.ts): the machine's monotonic clock, the same in
// every process, so that a request sent by one process and a receipt in another can be subtracted.
import type { LoopDelay } from '../realtime/protocol';

export type { LoopDelay };

/**
 * How the audience takes the session's scores: `batched` (one `scores:updated` per window with
 * every changed score, as the site's client subscribes) or `per-target` (`vote:updated`, the
 * contract's default).
 */
export type ScoreMode = 'batched' | 'per-target';

/** A histogram of durations: [round(ms × 10), count] pairs (0.1 ms buckets, negative allowed). */
export type HistogramPairs = [bucket: number, count: number][];

/** When the server wrote an event to the audience's sockets (./server-probe.ts), if known. */
export interface FanoutTiming {
  fanoutStart: number | null;
  fanoutEnd: number | null;
}

/** An approval whose deliveries are measured: `session:question` (approved) with this id. */
export interface ApprovalTiming extends FanoutTiming {
  questionId: number;
  startedAt: number;
  respondedAt: number;
}

/** A vote whose deliveries are measured: a score update of this question with a score ≥ `score`. */
export interface VoteTiming extends FanoutTiming {
  targetId: number;
  /** The question's score right after this vote (its response says it). */
  score: number;
  startedAt: number;
  respondedAt: number;
}

/** How many audience sockets received one event, and when the first and the last did. */
export interface Reach {
  count: number;
  first: number | null;
  last: number | null;
}

/** The deliveries of one kind of event, from one audience process (or all of them, merged). */
export interface Deliveries {
  fromRequest: HistogramPairs;
  fromResponse: HistogramPairs;
  /** From the moment the server began writing the event to the sockets, and when it had finished. */
  fromFanoutStart: HistogramPairs;
  fromFanoutEnd: HistogramPairs;
  /** One per measured event, in the order they were sent. */
  reach: Reach[];
}

export type AudienceCommand =
  | {
      type: 'connect';
      url: string;
      room: string;
      /** How the room's scores arrive: `scores:updated` (the site's client), or `vote:updated`. */
      scores: ScoreMode;
      count: number;
      batch: number;
      timeoutMs: number;
    }
  | { type: 'track' }
  | { type: 'results'; approvals: ApprovalTiming[]; votes: VoteTiming[] }
  | { type: 'report' }
  | { type: 'close' };

export interface AudienceResults {
  type: 'results';
  sockets: number;
  /** Still connected when the results were asked for. */
  connected: number;
  approvals: Deliveries;
  votes: Deliveries;
  /** Score messages (`vote:updated` or `scores:updated`) about questions received (all sockets together). */
  voteMessages: number;
  /** Every event received while tracking, by name (all sockets together). */
  events: Record<string, number>;
  /** Sockets the server or the network closed (not the benchmark). */
  droppedSockets: number;
  loopDelayMs: LoopDelay;
  rssMB: number;
}

export type AudienceMessage =
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
  | AudienceResults
  | { type: 'report' }
  | { type: 'closed' };

/** One question the moderator approved (or tried to). */
export interface ApprovalRecord {
  questionId: number;
  caseId: number;
  /** When the staff socket received the question entering the queue. */
  queuedSeenAt: number;
  /** The claim of its case, when the benchmark claims first (BENCH_LIVE_CLAIM=1). */
  claim: { startedAt: number; respondedAt: number; status: number } | null;
  /** POST /api/sessions/:id/questions/:qid/state {state: 'approved'}: sent, response received. */
  startedAt: number;
  respondedAt: number;
  status: number;
  error?: string;
}

export type ModeratorCommand =
  | {
      type: 'connect';
      /** Where its socket connects. */
      url: string;
      /** Where its requests go (the same instance, or the API's). */
      apiUrl: string;
      /** The Origin header of a browser on the site: the server refuses websockets from others. */
      origin: string;
      cookie: string;
      csrfToken: string;
      sessionId: number;
      timeoutMs: number;
    }
  | { type: 'start'; claim: boolean }
  | { type: 'stop' }
  | { type: 'results' }
  | { type: 'report' }
  | { type: 'close' };

export type ModeratorMessage =
  | { type: 'ready' }
  | { type: 'connected'; ok: true }
  | { type: 'connected'; ok: false; error: string }
  | { type: 'started' }
  | { type: 'stopped' }
  /** Sent as each approval's response arrives, so that the benchmark votes on approved questions. */
  | { type: 'progress'; approved: ApprovalRecord }
  | {
      type: 'results';
      approvals: ApprovalRecord[];
      /** Questions seen entering the queue that were not approved (the moderator was stopped). */
      notApproved: number;
      events: Record<string, number>;
      droppedSocket: boolean;
      loopDelayMs: LoopDelay;
    }
  | { type: 'report' }
  | { type: 'closed' };

// Job contracts shared by the server (which enqueues after commit) and the workers.
// Jobs carry ids, never content and never an anonymous author's identity: job data is stored
// in clear in Redis.

export const QUEUE_NAMES = {
  search: 'search',
  reputation: 'reputation',
  moderation: 'moderation',
  sessions: 'sessions',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export interface SearchJobs {
  /** Adds the words of one question to the typo-correction lexicon. */
  'search.index': { questionId: number };
  /** Rebuilds the lexicon from every published question (reconciles lost jobs). */
  'search.rebuild': Record<string, never>;
}

export interface ReputationJobs {
  /**
   * Brings the ledger, the totals and the notifications in line with one recorded change (a row
   * of `reputation_outbox`: a vote, a question, an answer or a voter). Idempotent.
   */
  'reputation.apply': { outboxId: string };
  /**
   * Re-enqueues the outbox rows whose job Redis may have lost: those older than a few seconds,
   * or all of them (`all`, when the workers start; rows still queued are not enqueued twice).
   */
  'reputation.reconcile': { all?: boolean };
  /** Finds serial voting and voids its reputation effect. */
  'reputation.detectSerialVoting': Record<string, never>;
}

export interface ModerationJobs {
  /** Runs the automated checks on a post awaiting them; publishes it, or holds it with a case. */
  'moderation.check': { targetType: 'question' | 'answer'; targetId: number };
  /** Re-enqueues the posts still awaiting their checks (older than a few seconds, or `all`). */
  'moderation.reconcile': { all?: boolean };
}

export interface SessionJobs {
  /**
   * Tells the subscribers of sessions whose questions have just opened (scheduled): each session
   * is announced once, whichever worker runs it first.
   */
  'sessions.openQuestions': Record<string, never>;
}

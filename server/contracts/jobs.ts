// Job contracts shared by the server (which enqueues after commit) and the workers.
// Jobs carry ids, never content and never an anonymous author's identity: job data is stored
// in clear in Redis.

export const QUEUE_NAMES = {
  search: 'search',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export interface SearchJobs {
  /** Adds the words of one question to the typo-correction lexicon. */
  'search.index': { questionId: number };
  /** Rebuilds the lexicon from every published question (reconciles lost jobs). */
  'search.rebuild': Record<string, never>;
}

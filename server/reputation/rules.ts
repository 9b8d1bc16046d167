// Every reputation rule and privilege threshold, in one place. The defaults are the product's
// rules; a deployment (or a load test) may override a number through the environment variable
// named next to it, documented in .env.example.

export const REPUTATION_TIME_ZONE = 'Europe/Paris';

/** What a user starts with, and the floor nobody goes under. */
export const BASE_REPUTATION = 1;

export interface ReputationRules {
  /** Points to an answer's author per upvote (REPUTATION_ANSWER_UPVOTED). */
  answerUpvoted: number;
  /** Points to a question's author per upvote (REPUTATION_QUESTION_UPVOTED). */
  questionUpvoted: number;
  /** Points (negative) to a post's author per downvote (REPUTATION_POST_DOWNVOTED). */
  postDownvoted: number;
  /** What downvoting an answer costs the voter (REPUTATION_DOWNVOTE_COST). */
  downvoteCost: number;
  /** Points to an accepted answer's author (REPUTATION_ANSWER_ACCEPTED). */
  answerAccepted: number;
  /** Points to the asker who accepts an answer (REPUTATION_ACCEPTER). */
  accepter: number;
  /** Most a user gains from votes in one day, Europe/Paris (REPUTATION_DAILY_VOTE_CAP). */
  dailyVoteCap: number;
  /** Votes one voter may cast per day (REPUTATION_DAILY_UPVOTES, REPUTATION_DAILY_DOWNVOTES). */
  dailyUpvotes: number;
  dailyDownvotes: number;
  /** More votes than this from one voter on one author in a day is serial voting (REPUTATION_SERIAL_VOTES). */
  serialVotesPerDay: number;
  privileges: Record<Privilege, number>;
  /** Totals worth a notification when reached. */
  milestones: number[];
}

export type Privilege = 'upvote' | 'flag' | 'downvote' | 'manyLinks' | 'editOthers';

/** How a privilege is named in French messages: « … requiert N points de réputation ». */
export const PRIVILEGE_LABELS: Record<Privilege, string> = {
  upvote: 'Voter pour un message',
  flag: 'Signaler un message',
  downvote: 'Voter contre un message',
  manyLinks: 'Publier plus de 2 liens dans un message',
  editOthers: 'Modifier les messages des autres',
};

/** Links a message may hold without the `manyLinks` privilege. */
export const FREE_LINKS = 2;

export const DEFAULT_REPUTATION_RULES: ReputationRules = {
  answerUpvoted: 10,
  questionUpvoted: 5,
  postDownvoted: -2,
  downvoteCost: -1,
  answerAccepted: 15,
  accepter: 2,
  dailyVoteCap: 200,
  dailyUpvotes: 30,
  dailyDownvotes: 10,
  serialVotesPerDay: 5,
  privileges: { upvote: 1, flag: 1, downvote: 50, manyLinks: 10, editOthers: 500 },
  milestones: [10, 50, 100, 500, 1000, 2000, 5000, 10000],
};

function intFrom(name: string, fallback: number, { signed = false } = {}): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || (!signed && value < 0)) {
    throw new Error(`${name} doit être un entier${signed ? '' : ' positif'} (reçu « ${raw} »)`);
  }
  return value;
}

export function loadReputationRules(): ReputationRules {
  const d = DEFAULT_REPUTATION_RULES;
  return {
    answerUpvoted: intFrom('REPUTATION_ANSWER_UPVOTED', d.answerUpvoted),
    questionUpvoted: intFrom('REPUTATION_QUESTION_UPVOTED', d.questionUpvoted),
    postDownvoted: intFrom('REPUTATION_POST_DOWNVOTED', d.postDownvoted, { signed: true }),
    downvoteCost: intFrom('REPUTATION_DOWNVOTE_COST', d.downvoteCost, { signed: true }),
    answerAccepted: intFrom('REPUTATION_ANSWER_ACCEPTED', d.answerAccepted),
    accepter: intFrom('REPUTATION_ACCEPTER', d.accepter),
    dailyVoteCap: intFrom('REPUTATION_DAILY_VOTE_CAP', d.dailyVoteCap),
    dailyUpvotes: intFrom('REPUTATION_DAILY_UPVOTES', d.dailyUpvotes),
    dailyDownvotes: intFrom('REPUTATION_DAILY_DOWNVOTES', d.dailyDownvotes),
    serialVotesPerDay: intFrom('REPUTATION_SERIAL_VOTES', d.serialVotesPerDay),
    privileges: { ...d.privileges },
    milestones: [...d.milestones],
  };
}

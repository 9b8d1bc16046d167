import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import type { ReputationReason, ReputationReversal, TargetType } from '../../server/contracts/dto';
import { REPUTATION_TIME_ZONE, type ReputationRules } from '../../server/reputation/rules';
import { parisDay } from '../../server/reputation/parisDay';

// What the ledger should hold, computed from PostgreSQL's state alone. A unit is one effect of
// one cause on one user (a vote on its post's author, a downvote on its voter, an acceptance on
// the answerer or on the asker). Its rows in the ledger must add up to `amount`: the worker
// writes the difference, so that applying the same state twice writes nothing.

export interface Unit {
  unit: string;
  userId: number;
  amount: number;
  reason: ReputationReason;
  /** Why the unit is worth nothing now, when it may have been worth something before. */
  reversal: ReputationReversal | null;
  voteId: number | null;
  questionId: number;
  answerId: number | null;
  tagIds: number[];
  /** Paris day the unit counts for: the vote's day; an acceptance's is the day it is applied. */
  day: string;
}

/** A vote as the reputation rules see it. */
export interface VoteFacts {
  id: number;
  voterId: number;
  value: -1 | 1;
  targetType: TargetType;
  targetId: number;
  voidReason: 'serial_voting' | 'voter_removed' | null;
  notified: boolean;
  day: string;
  authorId: number | null;
  anonymous: boolean;
  questionId: number;
  /**
   * The post and its question are published, or pending a moderation decision (an edited post
   * is re-checked): only hiding or deleting a post takes back what its votes gave.
   */
  live: boolean;
  tagIds: number[];
}

const VOTE_FACTS = `
  SELECT v.id, v.voter_id AS "voterId", v.value, v.target_type AS "targetType", v.target_id AS "targetId",
         v.void_reason AS "voidReason", v.notified,
         to_char(v.created_at AT TIME ZONE '${REPUTATION_TIME_ZONE}', 'YYYY-MM-DD') AS day,
         CASE WHEN v.target_type = 'answer' THEN a.author_id ELSE q.author_id END AS "authorId",
         CASE WHEN v.target_type = 'answer' THEN a.anonymous ELSE q.anonymous END AS anonymous,
         q.id AS "questionId",
         (q.status IN ('published', 'pending') AND (v.target_type = 'question' OR a.status IN ('published', 'pending'))) AS live,
         ARRAY(SELECT qt.tag_id FROM question_tags qt WHERE qt.question_id = q.id ORDER BY qt.position) AS "tagIds"
  FROM votes v
  LEFT JOIN answers a ON v.target_type = 'answer' AND a.id = v.target_id
  JOIN questions q ON q.id = CASE WHEN v.target_type = 'answer' THEN a.question_id ELSE v.target_id END`;

export type VoteFilter = { voteIds: number[] } | { questionId: number } | { answerId: number } | { voterId: number };

export async function loadVotes(
  sequelize: Sequelize,
  filter: VoteFilter,
  transaction?: Transaction,
): Promise<VoteFacts[]> {
  if ('voteIds' in filter && filter.voteIds.length === 0) return [];
  let where: string;
  if ('voteIds' in filter) where = 'v.id IN (:voteIds)';
  else if ('answerId' in filter) where = `v.target_type = 'answer' AND v.target_id = :answerId`;
  else if ('voterId' in filter) where = 'v.voter_id = :voterId';
  else
    where = `(v.target_type = 'question' AND v.target_id = :questionId)
      OR (v.target_type = 'answer' AND v.target_id IN (SELECT id FROM answers WHERE question_id = :questionId))`;
  return sequelize.query<VoteFacts>(`${VOTE_FACTS} WHERE ${where}`, {
    replacements: filter,
    type: QueryTypes.SELECT,
    transaction,
  });
}

export const voteUnitNames = (voteId: number) => [`vote:${voteId}:author`, `vote:${voteId}:voter`];

/** The units a vote should be worth now. */
export function voteUnits(vote: VoteFacts, rules: ReputationRules): Unit[] {
  const inForce = vote.voidReason === null && vote.live;
  const reversal: ReputationReversal | null = vote.voidReason ?? (vote.live ? null : 'post_removed');
  const common = { voteId: vote.id, questionId: vote.questionId, day: vote.day, reversal };
  const answerId = vote.targetType === 'answer' ? vote.targetId : null;
  const units: Unit[] = [];
  if (vote.authorId !== null) {
    const up = vote.value === 1;
    const amount = up
      ? vote.targetType === 'answer'
        ? rules.answerUpvoted
        : rules.questionUpvoted
      : rules.postDownvoted;
    units.push({
      ...common,
      unit: `vote:${vote.id}:author`,
      userId: vote.authorId,
      // Anonymous posts earn nothing: a public total moving with them would unmask their author.
      amount: inForce && !vote.anonymous ? amount : 0,
      reason: up ? (vote.targetType === 'answer' ? 'answer_upvoted' : 'question_upvoted') : 'post_downvoted',
      answerId,
      tagIds: vote.tagIds,
    });
  }
  if (vote.value === -1 && vote.targetType === 'answer') {
    units.push({
      ...common,
      unit: `vote:${vote.id}:voter`,
      userId: vote.voterId,
      amount: inForce ? rules.downvoteCost : 0,
      reason: 'downvote_cast',
      answerId,
      tagIds: [],
    });
  }
  return units;
}

interface AcceptanceFacts {
  questionId: number;
  askerId: number | null;
  questionAnonymous: boolean;
  questionLive: boolean;
  acceptedAnswerId: number | null;
  answererId: number | null;
  answerAnonymous: boolean;
  answerLive: boolean;
  tagIds: number[];
}

export async function loadAcceptance(
  sequelize: Sequelize,
  questionId: number,
  transaction?: Transaction,
): Promise<AcceptanceFacts | null> {
  const [row] = await sequelize.query<AcceptanceFacts>(
    `SELECT q.id AS "questionId", q.author_id AS "askerId", q.anonymous AS "questionAnonymous",
            q.status IN ('published', 'pending') AS "questionLive", q.accepted_answer_id AS "acceptedAnswerId",
            a.author_id AS "answererId", coalesce(a.anonymous, false) AS "answerAnonymous",
            coalesce(a.status IN ('published', 'pending'), false) AS "answerLive",
            ARRAY(SELECT qt.tag_id FROM question_tags qt WHERE qt.question_id = q.id ORDER BY qt.position) AS "tagIds"
     FROM questions q LEFT JOIN answers a ON a.id = q.accepted_answer_id
     WHERE q.id = :questionId`,
    { replacements: { questionId }, type: QueryTypes.SELECT, transaction },
  );
  return row ?? null;
}

/** The units the question's current acceptance should be worth (none if nothing is accepted). */
export function acceptanceUnits(facts: AcceptanceFacts, rules: ReputationRules, now: Date): Unit[] {
  const answerId = facts.acceptedAnswerId;
  if (answerId === null || facts.answererId === null) return [];
  const inForce = facts.questionLive && facts.answerLive;
  // Accepting one's own answer earns nothing either way.
  if (facts.answererId === facts.askerId) return [];
  const common = {
    voteId: null,
    questionId: facts.questionId,
    answerId,
    day: parisDay(now),
    reversal: inForce ? null : ('post_removed' as const),
  };
  const units: Unit[] = [
    {
      ...common,
      unit: `accept:${facts.questionId}:${answerId}:author`,
      userId: facts.answererId,
      amount: inForce && !facts.answerAnonymous ? rules.answerAccepted : 0,
      reason: 'answer_accepted',
      tagIds: facts.tagIds,
    },
  ];
  if (facts.askerId !== null) {
    units.push({
      ...common,
      unit: `accept:${facts.questionId}:${answerId}:accepter`,
      userId: facts.askerId,
      amount: inForce && !facts.questionAnonymous ? rules.accepter : 0,
      reason: 'accepter',
      tagIds: [],
    });
  }
  return units;
}

export type SubjectKind = 'vote' | 'question' | 'answer' | 'voter';

/** What the worker is asked to look at, parsed from an outbox row. */
export function parseSubject(subject: string): { kind: SubjectKind; id: number } {
  const match = /^(vote|question|answer|voter):(\d+)$/.exec(subject);
  if (!match) throw new Error(`unknown reputation subject ${subject}`);
  return { kind: match[1] as SubjectKind, id: Number(match[2]) };
}

/** The votes whose reputation a subject may change. */
export function votesOfSubject(kind: SubjectKind, id: number): VoteFilter {
  switch (kind) {
    case 'vote':
      return { voteIds: [id] };
    case 'voter':
      return { voterId: id };
    case 'answer':
      return { answerId: id };
    case 'question':
      return { questionId: id };
  }
}

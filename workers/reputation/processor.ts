import type { Job } from 'bullmq';
import { QueryTypes, type Sequelize } from 'sequelize';
import type { Logger } from 'pino';
import type { ReputationJobs } from '../../server/contracts/jobs';
import type { ReputationReversal } from '../../server/contracts/dto';
import type { Queues } from '../../server/queues';
import type { RealtimePublisher } from '../../server/realtime/publisher';
import type { ReputationRules } from '../../server/reputation/rules';
import { presentNotification } from '../../server/presenters/notifications';
import { settle, type ReputationMove } from './ledger';
import { notifyAnswerAccepted, notifyAnswerPosted, notifyMilestones, notifyVotes, type Notified } from './notifier';
import {
  acceptanceUnits,
  loadAcceptance,
  loadVotes,
  parseSubject,
  voteUnitNames,
  voteUnits,
  votesOfSubject,
  type Unit,
} from './units';
import { detectSerialVoting } from './serialVoting';

export interface ReputationDeps {
  sequelize: Sequelize;
  queues: Queues;
  realtime: RealtimePublisher;
  rules: ReputationRules;
  logger: Logger;
  /** The clock acceptances are dated by; tests move it. */
  now?: () => Date;
}

/** What a job reports (kept by BullMQ in Redis: counts only, never who). */
export interface Applied {
  subject: string;
  rows: number;
  users: number;
  notifications: number;
}

/**
 * Applies one outbox row: the ledger, the totals and the notifications its subject calls for,
 * then deletes the row, all in one transaction; pushes to the users concerned after commit.
 * A row already applied is gone, so a duplicate or retried job does nothing.
 */
export async function applyOutboxEntry(deps: ReputationDeps, outboxId: string): Promise<Applied | null> {
  const { sequelize, rules } = deps;
  const now = deps.now ?? (() => new Date());
  const done = await sequelize.transaction(async (transaction) => {
    const [entry] = await sequelize.query<{ subject: string }>(
      `SELECT subject FROM reputation_outbox WHERE id = :outboxId FOR UPDATE`,
      { replacements: { outboxId }, type: QueryTypes.SELECT, transaction },
    );
    if (!entry) return null;
    const { kind, id } = parseSubject(entry.subject);

    let acceptanceOf: number | undefined;
    if (kind === 'question') acceptanceOf = id;
    if (kind === 'answer') {
      const [answer] = await sequelize.query<{ questionId: number }>(
        `SELECT question_id AS "questionId" FROM answers WHERE id = :id`,
        { replacements: { id }, type: QueryTypes.SELECT, transaction },
      );
      acceptanceOf = answer?.questionId;
    }
    const votes = await loadVotes(sequelize, votesOfSubject(kind, id), transaction);
    const desired: Unit[] = votes.flatMap((vote) => voteUnits(vote, rules));
    const acceptance = acceptanceOf === undefined ? null : await loadAcceptance(sequelize, acceptanceOf, transaction);
    if (acceptance) desired.push(...acceptanceUnits(acceptance, rules, now()));

    const settlement = await settle(sequelize, transaction, rules, {
      desired,
      alsoUnits: kind === 'vote' ? voteUnitNames(id) : [],
      acceptanceOf,
      // A vote's units only ever concern its post's author and its voter.
      users:
        kind === 'vote' && votes[0]
          ? [votes[0].voterId, ...(votes[0].authorId === null ? [] : [votes[0].authorId])]
          : undefined,
      reversalFor: (unit): ReputationReversal => {
        if (unit.voteId !== null) return 'vote_withdrawn';
        return acceptance?.acceptedAnswerId === unit.answerId ? 'post_removed' : 'acceptance_withdrawn';
      },
    });

    const notifications: Notified[] = [];
    if (kind === 'vote') notifications.push(...(await notifyVotes(sequelize, transaction, votes)));
    if (kind === 'answer') notifications.push(...(await notifyAnswerPosted(sequelize, transaction, id)));
    if (kind === 'question' && acceptance?.acceptedAnswerId && acceptance.answererId !== null) {
      if (acceptance.questionLive && acceptance.answerLive) {
        notifications.push(
          ...(await notifyAnswerAccepted(sequelize, transaction, {
            questionId: acceptance.questionId,
            answerId: acceptance.acceptedAnswerId,
            answererId: acceptance.answererId,
            askerId: acceptance.askerId,
          })),
        );
      }
    }
    notifications.push(...(await notifyMilestones(sequelize, transaction, rules, settlement.moves)));
    await sequelize.query(`DELETE FROM reputation_outbox WHERE id = :outboxId`, {
      replacements: { outboxId },
      transaction,
    });
    return { subject: entry.subject, rows: settlement.rows.length, moves: settlement.moves, notifications };
  });
  if (!done) return null;
  await publish(deps, done.moves, done.notifications);
  return {
    subject: done.subject,
    rows: done.rows,
    users: done.moves.length,
    notifications: done.notifications.length,
  };
}

async function publish(deps: ReputationDeps, moves: ReputationMove[], notifications: Notified[]): Promise<void> {
  const { realtime } = deps;
  await Promise.all([
    ...moves
      .filter((move) => move.before !== move.after)
      .map((move) => realtime.emit([realtime.userRoom(move.userId)], 'reputation:updated', { reputation: move.after })),
    ...notifications.map((row) =>
      realtime.emit([realtime.userRoom(row.user_id)], 'notification', { notification: presentNotification(row) }),
    ),
  ]);
}

/** Outbox rows older than this have lost their job, or their worker: they are enqueued again. */
const RECONCILE_AFTER_MS = 5_000;
const RECONCILE_BATCH = 5_000;

/** Enqueues again what Redis may have lost, and retries what failed for good. */
export async function reconcileOutbox(deps: ReputationDeps, { all = false } = {}): Promise<number> {
  await deps.queues.reputation.retryJobs({ state: 'failed', count: 1_000 });
  const rows = await deps.sequelize.query<{ id: string }>(
    `SELECT id FROM reputation_outbox WHERE created_at < now() - make_interval(secs => :seconds)
     ORDER BY id LIMIT :limit`,
    {
      replacements: { seconds: all ? 0 : RECONCILE_AFTER_MS / 1000, limit: RECONCILE_BATCH },
      type: QueryTypes.SELECT,
    },
  );
  if (rows.length > 0) await deps.queues.applyReputation(rows.map((row) => row.id));
  return rows.length;
}

export function reputationProcessor(deps: ReputationDeps) {
  return async (job: Job): Promise<unknown> => {
    switch (job.name as keyof ReputationJobs) {
      case 'reputation.apply':
        return applyOutboxEntry(deps, (job.data as ReputationJobs['reputation.apply']).outboxId);
      case 'reputation.reconcile':
        return { requeued: await reconcileOutbox(deps, job.data as ReputationJobs['reputation.reconcile']) };
      case 'reputation.detectSerialVoting':
        return { voided: await detectSerialVoting(deps) };
      default:
        throw new Error(`unknown reputation job ${job.name}`);
    }
  };
}

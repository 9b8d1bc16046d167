import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import type { NotificationData, NotificationKind } from '../../server/contracts/dto';
import type { NotificationRow } from '../../server/presenters/notifications';
import { PRIVILEGE_LABELS, type Privilege, type ReputationRules } from '../../server/reputation/rules';
import type { ReputationMove } from './ledger';
import type { VoteFacts } from './units';

// Notifications are written in the job's transaction, so that a retried job finds them there:
// a one-off notification has a key unique per user, votes on one post are grouped into the
// single unread notification for it, and a vote is marked once it has been counted there.

export interface Notified extends NotificationRow {
  user_id: number;
}

const RETURNING = 'RETURNING id, user_id, kind, data, read_at, created_at, updated_at';

async function notifyOnce(
  sequelize: Sequelize,
  transaction: Transaction,
  userId: number,
  kind: NotificationKind,
  onceKey: string,
  data: NotificationData,
): Promise<Notified[]> {
  return sequelize.query<Notified>(
    `INSERT INTO notifications (user_id, kind, once_key, data)
     SELECT :userId, :kind, :onceKey, :data::jsonb
     WHERE EXISTS (SELECT 1 FROM users WHERE id = :userId AND removed_at IS NULL)
     ON CONFLICT (user_id, once_key) WHERE once_key IS NOT NULL DO NOTHING ${RETURNING}`,
    { replacements: { userId, kind, onceKey, data: JSON.stringify(data) }, type: QueryTypes.SELECT, transaction },
  );
}

async function questionTitle(sequelize: Sequelize, transaction: Transaction, questionId: number): Promise<string> {
  const [row] = await sequelize.query<{ title: string }>(`SELECT title FROM questions WHERE id = :questionId`, {
    replacements: { questionId },
    type: QueryTypes.SELECT,
    transaction,
  });
  return row?.title ?? '';
}

/** « Nouvelle réponse à votre question », once per answer, when the answer is published. */
export async function notifyAnswerPosted(
  sequelize: Sequelize,
  transaction: Transaction,
  answerId: number,
): Promise<Notified[]> {
  const [facts] = await sequelize.query<{
    askerId: number | null;
    answererId: number | null;
    questionId: number;
    title: string;
  }>(
    `SELECT q.author_id AS "askerId", a.author_id AS "answererId", q.id AS "questionId", q.title
     FROM answers a JOIN questions q ON q.id = a.question_id
     WHERE a.id = :answerId AND a.status = 'published' AND q.status = 'published'`,
    { replacements: { answerId }, type: QueryTypes.SELECT, transaction },
  );
  if (!facts || facts.askerId === null || facts.askerId === facts.answererId) return [];
  return notifyOnce(sequelize, transaction, facts.askerId, 'answer_posted', `answer_posted:${answerId}`, {
    questionId: facts.questionId,
    answerId,
    questionTitle: facts.title,
  });
}

/** « Votre réponse a été acceptée », once per answer. */
export async function notifyAnswerAccepted(
  sequelize: Sequelize,
  transaction: Transaction,
  accepted: { questionId: number; answerId: number; answererId: number; askerId: number | null },
): Promise<Notified[]> {
  if (accepted.answererId === accepted.askerId) return [];
  return notifyOnce(
    sequelize,
    transaction,
    accepted.answererId,
    'answer_accepted',
    `answer_accepted:${accepted.answerId}`,
    {
      questionId: accepted.questionId,
      answerId: accepted.answerId,
      questionTitle: await questionTitle(sequelize, transaction, accepted.questionId),
    },
  );
}

/** Votes not yet told to their post's author, grouped per post in its unread notification. */
export async function notifyVotes(
  sequelize: Sequelize,
  transaction: Transaction,
  votes: VoteFacts[],
): Promise<Notified[]> {
  const fresh = votes.filter((vote) => !vote.notified && vote.live && vote.authorId !== null);
  if (fresh.length === 0) return [];
  const marked = await sequelize.query<{ id: number }>(
    `UPDATE votes SET notified = true WHERE id IN (:ids) AND NOT notified RETURNING id`,
    { replacements: { ids: fresh.map((vote) => vote.id) }, type: QueryTypes.SELECT, transaction },
  );
  const markedIds = new Set(marked.map((row) => row.id));
  const notified: Notified[] = [];
  for (const vote of fresh.filter((v) => markedIds.has(v.id))) {
    const data: NotificationData = {
      targetType: vote.targetType,
      targetId: vote.targetId,
      questionId: vote.questionId,
      ...(vote.targetType === 'answer' ? { answerId: vote.targetId } : {}),
      questionTitle: await questionTitle(sequelize, transaction, vote.questionId),
      upvotes: vote.value === 1 ? 1 : 0,
      downvotes: vote.value === -1 ? 1 : 0,
    };
    notified.push(
      ...(await sequelize.query<Notified>(
        `INSERT INTO notifications (user_id, kind, group_key, data)
         SELECT :userId, 'post_voted', :groupKey, :data::jsonb
         WHERE EXISTS (SELECT 1 FROM users WHERE id = :userId AND removed_at IS NULL)
         ON CONFLICT (user_id, group_key) WHERE group_key IS NOT NULL AND read_at IS NULL DO UPDATE SET
           data = notifications.data || jsonb_build_object(
             'upvotes', (notifications.data->>'upvotes')::int + (EXCLUDED.data->>'upvotes')::int,
             'downvotes', (notifications.data->>'downvotes')::int + (EXCLUDED.data->>'downvotes')::int),
           updated_at = now()
         ${RETURNING}`,
        {
          replacements: {
            userId: vote.authorId,
            groupKey: `post_voted:${vote.targetType}:${vote.targetId}`,
            data: JSON.stringify(data),
          },
          type: QueryTypes.SELECT,
          transaction,
        },
      )),
    );
  }
  return notified;
}

/** Milestones crossed upwards, each told once in a user's life. */
export async function notifyMilestones(
  sequelize: Sequelize,
  transaction: Transaction,
  rules: ReputationRules,
  moves: ReputationMove[],
): Promise<Notified[]> {
  const notified: Notified[] = [];
  for (const { userId, before, after } of moves) {
    for (const milestone of rules.milestones.filter((m) => before < m && m <= after)) {
      const privileges = (Object.entries(rules.privileges) as [Privilege, number][])
        .filter(([, threshold]) => threshold === milestone)
        .map(([privilege]) => PRIVILEGE_LABELS[privilege].toLowerCase());
      notified.push(
        ...(await notifyOnce(sequelize, transaction, userId, 'reputation_milestone', `milestone:${milestone}`, {
          milestone,
          reputation: after,
          privileges,
        })),
      );
    }
  }
  return notified;
}

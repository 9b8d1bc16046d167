import { QueryTypes, type Transaction } from 'sequelize';
import { LiveSession, Organisation, type User } from '../../db/models';
import type { ModerationReason, NotificationKind } from '../contracts/dto';
import type { CommandContext } from '../context';
import { conflict, notFound, validationFailed } from '../errors';
import { inTransaction, postStatusChanged, questionChanged, type AfterCommit } from '../commands/effects';
import { resolveTags } from '../commands/tagResolver';
import { caseChanged } from '../moderation/cases';
import { presentNotification, type NotificationRow } from '../presenters/notifications';
import { assertRunsSession, lockSession, questionsOpen } from './access';
import { sessionChanged } from './broadcast';

// A session's life: announced (scheduled, collecting questions from creation or from a set
// time), started, ended by its organisation's moderators. Subscribers are told once when
// questions open and once when it starts. At its end nothing is lost and nothing expires: its
// questions become ordinary questions or are set aside with a reason their askers read.

export const MAX_SESSION_EXPERTS = 10;
export const ENDED_BEFORE_MODERATION = 'Session terminée avant modération.';

export interface SessionCreatorProps {
  title: string;
  description: string;
  organisationId: number;
  startsAt: Date;
  endsAt: Date;
  expertIds: number[];
  tags?: string[];
  questionsOpenAt?: Date | null;
}

/**
 * Without themes chosen, the session's questions are filed under the themes its experts
 * declared, the most shared first: what they came to answer about.
 */
async function expertThemes(ctx: CommandContext, expertIds: number[], transaction: Transaction): Promise<string[]> {
  const rows = await ctx.sequelize.query<{ slug: string }>(
    `SELECT t.slug FROM expert_tags et JOIN tags t ON t.id = et.tag_id WHERE et.user_id IN (:expertIds)
     GROUP BY t.slug ORDER BY count(*) DESC, min(et.position), t.slug LIMIT 5`,
    { replacements: { expertIds }, type: QueryTypes.SELECT, transaction },
  );
  return rows.map((row) => row.slug);
}

export async function sessionCreator(
  ctx: CommandContext,
  viewer: User,
  props: SessionCreatorProps,
): Promise<LiveSession> {
  assertRunsSession(viewer, { organisationId: props.organisationId });
  if (props.endsAt.getTime() <= props.startsAt.getTime()) {
    throw validationFailed('La fin de la session doit suivre son début.', [
      { path: 'body.endsAt', message: 'Fin avant le début' },
    ]);
  }
  if (props.endsAt.getTime() <= Date.now()) {
    throw validationFailed('La fin de la session doit être à venir.', [{ path: 'body.endsAt', message: 'Fin passée' }]);
  }
  if (props.questionsOpenAt && props.questionsOpenAt.getTime() > props.startsAt.getTime()) {
    throw validationFailed('Les questions doivent s’ouvrir au plus tard au début de la session.', [
      { path: 'body.questionsOpenAt', message: 'Ouverture après le début' },
    ]);
  }
  const expertIds = [...new Set(props.expertIds)];
  return inTransaction(ctx, async (transaction) => {
    if (!(await Organisation.findByPk(props.organisationId, { transaction }))) {
      throw notFound('Organisation introuvable.');
    }
    const verified = await ctx.sequelize.query<{ id: number }>(
      `SELECT id FROM users WHERE id IN (:expertIds) AND expert_verified AND removed_at IS NULL`,
      { replacements: { expertIds }, type: QueryTypes.SELECT, transaction },
    );
    const unverified = expertIds.filter((id) => !verified.some((row) => row.id === id));
    if (unverified.length > 0) {
      throw validationFailed(
        `Seuls des experts vérifiés répondent dans une session : ${unverified.join(', ')} ne l’${unverified.length > 1 ? 'sont' : 'est'} pas.`,
        [{ path: 'body.expertIds', message: 'Expert non vérifié' }],
      );
    }
    const tags = props.tags ?? (await expertThemes(ctx, expertIds, transaction));
    if (tags.length === 0) {
      throw validationFailed('Choisissez les thèmes de la session (tags) : ses questions y seront classées.', [
        { path: 'body.tags', message: 'Au moins un thème' },
      ]);
    }
    const tagRows = await resolveTags(tags, transaction);
    const session = await LiveSession.create(
      {
        organisationId: props.organisationId,
        title: props.title,
        description: props.description,
        startsAt: props.startsAt,
        endsAt: props.endsAt,
        questionsOpenAt: props.questionsOpenAt ?? null,
        createdBy: viewer.id,
      },
      { transaction },
    );
    // Open at once: nobody has subscribed yet, so there is nobody to tell.
    if (questionsOpen(session)) await session.update({ openAnnounced: true }, { transaction });
    await ctx.sequelize.query(
      `INSERT INTO live_session_experts (session_id, user_id, position)
       SELECT :sessionId, x.id, x.n - 1 FROM unnest(ARRAY[:expertIds]::int[]) WITH ORDINALITY AS x(id, n)`,
      { replacements: { sessionId: session.id, expertIds }, transaction },
    );
    await ctx.sequelize.query(
      `INSERT INTO live_session_tags (session_id, tag_id, position)
       SELECT :sessionId, x.id, x.n - 1 FROM unnest(ARRAY[:tagIds]::int[]) WITH ORDINALITY AS x(id, n)`,
      { replacements: { sessionId: session.id, tagIds: tagRows.map((tag) => tag.id) }, transaction },
    );
    return session;
  });
}

/**
 * Notifies the session's subscribers not yet told (`flag`), in one statement however many they
 * are, and pushes each notification once committed.
 */
async function notifySubscribers(
  ctx: CommandContext,
  transaction: Transaction,
  after: AfterCommit,
  session: LiveSession,
  kind: NotificationKind,
): Promise<void> {
  const flags = kind === 'session_started' ? 'notified_start = true, notified_open = true' : 'notified_open = true';
  const pending = kind === 'session_started' ? 'NOT notified_start' : 'NOT notified_open';
  const rows = await ctx.sequelize.query<NotificationRow & { user_id: number }>(
    `WITH told AS (
       UPDATE live_session_subscriptions SET ${flags} WHERE session_id = :sessionId AND ${pending} RETURNING user_id
     )
     INSERT INTO notifications (user_id, kind, data)
     SELECT told.user_id, :kind, :data::jsonb FROM told JOIN users u ON u.id = told.user_id AND u.removed_at IS NULL
     RETURNING id, user_id, kind, data, read_at, created_at, updated_at`,
    {
      replacements: {
        sessionId: session.id,
        kind,
        data: JSON.stringify({ sessionId: session.id, sessionTitle: session.title }),
      },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  pushNotifications(ctx, after, rows);
}

function pushNotifications(ctx: CommandContext, after: AfterCommit, rows: (NotificationRow & { user_id: number })[]) {
  if (rows.length === 0) return;
  after(async () => {
    for (const row of rows) {
      await ctx.realtime.emit([ctx.realtime.userRoom(row.user_id)], 'notification', {
        notification: presentNotification(row),
      });
    }
  });
}

/**
 * Sessions whose questions have just opened: their subscribers are told. Run by the workers'
 * `sessions.openQuestions` job every few seconds; a session is announced once.
 */
export async function openDueSessions(ctx: CommandContext): Promise<number> {
  return inTransaction(ctx, async (transaction, after) => {
    const due = await LiveSession.findAll({
      where: ctx.sequelize.literal(
        `status = 'scheduled' AND NOT open_announced AND (questions_open_at IS NULL OR questions_open_at <= now())`,
      ),
      transaction,
      lock: transaction.LOCK.UPDATE,
      skipLocked: true,
      limit: 100,
    });
    for (const session of due) {
      await session.update({ openAnnounced: true }, { transaction });
      await notifySubscribers(ctx, transaction, after, session, 'session_opened');
      sessionChanged(ctx, after, session.id);
    }
    return due.length;
  });
}

export async function sessionStarter(ctx: CommandContext, viewer: User, sessionId: number): Promise<LiveSession> {
  return inTransaction(ctx, async (transaction, after) => {
    const session = await lockSession(sessionId, transaction, 'update');
    assertRunsSession(viewer, session);
    if (session.status !== 'scheduled') {
      throw conflict(
        session.status === 'live' ? 'La session a déjà commencé.' : 'Cette session est terminée.',
        'invalid_session_state',
      );
    }
    await session.update({ status: 'live', startedAt: new Date(), openAnnounced: true }, { transaction });
    await notifySubscribers(ctx, transaction, after, session, 'session_started');
    sessionChanged(ctx, after, session.id);
    return session;
  });
}

interface EndedQuestionRow {
  id: number;
  author_id: number | null;
  title: string;
  status: string;
}

/**
 * Ends a live session. In one transaction, under the session's lock (every change to its
 * questions holds it shared, so none is half-done):
 * - questions still waiting (for the moderators, or held by the automated checks) are dismissed
 *   with « Session terminée avant modération. », their cases closed, their askers told;
 * - approved questions that got an answer count as answered;
 * - approved questions without one stay published and their askers are told they join the
 *   ordinary questions, where anyone may answer;
 * - every question of the session leaves the session's hold (`live_active`): the published ones
 *   join the lists, the search and their themes, and are announced there.
 */
export async function sessionEnder(ctx: CommandContext, viewer: User, sessionId: number): Promise<LiveSession> {
  const { sequelize } = ctx;
  return inTransaction(ctx, async (transaction, after) => {
    const session = await lockSession(sessionId, transaction, 'update');
    assertRunsSession(viewer, session);
    if (session.status !== 'live') {
      throw conflict(
        session.status === 'ended' ? 'Cette session est déjà terminée.' : 'La session n’a pas commencé.',
        'invalid_session_state',
      );
    }
    await session.update({ status: 'ended', endedAt: new Date() }, { transaction });
    const replacements = { sessionId };
    const notice = { sessionId, sessionTitle: session.title };

    const reasons: ModerationReason[] = [{ check: 'live_dismissed', detail: ENDED_BEFORE_MODERATION }];
    const dismissed = await sequelize.query<EndedQuestionRow>(
      `UPDATE questions SET live_state = 'dismissed', live_dismiss_reason = :reason, status = 'hidden',
              moderation_reasons = :reasons::jsonb, check_pending = false, updated_at = now()
       WHERE live_session_id = :sessionId AND live_active AND live_state = 'pending' AND status <> 'deleted'
       RETURNING id, author_id, title, status`,
      {
        replacements: { ...replacements, reason: ENDED_BEFORE_MODERATION, reasons: JSON.stringify(reasons) },
        type: QueryTypes.SELECT,
        transaction,
      },
    );
    if (dismissed.length > 0) {
      const closed = await sequelize.query<{ id: number }>(
        `UPDATE moderation_cases SET status = 'resolved', decision = 'reject', note = :reason,
                resolved_by = :moderatorId, resolved_at = now(), updated_at = now()
         WHERE target_type = 'question' AND target_id IN (:ids) AND status <> 'resolved'
         RETURNING id`,
        {
          replacements: { ids: dismissed.map((q) => q.id), reason: ENDED_BEFORE_MODERATION, moderatorId: viewer.id },
          type: QueryTypes.SELECT,
          transaction,
        },
      );
      for (const { id } of closed) caseChanged(ctx, after, id);
      for (const question of dismissed) {
        postStatusChanged(ctx, after, {
          targetType: 'question',
          targetId: question.id,
          authorId: question.author_id,
          status: 'hidden',
          reasons,
        });
      }
    }

    // The queue's cases of questions their askers deleted while they waited close too.
    const leftover = await sequelize.query<{ id: number }>(
      `UPDATE moderation_cases SET status = 'resolved', decision = 'reject', note = :reason,
              resolved_by = :moderatorId, resolved_at = now(), updated_at = now()
       WHERE kind = 'live_question' AND status <> 'resolved'
         AND target_id IN (SELECT id FROM questions WHERE live_session_id = :sessionId)
       RETURNING id`,
      {
        replacements: { ...replacements, reason: ENDED_BEFORE_MODERATION, moderatorId: viewer.id },
        type: QueryTypes.SELECT,
        transaction,
      },
    );
    for (const { id } of leftover) caseChanged(ctx, after, id);

    await sequelize.query(
      `UPDATE questions SET live_state = 'answered'
       WHERE live_session_id = :sessionId AND live_active AND live_state IN ('approved', 'answering') AND answer_count > 0`,
      { replacements, transaction },
    );
    const moved = await sequelize.query<EndedQuestionRow>(
      `SELECT id, author_id, title, status FROM questions
       WHERE live_session_id = :sessionId AND live_active AND live_state IN ('approved', 'answering')
         AND status = 'published'`,
      { replacements, type: QueryTypes.SELECT, transaction },
    );

    const notices: { userId: number; kind: NotificationKind; data: Record<string, unknown> }[] = [
      ...dismissed
        .filter((q) => q.author_id !== null)
        .map((q) => ({
          userId: q.author_id!,
          kind: 'session_question_dismissed' as const,
          data: { ...notice, questionId: q.id, questionTitle: q.title, reason: ENDED_BEFORE_MODERATION },
        })),
      ...moved
        .filter((q) => q.author_id !== null)
        .map((q) => ({
          userId: q.author_id!,
          kind: 'session_question_moved' as const,
          data: { ...notice, questionId: q.id, questionTitle: q.title },
        })),
    ];
    if (notices.length > 0) {
      const rows = await sequelize.query<NotificationRow & { user_id: number }>(
        `INSERT INTO notifications (user_id, kind, data)
         SELECT n.user_id, n.kind, n.data FROM jsonb_to_recordset(:notices::jsonb) AS n(user_id int, kind text, data jsonb)
         JOIN users u ON u.id = n.user_id AND u.removed_at IS NULL
         RETURNING id, user_id, kind, data, read_at, created_at, updated_at`,
        {
          replacements: {
            notices: JSON.stringify(notices.map((n) => ({ user_id: n.userId, kind: n.kind, data: n.data }))),
          },
          type: QueryTypes.SELECT,
          transaction,
        },
      );
      pushNotifications(ctx, after, rows);
    }

    const released = await sequelize.query<{ id: number; status: string }>(
      `UPDATE questions SET live_active = false, live_drafting_expert_id = NULL, live_drafting_at = NULL
       WHERE live_session_id = :sessionId AND live_active RETURNING id, status`,
      { replacements, type: QueryTypes.SELECT, transaction },
    );
    // The published ones appear in the live lists of their themes, as a new question would.
    for (const { id, status } of released) {
      if (status === 'published') questionChanged(ctx, after, id, true);
      else after(() => ctx.pageCache.invalidate(id));
    }
    sessionChanged(ctx, after, session.id);
    return session;
  });
}

/** « Prévenez-moi »: what has already happened is not notified afterwards. */
export async function sessionSubscriber(
  ctx: CommandContext,
  viewer: User,
  sessionId: number,
  subscribe: boolean,
): Promise<boolean> {
  return inTransaction(ctx, async (transaction) => {
    const session = await lockSession(sessionId, transaction);
    if (!subscribe) {
      await ctx.sequelize.query(
        `DELETE FROM live_session_subscriptions WHERE session_id = :sessionId AND user_id = :userId`,
        { replacements: { sessionId, userId: viewer.id }, transaction },
      );
      return false;
    }
    if (session.status === 'ended') throw conflict('Cette session est terminée.', 'session_ended');
    await ctx.sequelize.query(
      `INSERT INTO live_session_subscriptions (session_id, user_id, notified_open, notified_start)
       VALUES (:sessionId, :userId, :notifiedOpen, :notifiedStart) ON CONFLICT DO NOTHING`,
      {
        replacements: {
          sessionId,
          userId: viewer.id,
          notifiedOpen: session.openAnnounced || session.status === 'live',
          notifiedStart: session.status === 'live',
        },
        transaction,
      },
    );
    return true;
  });
}

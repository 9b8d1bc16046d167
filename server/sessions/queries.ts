import { Op, type Sequelize } from 'sequelize';
import { LiveSession, Organisation, Question, type User } from '../../db/models';
import type { LiveSession as LiveSessionDto, LiveSessionStatus, Page, SessionPage } from '../contracts/dto';
import { notFound } from '../errors';
import type { RealtimePublisher } from '../realtime/publisher';
import { decodeCursor, encodeCursor, isInt32, isIsoInstant } from '../queries/cursor';
import { findSession, roleIn, sessionExpertIds } from './access';
import { PUBLIC_STATES, presentSessionQuestions, presentSessions } from './present';

export interface SessionListOptions {
  status?: LiveSessionStatus;
  organisation?: string;
  limit: number;
  cursor?: string;
}

const isSessionCursor = (value: unknown): value is [string, number] =>
  Array.isArray(value) && value.length === 2 && isIsoInstant(value[0]) && isInt32(value[1]);

/**
 * Sessions to come and running ones soonest first; ended ones (and all of them together) the
 * most recent first.
 */
export async function listSessions(
  sequelize: Sequelize,
  realtime: RealtimePublisher,
  viewer: User | null,
  { status, organisation, limit, cursor }: SessionListOptions,
): Promise<Page<LiveSessionDto>> {
  const ascending = status === 'scheduled' || status === 'live';
  const conditions: string[] = [];
  const replacements: Record<string, unknown> = { limit: limit + 1 };
  if (status) {
    conditions.push('status = :status');
    replacements.status = status;
  }
  if (organisation !== undefined) {
    const row = await Organisation.findOne({ where: { slug: organisation }, attributes: ['id'] });
    if (!row) throw notFound('Organisation introuvable.');
    conditions.push('organisation_id = :organisationId');
    replacements.organisationId = row.id;
  }
  if (cursor !== undefined) {
    const [startsAt, id] = decodeCursor(cursor, isSessionCursor);
    conditions.push(`(starts_at, id) ${ascending ? '>' : '<'} (:startsAt::timestamptz, :id)`);
    Object.assign(replacements, { startsAt, id });
  }
  const direction = ascending ? 'ASC' : 'DESC';
  const rows = await sequelize.query(
    `SELECT * FROM live_sessions ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY starts_at ${direction}, id ${direction} LIMIT :limit`,
    { replacements, model: LiveSession, mapToModel: true },
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await presentSessions(sequelize, realtime, page, viewer),
    nextCursor: rows.length > limit && last ? encodeCursor([last.startsAt.toISOString(), last.id]) : null,
  };
}

/** An organisation's sessions for its page: to come and running first, then the latest ended. */
export async function organisationSessions(
  sequelize: Sequelize,
  realtime: RealtimePublisher,
  organisationId: number,
  viewer: User | null,
): Promise<LiveSessionDto[]> {
  const sessions = await LiveSession.findAll({
    where: { organisationId },
    order: [
      [sequelize.literal(`CASE status WHEN 'live' THEN 0 WHEN 'scheduled' THEN 1 ELSE 2 END`), 'ASC'],
      [sequelize.literal(`CASE WHEN status = 'ended' THEN NULL ELSE starts_at END`), 'ASC'],
      ['startsAt', 'DESC'],
      ['id', 'DESC'],
    ],
    limit: 50,
  });
  return presentSessions(sequelize, realtime, sessions, viewer);
}

/**
 * A session and the questions this viewer may see. The public: approved, being answered and
 * answered questions, answering first, then approved by score (then the oldest first), then
 * answered. Their asker also sees their own waiting, held, dismissed and merged questions, with
 * why. The session's staff see every question that reached its queue, oldest first.
 */
export async function loadSessionPage(
  sequelize: Sequelize,
  realtime: RealtimePublisher,
  sessionId: number,
  viewer: User | null,
): Promise<SessionPage> {
  const session = await findSession(sessionId);
  const role = roleIn(viewer, session, await sessionExpertIds(sequelize, sessionId));
  const staff = role !== null;
  let questions: Question[];
  if (staff) {
    questions = await Question.findAll({
      where: { liveSessionId: sessionId, liveQueuedAt: { [Op.ne]: null }, status: { [Op.ne]: 'deleted' } },
      order: [
        ['liveQueuedAt', 'ASC'],
        ['id', 'ASC'],
      ],
    });
  } else {
    questions = await Question.findAll({
      where: { liveSessionId: sessionId, status: 'published', liveState: [...PUBLIC_STATES] },
      order: [
        [sequelize.literal(`CASE live_state WHEN 'answering' THEN 0 WHEN 'approved' THEN 1 ELSE 2 END`), 'ASC'],
        ['score', 'DESC'],
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
    });
    if (viewer) {
      const own = await Question.findAll({
        where: {
          liveSessionId: sessionId,
          authorId: viewer.id,
          liveState: ['pending', 'dismissed', 'merged'],
          status: { [Op.ne]: 'deleted' },
        },
        order: [
          ['createdAt', 'ASC'],
          ['id', 'ASC'],
        ],
      });
      questions = [...questions, ...own];
    }
  }
  const [presentedSession] = await presentSessions(sequelize, realtime, [session], viewer);
  return {
    session: presentedSession!,
    questions: await presentSessionQuestions(sequelize, questions, { viewer, staff }),
  };
}

/** One session question as this viewer may see it (404 otherwise). */
export async function loadSessionQuestion(
  sequelize: Sequelize,
  sessionId: number,
  questionId: number,
  viewer: User | null,
) {
  const session = await findSession(sessionId);
  const staff = roleIn(viewer, session, await sessionExpertIds(sequelize, sessionId)) !== null;
  const question = await Question.findOne({ where: { id: questionId, liveSessionId: sessionId } });
  if (!question) throw notFound('Question introuvable dans cette session.');
  const [presented] = await presentSessionQuestions(sequelize, [question], { viewer, staff });
  return presented!;
}

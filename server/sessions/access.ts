import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { LiveSession, type User } from '../../db/models';
import type { LiveSessionRole } from '../contracts/dto';
import { conflict, forbidden, notFound } from '../errors';

// Who may do what in a live session. Its organisation's moderators and the State's team (admins)
// run it; its verified experts answer in it; platform moderators (moderators of no organisation)
// may watch its queue but act through the platform's own cases only. A moderator of another
// organisation is a member like any other here: 403 on every staff action.

/** The session's experts that are verified now: a revoked badge takes an expert out at once. */
export async function sessionExpertIds(
  sequelize: Sequelize,
  sessionId: number,
  transaction?: Transaction,
): Promise<number[]> {
  const rows = await sequelize.query<{ id: number }>(
    `SELECT u.id FROM live_session_experts e JOIN users u ON u.id = e.user_id
     WHERE e.session_id = :sessionId AND u.expert_verified AND u.removed_at IS NULL
     ORDER BY e.position, u.id`,
    { replacements: { sessionId }, type: QueryTypes.SELECT, transaction },
  );
  return rows.map((row) => row.id);
}

/** Whether the viewer runs sessions of this organisation: its own moderators, and admins. */
export function runsOrganisationSessions(viewer: User | null, organisationId: number | null): boolean {
  if (!viewer) return false;
  if (viewer.role === 'admin') return true;
  return viewer.role === 'moderator' && viewer.organisationId !== null && viewer.organisationId === organisationId;
}

export function roleIn(
  viewer: User | null,
  session: { organisationId: number },
  expertIds: number[],
): LiveSessionRole | null {
  if (!viewer) return null;
  if (runsOrganisationSessions(viewer, session.organisationId)) return 'moderator';
  if (expertIds.includes(viewer.id)) return 'expert';
  if (viewer.role === 'moderator' && viewer.organisationId === null) return 'observer';
  return null;
}

export function assertRunsSession(viewer: User, session: { organisationId: number }): void {
  if (runsOrganisationSessions(viewer, session.organisationId)) return;
  throw forbidden(
    viewer.role === 'moderator'
      ? 'Cette session relève d’une autre organisation que la vôtre : seuls ses modérateurs la mènent.'
      : 'Seuls les modérateurs de l’organisation de la session peuvent faire cela.',
  );
}

/** The session, read under a share lock: its end waits for what is being done in it. */
export async function lockSession(
  sessionId: number,
  transaction: Transaction,
  mode: 'share' | 'update' = 'share',
): Promise<LiveSession> {
  const session = await LiveSession.findByPk(sessionId, {
    transaction,
    lock: mode === 'share' ? transaction.LOCK.SHARE : transaction.LOCK.UPDATE,
  });
  if (!session) throw notFound('Session introuvable.');
  return session;
}

export async function findSession(sessionId: number): Promise<LiveSession> {
  const session = await LiveSession.findByPk(sessionId);
  if (!session) throw notFound('Session introuvable.');
  return session;
}

export function assertNotEnded(session: LiveSession): void {
  if (session.status === 'ended') throw conflict('Cette session est terminée.', 'session_ended');
}

/** Whether members may send questions now: live, or scheduled once its questions opened. */
export function questionsOpen(session: LiveSession, now = new Date()): boolean {
  if (session.status === 'live') return true;
  if (session.status !== 'scheduled') return false;
  return session.questionsOpenAt === null || session.questionsOpenAt.getTime() <= now.getTime();
}

/**
 * While a session runs, its questions are answered by its experts: the audience reads, votes and
 * asks; everyone may answer once the session has ended and its questions are ordinary ones.
 */
export async function assertAnswersInSession(
  sequelize: Sequelize,
  question: { liveSessionId: number | null },
  author: User,
  transaction: Transaction,
): Promise<void> {
  if (question.liveSessionId === null) return;
  const experts = await sessionExpertIds(sequelize, question.liveSessionId, transaction);
  if (experts.includes(author.id)) return;
  throw forbidden(
    'Pendant la session, seuls ses experts répondent à ses questions : vous pourrez répondre une fois la session terminée.',
    'live_session_experts_only',
  );
}

import { Op, QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { Answer, Organisation, type Question, User, type LiveSession as LiveSessionModel } from '../../db/models';
import type { LiveSession, LiveSessionInfo, SessionQuestion, UserRef } from '../contracts/dto';
import { presentAnswer, presentQuestion, presentUserRef } from '../presenters';
import { loadPresentationData } from '../presenters/load';
import type { RealtimePublisher } from '../realtime/publisher';
import { sessionRoom } from '../realtime/rooms';
import { questionsOpen, roleIn } from './access';

/** The states the public sees: everything else reaches only its asker and the session's staff. */
export const PUBLIC_STATES = ['approved', 'answering', 'answered'] as const;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

interface SessionData {
  organisations: Map<number, Organisation>;
  experts: Map<number, User[]>;
  tags: Map<number, string[]>;
  questionCounts: Map<number, number>;
  audience: Map<number, number>;
}

async function loadSessionData(
  sequelize: Sequelize,
  realtime: RealtimePublisher,
  sessions: LiveSessionModel[],
  transaction?: Transaction,
): Promise<SessionData> {
  const ids = sessions.length ? sessions.map((s) => s.id) : [0];
  const [organisations, expertRows, tagRows, countRows, audience] = await Promise.all([
    Organisation.findAll({ where: { id: [...new Set(sessions.map((s) => s.organisationId))] }, transaction }),
    // Only experts verified now: a revoked badge leaves the session with it.
    sequelize.query<{ session_id: number; user_id: number }>(
      `SELECT e.session_id, e.user_id FROM live_session_experts e JOIN users u ON u.id = e.user_id
       WHERE e.session_id IN (:ids) AND u.expert_verified AND u.removed_at IS NULL
       ORDER BY e.session_id, e.position, e.user_id`,
      { replacements: { ids }, type: QueryTypes.SELECT, transaction },
    ),
    sequelize.query<{ session_id: number; slug: string }>(
      `SELECT st.session_id, t.slug FROM live_session_tags st JOIN tags t ON t.id = st.tag_id
       WHERE st.session_id IN (:ids) ORDER BY st.session_id, st.position`,
      { replacements: { ids }, type: QueryTypes.SELECT, transaction },
    ),
    sequelize.query<{ id: number; count: number }>(
      `SELECT live_session_id AS id, count(*)::int AS count FROM questions
       WHERE live_session_id IN (:ids) AND status = 'published' AND live_state IN (:states)
       GROUP BY live_session_id`,
      { replacements: { ids, states: PUBLIC_STATES }, type: QueryTypes.SELECT, transaction },
    ),
    realtime.audience(sessions.map((s) => sessionRoom(s.id))),
  ]);
  const users = new Map(
    (await User.findAll({ where: { id: [...new Set(expertRows.map((r) => r.user_id))] }, transaction })).map((u) => [
      u.id,
      u,
    ]),
  );
  const experts = new Map<number, User[]>();
  for (const row of expertRows) {
    const user = users.get(row.user_id);
    if (user) experts.set(row.session_id, [...(experts.get(row.session_id) ?? []), user]);
  }
  const tags = new Map<number, string[]>();
  for (const row of tagRows) tags.set(row.session_id, [...(tags.get(row.session_id) ?? []), row.slug]);
  return {
    organisations: new Map(organisations.map((o) => [o.id, o])),
    experts,
    tags,
    questionCounts: new Map(countRows.map((r) => [r.id, r.count])),
    audience: new Map(sessions.map((s, index) => [s.id, audience[index] ?? 0])),
  };
}

function presentInfo(session: LiveSessionModel, data: SessionData): LiveSessionInfo {
  const organisation = data.organisations.get(session.organisationId);
  return {
    id: session.id,
    title: session.title,
    description: session.description,
    organisation: { id: session.organisationId, slug: organisation?.slug ?? '', name: organisation?.name ?? '' },
    experts: (data.experts.get(session.id) ?? []).map(presentUserRef),
    tags: data.tags.get(session.id) ?? [],
    status: session.status,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    questionsOpenAt: iso(session.questionsOpenAt),
    questionsOpen: questionsOpen(session),
    startedAt: iso(session.startedAt),
    endedAt: iso(session.endedAt),
    audience: data.audience.get(session.id) ?? 0,
    questionCount: data.questionCounts.get(session.id) ?? 0,
    createdAt: session.createdAt.toISOString(),
  };
}

/** Sessions as one viewer sees them: whether they subscribed, and their part in each. */
export async function presentSessions(
  sequelize: Sequelize,
  realtime: RealtimePublisher,
  sessions: LiveSessionModel[],
  viewer: User | null,
  transaction?: Transaction,
): Promise<LiveSession[]> {
  if (sessions.length === 0) return [];
  const [data, subscribed] = await Promise.all([
    loadSessionData(sequelize, realtime, sessions, transaction),
    viewer
      ? sequelize.query<{ session_id: number }>(
          `SELECT session_id FROM live_session_subscriptions WHERE user_id = :userId AND session_id IN (:ids)`,
          { replacements: { userId: viewer.id, ids: sessions.map((s) => s.id) }, type: QueryTypes.SELECT, transaction },
        )
      : [],
  ]);
  const subscriptions = new Set(subscribed.map((row) => row.session_id));
  return sessions.map((session) => ({
    ...presentInfo(session, data),
    subscribed: subscriptions.has(session.id),
    viewerRole: roleIn(
      viewer,
      session,
      (data.experts.get(session.id) ?? []).map((u) => u.id),
    ),
  }));
}

/** A session as everyone sees it: what `session:updated` carries. */
export async function presentSessionInfo(
  sequelize: Sequelize,
  realtime: RealtimePublisher,
  session: LiveSessionModel,
): Promise<LiveSessionInfo> {
  return presentInfo(session, await loadSessionData(sequelize, realtime, [session]));
}

export interface QuestionAudience {
  viewer: User | null;
  /** The session's staff: they see the reasons and the moderation cases. */
  staff: boolean;
}

/**
 * Session questions with their live state and their published answers, in at most five queries
 * whatever their number. The dismissal reason goes to the asker and the staff only; the
 * moderation case, to the staff only.
 */
export async function presentSessionQuestions(
  sequelize: Sequelize,
  questions: Question[],
  { viewer, staff }: QuestionAudience,
  transaction?: Transaction,
): Promise<SessionQuestion[]> {
  if (questions.length === 0) return [];
  const questionIds = questions.map((q) => q.id);
  const answers = await Answer.findAll({
    where: { questionId: questionIds, status: 'published' },
    order: [
      ['createdAt', 'ASC'],
      ['id', 'ASC'],
    ],
    transaction,
  });
  const cases = staff
    ? await sequelize.query<{ id: number; target_id: number; claimed_by: number | null }>(
        `SELECT id, target_id, claimed_by FROM moderation_cases
         WHERE kind = 'live_question' AND target_type = 'question' AND target_id IN (:questionIds)
           AND status <> 'resolved'`,
        { replacements: { questionIds }, type: QueryTypes.SELECT, transaction },
      )
    : [];
  const caseOf = new Map(cases.map((row) => [row.target_id, row]));
  const userIds = new Set<number>();
  for (const q of questions) {
    if (q.liveAssignedExpertId !== null) userIds.add(q.liveAssignedExpertId);
    if (q.liveDraftingExpertId !== null) userIds.add(q.liveDraftingExpertId);
  }
  for (const row of cases) if (row.claimed_by !== null) userIds.add(row.claimed_by);
  const [data, users] = await Promise.all([
    loadPresentationData(sequelize, { questions, answers, viewer, transaction }),
    userIds.size ? User.findAll({ where: { id: { [Op.in]: [...userIds] } }, transaction }) : [],
  ]);
  const userOf = new Map(users.map((u) => [u.id, u]));
  const ref = (id: number | null): UserRef | null => {
    const user = id === null ? undefined : userOf.get(id);
    return user ? presentUserRef(user) : null;
  };
  return questions.map((q) => {
    const mine = viewer !== null && q.authorId === viewer.id;
    const openCase = caseOf.get(q.id);
    return {
      ...presentQuestion(q, data),
      liveState: q.liveState ?? 'pending',
      liveDismissReason: staff || mine ? q.liveDismissReason : null,
      liveAssignedExpert: ref(q.liveAssignedExpertId),
      liveDrafting: ref(q.liveDraftingExpertId),
      mergedIntoId: q.liveMergedIntoId,
      answers: answers.filter((a) => a.questionId === q.id).map((a) => presentAnswer(a, q.acceptedAnswerId, data)),
      ...(staff ? { caseId: openCase?.id ?? null, claimedBy: ref(openCase?.claimed_by ?? null) } : {}),
    };
  });
}

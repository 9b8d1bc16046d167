import { Op, QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { User } from '../../db/models';
import type {
  CaseDecision,
  CaseKind,
  CaseStatus,
  ModerationAction,
  ModerationCase,
  ModerationReason,
  PostStatus,
  TargetType,
} from '../contracts/dto';
import type { AfterCommit } from '../commands/effects';
import type { CommandContext } from '../context';
import { excerpt } from '../lib/markdown';
import { presentUserRef } from '../presenters';
import { loadExpertRequestsOfCases } from '../experts/requests';
import { MODERATION_ROOM } from '../realtime/rooms';

/** A `moderation_cases` row. */
export interface CaseRow {
  id: number;
  kind: CaseKind;
  target_type: TargetType | null;
  target_id: number | null;
  reasons: ModerationReason[];
  flag_weight: number;
  status: CaseStatus;
  claimed_by: number | null;
  decision: CaseDecision | null;
  note: string | null;
  organisation_id: number | null;
  created_at: Date;
  updated_at: Date;
}

export interface CaseOpening {
  kind: CaseKind;
  /** Null for a case about no post (an expert request: its profile names the case). */
  targetType: TargetType | null;
  targetId: number | null;
  reasons: ModerationReason[];
  /** Added to the open case's weight (flags). */
  flagWeight?: number;
  /** `replace`: a new check replaces the reasons of the last one; `append`: flags add up. */
  reasonsMerge: 'replace' | 'append';
  organisationId?: number | null;
}

/** Opens the target's case of this kind, or adds to the one still open. */
export async function openCase(sequelize: Sequelize, transaction: Transaction, opening: CaseOpening): Promise<CaseRow> {
  const [row] = await sequelize.query<CaseRow>(
    `INSERT INTO moderation_cases (kind, target_type, target_id, reasons, flag_weight, organisation_id)
     VALUES (:kind, :targetType, :targetId, :reasons::jsonb, :flagWeight, :organisationId)
     ON CONFLICT (kind, target_type, target_id) WHERE status <> 'resolved' DO UPDATE SET
       reasons = ${opening.reasonsMerge === 'append' ? 'moderation_cases.reasons || EXCLUDED.reasons' : 'EXCLUDED.reasons'},
       flag_weight = moderation_cases.flag_weight + EXCLUDED.flag_weight,
       updated_at = now()
     RETURNING *`,
    {
      replacements: {
        kind: opening.kind,
        targetType: opening.targetType,
        targetId: opening.targetId,
        reasons: JSON.stringify(opening.reasons),
        flagWeight: opening.flagWeight ?? 0,
        organisationId: opening.organisationId ?? null,
      },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  return row!;
}

export async function findCase(
  sequelize: Sequelize,
  id: number,
  transaction?: Transaction,
  lock = false,
): Promise<CaseRow | null> {
  const [row] = await sequelize.query<CaseRow>(
    `SELECT * FROM moderation_cases WHERE id = :id ${lock ? 'FOR UPDATE' : ''}`,
    { replacements: { id }, type: QueryTypes.SELECT, transaction },
  );
  return row ?? null;
}

/** The open cases of a post (all kinds), locked: a decision on the post settles them all. */
export async function openCasesOf(
  sequelize: Sequelize,
  transaction: Transaction,
  targetType: TargetType,
  targetId: number,
): Promise<CaseRow[]> {
  return sequelize.query<CaseRow>(
    `SELECT * FROM moderation_cases WHERE target_type = :targetType AND target_id = :targetId
       AND status <> 'resolved' ORDER BY id FOR UPDATE`,
    { replacements: { targetType, targetId }, type: QueryTypes.SELECT, transaction },
  );
}

export async function recordModerationAction(
  sequelize: Sequelize,
  transaction: Transaction,
  entry: {
    moderatorId: number | null;
    action: ModerationAction;
    caseId?: number | null;
    targetType?: TargetType | null;
    targetId?: number | null;
    subjectUserId?: number | null;
    reason?: string;
  },
): Promise<void> {
  await sequelize.query(
    `INSERT INTO moderation_log (moderator_id, action, case_id, target_type, target_id, subject_user_id, reason)
     VALUES (:moderatorId, :action, :caseId, :targetType, :targetId, :subjectUserId, :reason)`,
    {
      replacements: {
        caseId: null,
        targetType: null,
        targetId: null,
        subjectUserId: null,
        reason: '',
        ...entry,
      },
      transaction,
    },
  );
}

interface TargetRow {
  target_type: TargetType;
  id: number;
  question_id: number;
  author_id: number | null;
  anonymous: boolean;
  status: PostStatus;
  body: string;
  title: string | null;
}

/** Cases as moderators see them: the post's excerpt, its author's standing, who holds the case. */
export async function presentCases(sequelize: Sequelize, rows: CaseRow[]): Promise<ModerationCase[]> {
  const questionIds = rows.filter((r) => r.target_type === 'question').map((r) => r.target_id!);
  const answerIds = rows.filter((r) => r.target_type === 'answer').map((r) => r.target_id!);
  const targets = await sequelize.query<TargetRow>(
    `SELECT 'question'::text AS target_type, id, id AS question_id, author_id, anonymous, status, body, title
     FROM questions WHERE id IN (:questionIds)
     UNION ALL
     SELECT 'answer', id, question_id, author_id, anonymous, status, body, NULL FROM answers WHERE id IN (:answerIds)`,
    {
      replacements: {
        questionIds: questionIds.length ? questionIds : [0],
        answerIds: answerIds.length ? answerIds : [0],
      },
      type: QueryTypes.SELECT,
    },
  );
  const targetOf = new Map(targets.map((t) => [`${t.target_type}:${t.id}`, t]));
  const expertRequests = await loadExpertRequestsOfCases(
    sequelize,
    rows.filter((r) => r.kind === 'expert_verification').map((r) => r.id),
  );
  const userIds = [
    ...new Set([
      ...targets.map((t) => t.author_id).filter((id): id is number => id !== null),
      ...rows.map((r) => r.claimed_by).filter((id): id is number => id !== null),
      ...[...expertRequests.values()].map((r) => r.userId),
    ]),
  ];
  const users = new Map(
    (await User.findAll({ where: { id: { [Op.in]: userIds.length ? userIds : [0] } } })).map((u) => [u.id, u]),
  );
  const sanctions = new Map(
    (
      await sequelize.query<{ userId: number; count: number }>(
        `SELECT subject_user_id AS "userId", count(*)::int AS count FROM moderation_log
         WHERE action = 'suspend' AND subject_user_id IN (:userIds) GROUP BY subject_user_id`,
        { replacements: { userIds: userIds.length ? userIds : [0] }, type: QueryTypes.SELECT },
      )
    ).map((row) => [row.userId, row.count]),
  );
  const standingOf = (user: User) => ({
    reputation: user.reputation,
    accountAgeDays: Math.floor((Date.now() - user.createdAt.getTime()) / 86_400_000),
    sanctions: sanctions.get(user.id) ?? 0,
  });
  return rows.map((row) => {
    const target = row.target_type ? targetOf.get(`${row.target_type}:${row.target_id}`) : undefined;
    const author = target?.author_id ? users.get(target.author_id) : undefined;
    const claimer = row.claimed_by ? users.get(row.claimed_by) : undefined;
    const expertRequest = expertRequests.get(row.id);
    const member = expertRequest ? users.get(expertRequest.userId) : undefined;
    return {
      id: row.id,
      kind: row.kind,
      targetType: row.target_type,
      targetId: row.target_id,
      target: target
        ? {
            excerpt: excerpt(target.title ? `${target.title}\n\n${target.body}` : target.body, 300),
            author: author && !target.anonymous ? presentUserRef(author) : null,
            authorStanding: author ? standingOf(author) : null,
            status: target.status,
            questionId: target.question_id,
          }
        : null,
      reasons: row.reasons,
      flagWeight: Number(row.flag_weight),
      status: row.status,
      claimedBy: claimer ? presentUserRef(claimer) : null,
      decision: row.decision,
      note: row.note,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      organisationId: row.organisation_id,
      ...(row.kind === 'expert_verification'
        ? {
            expertRequest:
              expertRequest && member
                ? { ...expertRequest.request, member: presentUserRef(member), memberStanding: standingOf(member) }
                : null,
          }
        : {}),
    };
  });
}

/** After commit, the case as it now is goes to every moderator's screen. */
export function caseChanged(ctx: CommandContext, after: AfterCommit, caseId: number): void {
  after(async () => {
    const row = await findCase(ctx.sequelize, caseId);
    if (!row) return;
    const [presented] = await presentCases(ctx.sequelize, [row]);
    await ctx.realtime.emit([MODERATION_ROOM], 'moderation:case', { case: presented! });
  });
}

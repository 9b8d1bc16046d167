import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import type { ReputationReason, ReputationReversal } from '../../server/contracts/dto';
import { BASE_REPUTATION, type ReputationRules } from '../../server/reputation/rules';
import { REBUILD_LOCK } from '../../server/reputation/rebuild';
import type { Unit } from './units';

// Writes to the ledger the difference between what units should be worth and what their rows
// add up to, then the daily caps of the days touched, the totals and the per-theme totals.
// Everything happens under one advisory lock per user concerned, so that two jobs never read the
// same user's sums at once; the unique (unit, seq) key is the last guard against a double row.

const USER_LOCK_SPACE = 5150;

/** Gains from votes, which the daily cap limits; acceptances are exempt. */
export const CAPPED_REASONS: ReputationReason[] = ['answer_upvoted', 'question_upvoted'];
/** Rows about a user's own posts: what their standing in a theme is made of. */
const THEME_REASONS = new Set<ReputationReason>([
  'answer_upvoted',
  'question_upvoted',
  'post_downvoted',
  'answer_accepted',
]);

export interface LedgerRow {
  userId: number;
  unit: string;
  seq: number;
  amount: number;
  reason: ReputationReason;
  reversal: ReputationReversal | null;
  voteId: number | null;
  questionId: number | null;
  answerId: number | null;
  tagIds: number[];
  day: string;
}

export interface ReputationMove {
  userId: number;
  before: number;
  after: number;
}

export interface Settlement {
  rows: LedgerRow[];
  moves: ReputationMove[];
}

interface UnitState {
  unit: string;
  userId: number;
  total: number;
  seq: number;
  reason: ReputationReason;
  voteId: number | null;
  questionId: number | null;
  answerId: number | null;
  tagIds: number[];
  day: string;
}

export interface SettleRequest {
  /** What the units should be worth now. */
  desired: Unit[];
  /** Units to look at even if not desired (a withdrawn vote's): any still worth something goes to 0. */
  alsoUnits?: string[];
  /** The question whose acceptance units are looked at the same way. */
  acceptanceOf?: number;
  /** Why a unit found worth something and not desired any more is taken back. */
  reversalFor: (unit: UnitState) => ReputationReversal;
  /**
   * Every user the units looked at can concern, when the caller knows them (a vote's author and
   * voter): they are locked at once, without first reading the units to find out.
   */
  users?: number[];
}

async function readUnits(
  sequelize: Sequelize,
  transaction: Transaction,
  names: string[],
  acceptanceOf: number | undefined,
): Promise<Map<string, UnitState>> {
  const rows = await sequelize.query<UnitState>(
    `SELECT DISTINCT ON (unit) unit, user_id AS "userId", seq, reason, vote_id AS "voteId",
            question_id AS "questionId", answer_id AS "answerId", tag_ids AS "tagIds",
            to_char(day, 'YYYY-MM-DD') AS day, sum(amount) OVER (PARTITION BY unit)::int AS total
     FROM reputation_events
     WHERE unit IN (:names)
        OR (question_id = :acceptanceOf AND reason IN ('answer_accepted', 'accepter'))
     ORDER BY unit, seq DESC`,
    {
      replacements: { names: names.length ? names : [''], acceptanceOf: acceptanceOf ?? 0 },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  return new Map(rows.map((row) => [row.unit, row]));
}

async function lockUsers(sequelize: Sequelize, transaction: Transaction, userIds: number[]): Promise<void> {
  // Shared with every other job, exclusive with a rebuild; then each user in id order, so that two
  // jobs locking the same users cannot wait for each other.
  await sequelize.query(
    `SELECT pg_advisory_xact_lock_shared(${REBUILD_LOCK.space}, ${REBUILD_LOCK.key});
     SELECT pg_advisory_xact_lock(${USER_LOCK_SPACE}, id)
     FROM (SELECT DISTINCT unnest(ARRAY[:userIds]::int[]) AS id ORDER BY 1) ids`,
    { replacements: { userIds: userIds.length ? userIds : [0] }, transaction },
  );
}

const pgArray = (values: number[]) => `{${values.join(',')}}`;

async function insertRows(sequelize: Sequelize, transaction: Transaction, rows: LedgerRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sequelize.query(
    `INSERT INTO reputation_events (user_id, unit, seq, amount, reason, reversal, vote_id, question_id, answer_id, tag_ids, day)
     SELECT r."userId", r.unit, r.seq, r.amount, r.reason, r.reversal, r."voteId", r."questionId", r."answerId",
            r."tagIds"::int[], r.day::date
     FROM json_to_recordset(:rows) AS r("userId" int, unit text, seq int, amount int, reason text, reversal text,
          "voteId" int, "questionId" int, "answerId" int, "tagIds" text, day text)`,
    {
      replacements: { rows: JSON.stringify(rows.map((row) => ({ ...row, tagIds: pgArray(row.tagIds) }))) },
      transaction,
    },
  );
}

/** The cap rows of a (user, day) must take back whatever the day's vote gains have above the cap. */
async function capRows(
  sequelize: Sequelize,
  transaction: Transaction,
  rules: ReputationRules,
  days: { userId: number; day: string }[],
): Promise<LedgerRow[]> {
  if (days.length === 0) return [];
  const sums = await sequelize.query<{ userId: number; day: string; gained: number; capped: number; seq: number }>(
    `SELECT d."userId", d.day,
            coalesce(sum(e.amount) FILTER (WHERE e.reason IN (:capped)), 0)::int AS gained,
            coalesce(sum(e.amount) FILTER (WHERE e.reason = 'daily_cap'), 0)::int AS capped,
            coalesce(max(e.seq) FILTER (WHERE e.reason = 'daily_cap'), 0)::int AS seq
     FROM json_to_recordset(:days) AS d("userId" int, day text)
     LEFT JOIN reputation_events e ON e.user_id = d."userId" AND e.day = d.day::date AND e.user_id IN (:userIds)
     GROUP BY d."userId", d.day`,
    {
      // The IN list tells the planner how few users: it estimates a recordset at 100 rows and
      // would otherwise scan the whole ledger.
      replacements: { days: JSON.stringify(days), capped: CAPPED_REASONS, userIds: days.map((d) => d.userId) },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  const rows: LedgerRow[] = [];
  for (const { userId, day, gained, capped, seq } of sums) {
    const wanted = -Math.max(0, gained - rules.dailyVoteCap);
    if (wanted === capped) continue;
    rows.push({
      userId,
      unit: `cap:${userId}:${day}`,
      seq: seq + 1,
      amount: wanted - capped,
      reason: 'daily_cap',
      reversal: null,
      voteId: null,
      questionId: null,
      answerId: null,
      tagIds: [],
      day,
    });
  }
  return rows;
}

async function updateTotals(
  sequelize: Sequelize,
  transaction: Transaction,
  rows: LedgerRow[],
): Promise<ReputationMove[]> {
  const deltas = new Map<number, number>();
  for (const row of rows) deltas.set(row.userId, (deltas.get(row.userId) ?? 0) + row.amount);
  const changed = [...deltas].filter(([, delta]) => delta !== 0).map(([userId, delta]) => ({ userId, delta }));
  if (changed.length === 0) return [];
  const updated = await sequelize.query<{ id: number; earned: number; reputation: number }>(
    `UPDATE users u SET reputation_earned = u.reputation_earned + d.delta,
            reputation = greatest(${BASE_REPUTATION}, ${BASE_REPUTATION} + u.reputation_earned + d.delta)
     FROM json_to_recordset(:changed) AS d("userId" int, delta int)
     WHERE u.id = d."userId" AND u.id IN (:userIds)
     RETURNING u.id, u.reputation_earned AS earned, u.reputation`,
    {
      replacements: { changed: JSON.stringify(changed), userIds: changed.map((c) => c.userId) },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  return updated.map(({ id, earned, reputation }) => ({
    userId: id,
    before: Math.max(BASE_REPUTATION, BASE_REPUTATION + earned - deltas.get(id)!),
    after: reputation,
  }));
}

async function updateThemeTotals(sequelize: Sequelize, transaction: Transaction, rows: LedgerRow[]): Promise<void> {
  const themed = rows.filter((row) => THEME_REASONS.has(row.reason) && row.tagIds.length > 0);
  if (themed.length === 0) return;
  await sequelize.query(
    `INSERT INTO user_tag_reputation (user_id, tag_id, reputation)
     SELECT r."userId", t.tag_id, sum(r.amount)
     FROM json_to_recordset(:rows) AS r("userId" int, amount int, "tagIds" text)
     CROSS JOIN LATERAL unnest(r."tagIds"::int[]) AS t(tag_id)
     GROUP BY r."userId", t.tag_id
     ON CONFLICT (user_id, tag_id) DO UPDATE SET reputation = user_tag_reputation.reputation + EXCLUDED.reputation`,
    {
      replacements: {
        rows: JSON.stringify(themed.map(({ userId, amount, tagIds }) => ({ userId, amount, tagIds: pgArray(tagIds) }))),
      },
      transaction,
    },
  );
}

/** Brings the ledger in line with `desired`, inside the caller's transaction. */
export async function settle(
  sequelize: Sequelize,
  transaction: Transaction,
  rules: ReputationRules,
  { desired, alsoUnits = [], acceptanceOf, reversalFor, users }: SettleRequest,
): Promise<Settlement> {
  const names = [...new Set([...desired.map((unit) => unit.unit), ...alsoUnits])];
  const seen = users ? [] : [...(await readUnits(sequelize, transaction, names, acceptanceOf)).values()];
  await lockUsers(sequelize, transaction, [
    ...desired.map((unit) => unit.userId),
    ...(users ?? []),
    ...seen.map((unit) => unit.userId),
  ]);
  // Read again under the locks: a job that held them before us may have written these units.
  const current = await readUnits(sequelize, transaction, names, acceptanceOf);

  const rows: LedgerRow[] = [];
  const wanted = new Map(desired.map((unit) => [unit.unit, unit]));
  for (const unit of desired) {
    const state = current.get(unit.unit);
    const total = state?.total ?? 0;
    if (total === unit.amount) continue;
    rows.push({
      userId: unit.userId,
      unit: unit.unit,
      seq: (state?.seq ?? 0) + 1,
      amount: unit.amount - total,
      reason: unit.reason,
      reversal: unit.amount === 0 ? (unit.reversal ?? reversalFor(state!)) : null,
      voteId: unit.voteId,
      questionId: unit.questionId,
      answerId: unit.answerId,
      tagIds: state?.tagIds ?? unit.tagIds,
      day: state?.day ?? unit.day,
    });
  }
  for (const state of current.values()) {
    if (wanted.has(state.unit) || state.total === 0) continue;
    rows.push({
      ...state,
      seq: state.seq + 1,
      amount: -state.total,
      reversal: reversalFor(state),
    });
  }
  // A unit is reversed on the day it counted for, with the themes it was earned in.
  const cappedDays = new Map<string, { userId: number; day: string }>();
  for (const row of rows) {
    if (CAPPED_REASONS.includes(row.reason)) cappedDays.set(`${row.userId}:${row.day}`, row);
  }
  await insertRows(sequelize, transaction, rows);
  const caps = await capRows(
    sequelize,
    transaction,
    rules,
    [...cappedDays.values()].map(({ userId, day }) => ({ userId, day })),
  );
  await insertRows(sequelize, transaction, caps);
  const all = [...rows, ...caps];
  const moves = await updateTotals(sequelize, transaction, all);
  await updateThemeTotals(sequelize, transaction, all);
  return { rows: all, moves };
}

import { QueryTypes, type Sequelize } from 'sequelize';
import { BASE_REPUTATION, REPUTATION_TIME_ZONE, type ReputationRules } from './rules';

// The rules written once more, as one query over PostgreSQL's state: votes that count, day by
// day under the cap, and acceptances in force. Its totals must equal the ledger's, which the
// worker writes one change at a time; `npm run reputation:rebuild` makes the cached totals equal
// to it, and the tests compare the two after random sequences of votes and acceptances.

/** Ledger writers take this lock shared; the rebuild takes it alone, so no job lands mid-rebuild. */
export const REBUILD_LOCK = { space: 5152, key: 0 } as const;

export const THEME_REASONS_SQL = `('answer_upvoted', 'question_upvoted', 'post_downvoted', 'answer_accepted')`;

export function reputationFromStateSql(): string {
  return `
    WITH vote_facts AS (
      SELECT v.voter_id, v.value, v.target_type,
             CASE WHEN v.target_type = 'answer' THEN a.author_id ELSE q.author_id END AS author_id,
             CASE WHEN v.target_type = 'answer' THEN a.anonymous ELSE q.anonymous END AS anonymous,
             (v.created_at AT TIME ZONE '${REPUTATION_TIME_ZONE}')::date AS day
      FROM votes v
      LEFT JOIN answers a ON v.target_type = 'answer' AND a.id = v.target_id
      JOIN questions q ON q.id = CASE WHEN v.target_type = 'answer' THEN a.question_id ELSE v.target_id END
      WHERE v.void_reason IS NULL AND q.status IN ('published', 'pending') AND (v.target_type = 'question' OR a.status IN ('published', 'pending'))
    ), vote_effects AS (
      SELECT author_id AS user_id, day, value = 1 AS capped,
             CASE WHEN value = -1 THEN :postDownvoted
                  WHEN target_type = 'answer' THEN :answerUpvoted ELSE :questionUpvoted END AS amount
      FROM vote_facts WHERE author_id IS NOT NULL AND NOT anonymous
      UNION ALL
      SELECT voter_id, day, false, :downvoteCost FROM vote_facts WHERE value = -1 AND target_type = 'answer'
    ), daily AS (
      SELECT user_id,
             least(:dailyVoteCap, coalesce(sum(amount) FILTER (WHERE capped), 0))
               + coalesce(sum(amount) FILTER (WHERE NOT capped), 0) AS earned
      FROM vote_effects GROUP BY user_id, day
    ), accepted AS (
      SELECT q.author_id AS asker_id, q.anonymous AS question_anonymous, a.author_id AS answerer_id,
             a.anonymous AS answer_anonymous
      FROM questions q JOIN answers a ON a.id = q.accepted_answer_id
      WHERE q.status IN ('published', 'pending') AND a.status IN ('published', 'pending')
        AND a.author_id IS NOT NULL AND a.author_id IS DISTINCT FROM q.author_id
    ), acceptances AS (
      SELECT answerer_id AS user_id, :answerAccepted AS earned FROM accepted WHERE NOT answer_anonymous
      UNION ALL
      SELECT asker_id, :accepter FROM accepted WHERE asker_id IS NOT NULL AND NOT question_anonymous
    )
    SELECT user_id AS "userId", sum(earned)::int AS earned
    FROM (SELECT user_id, earned FROM daily UNION ALL SELECT user_id, earned FROM acceptances) effects
    GROUP BY user_id`;
}

function ruleReplacements(rules: ReputationRules) {
  const { answerUpvoted, questionUpvoted, postDownvoted, downvoteCost, answerAccepted, accepter, dailyVoteCap } = rules;
  return { answerUpvoted, questionUpvoted, postDownvoted, downvoteCost, answerAccepted, accepter, dailyVoteCap };
}

/** What every user has earned according to the rules and the current state, by user id. */
export async function reputationFromState(sequelize: Sequelize, rules: ReputationRules): Promise<Map<number, number>> {
  const rows = await sequelize.query<{ userId: number; earned: number }>(reputationFromStateSql(), {
    replacements: ruleReplacements(rules),
    type: QueryTypes.SELECT,
  });
  return new Map(rows.filter((row) => row.earned !== 0).map((row) => [row.userId, row.earned]));
}

export interface RebuildReport {
  users: number;
  /** Users whose cached total was not what the state gives. */
  corrected: number;
  /** Users whose ledger does not add up to what the state gives (work still in the outbox, or lost). */
  ledgerDiffers: number;
  pendingWork: number;
}

export async function rebuildReputation(sequelize: Sequelize, rules: ReputationRules): Promise<RebuildReport> {
  return sequelize.transaction(async (transaction) => {
    await sequelize.query(`SELECT pg_advisory_xact_lock(${REBUILD_LOCK.space}, ${REBUILD_LOCK.key})`, { transaction });
    const [counts] = await sequelize.query<{ users: number; pending: number }>(
      `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM reputation_outbox) AS pending`,
      { type: QueryTypes.SELECT, transaction },
    );
    const corrected = await sequelize.query<{ id: number }>(
      `WITH totals AS (${reputationFromStateSql()})
       UPDATE users u SET reputation_earned = x.earned,
              reputation = greatest(${BASE_REPUTATION}, ${BASE_REPUTATION} + x.earned)
       FROM (SELECT users.id, coalesce(t.earned, 0) AS earned FROM users LEFT JOIN totals t ON t."userId" = users.id) x
       WHERE u.id = x.id AND (u.reputation_earned <> x.earned
             OR u.reputation <> greatest(${BASE_REPUTATION}, ${BASE_REPUTATION} + x.earned))
       RETURNING u.id`,
      { replacements: ruleReplacements(rules), type: QueryTypes.SELECT, transaction },
    );
    const [ledger] = await sequelize.query<{ differs: number }>(
      `SELECT count(*)::int AS differs FROM users u
       LEFT JOIN (SELECT user_id, sum(amount)::int AS total FROM reputation_events GROUP BY user_id) l ON l.user_id = u.id
       WHERE coalesce(l.total, 0) <> u.reputation_earned`,
      { type: QueryTypes.SELECT, transaction },
    );
    // Standing per theme is the ledger's (a theme keeps what was earned in it).
    await sequelize.query(
      `DELETE FROM user_tag_reputation;
       INSERT INTO user_tag_reputation (user_id, tag_id, reputation)
       SELECT e.user_id, t.tag_id, sum(e.amount)::int FROM reputation_events e
       CROSS JOIN LATERAL unnest(e.tag_ids) AS t(tag_id)
       JOIN tags ON tags.id = t.tag_id
       WHERE e.reason IN ${THEME_REASONS_SQL}
       GROUP BY e.user_id, t.tag_id`,
      { transaction },
    );
    return {
      users: counts!.users,
      corrected: corrected.length,
      ledgerDiffers: ledger!.differs,
      pendingWork: counts!.pending,
    };
  });
}

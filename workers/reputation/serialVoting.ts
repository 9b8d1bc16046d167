import { QueryTypes } from 'sequelize';
import { REPUTATION_TIME_ZONE } from '../../server/reputation/rules';
import type { ReputationDeps } from './processor';

/**
 * Serial voting: more votes than the rules allow from one voter on one author's posts in one
 * Paris day. All of that day's votes between them lose their reputation effect (they still count
 * in the scores); the ledger reverses each with the reason `serial_voting`. Looks at today and
 * yesterday, so a run just after midnight still sees the whole of the day before.
 */
export async function detectSerialVoting(deps: ReputationDeps): Promise<number> {
  const { sequelize, rules, queues } = deps;
  const outbox = await sequelize.transaction(async (transaction) =>
    sequelize.query<{ id: string }>(
      `WITH recent AS (
         SELECT v.id, v.voter_id,
                CASE WHEN v.target_type = 'answer' THEN a.author_id ELSE q.author_id END AS author_id,
                (v.created_at AT TIME ZONE '${REPUTATION_TIME_ZONE}')::date AS day
         FROM votes v
         LEFT JOIN answers a ON v.target_type = 'answer' AND a.id = v.target_id
         LEFT JOIN questions q ON v.target_type = 'question' AND q.id = v.target_id
         WHERE v.created_at >= (date_trunc('day', now() AT TIME ZONE '${REPUTATION_TIME_ZONE}') - interval '1 day')
                               AT TIME ZONE '${REPUTATION_TIME_ZONE}'
       ), serial AS (
         SELECT voter_id, author_id, day FROM recent WHERE author_id IS NOT NULL
         GROUP BY voter_id, author_id, day HAVING count(*) > :limit
       ), voided AS (
         UPDATE votes SET void_reason = 'serial_voting'
         FROM recent r JOIN serial s USING (voter_id, author_id, day)
         WHERE votes.id = r.id AND votes.void_reason IS NULL
         RETURNING votes.id
       )
       INSERT INTO reputation_outbox (subject) SELECT 'vote:' || id FROM voided RETURNING id`,
      { replacements: { limit: rules.serialVotesPerDay }, type: QueryTypes.SELECT, transaction },
    ),
  );
  if (outbox.length > 0) await queues.applyReputation(outbox.map((row) => row.id));
  return outbox.length;
}

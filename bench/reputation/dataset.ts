// The reputation benchmark's own users and posts, next to the HTTP benchmark's data set in the
// same database: N users, each the author of one published answer, on questions of one more user
// who only asks. Other benchmarks never touch them, so what a run counts (each voter's votes of
// the day, each author's gains of the day) is this benchmark's alone.
import { QueryTypes, type Sequelize } from 'sequelize';
import { benchEmail } from '../http/dataset';
import { questionSubjects } from '../http/phrases';

const EMAIL_DOMAIN = 'reputation.bench.entraide-entreprises.test';
const ANSWERS_PER_QUESTION = 10;
const ASKER = 0;

export interface ReputationDataset {
  seeded: boolean;
  seconds: number;
  /** Users 1..N in order, each with the id of their answer. */
  authors: { userId: number; email: string; answerId: number }[];
  questions: number;
}

async function authorsWithAnswers(sequelize: Sequelize, count: number): Promise<ReputationDataset['authors']> {
  return sequelize.query<{ userId: number; email: string; answerId: number }>(
    `SELECT u.id AS "userId", u.email, a.id AS "answerId"
     FROM generate_series(1, :count) n
     JOIN users u ON lower(u.email) = lower('rep-' || n || '@' || :domain)
     JOIN answers a ON a.author_id = u.id AND a.status = 'published'
     JOIN questions q ON q.id = a.question_id AND q.status = 'published'
     ORDER BY n`,
    { replacements: { count, domain: EMAIL_DOMAIN }, type: QueryTypes.SELECT },
  );
}

/**
 * Seeds the users and posts unless the first `count` are there, each with one answer. An
 * incomplete set is deleted and seeded again, with set-based SQL, in one transaction.
 */
export async function ensureReputationDataset(sequelize: Sequelize, count: number): Promise<ReputationDataset> {
  const started = Date.now();
  const questions = Math.ceil(count / ANSWERS_PER_QUESTION);
  let authors = await authorsWithAnswers(sequelize, count);
  const seeded = authors.length !== count;
  if (seeded) {
    await sequelize.transaction(async (transaction) => {
      const run = (sql: string, replacements: Record<string, unknown> = {}) =>
        sequelize.query(sql, { replacements: { domain: EMAIL_DOMAIN, ...replacements }, transaction });
      // Questions first: deleting their author would only orphan them.
      await run(
        `DELETE FROM questions WHERE author_id IN (SELECT id FROM users WHERE email LIKE '%@' || :domain);
         DELETE FROM users WHERE email LIKE '%@' || :domain`,
      );
      // The HTTP benchmark's users all share one hash of its password: so do these, and
      // bench/lib/login.ts logs them in the same way.
      await run(
        `INSERT INTO users (email, password_hash, pseudonym, reputation, created_at, updated_at)
         SELECT 'rep-' || n || '@' || :domain,
                (SELECT password_hash FROM users WHERE lower(email) = lower(:model)),
                'banc.rep.' || n, 1, now() - interval '90 days', now() - interval '90 days'
         FROM generate_series(:asker, :count) n`,
        { model: benchEmail(1), asker: ASKER, count },
      );
      await run(
        `INSERT INTO questions (author_id, title, body, body_html, excerpt, title_plain, status, answer_count,
                               created_at, updated_at, last_activity_at)
         SELECT u.id, t.title, t.body, '<p>' || t.body || '</p>', left(t.body, 199), lower(t.title), 'published',
                least(:perQuestion, :count - k * :perQuestion),
                now() - interval '30 days', now() - interval '30 days', now() - interval '29 days'
         FROM generate_series(0, :questions - 1) k
         JOIN users u ON lower(u.email) = lower('rep-' || :asker || '@' || :domain)
         CROSS JOIN LATERAL (
           SELECT 'Question de référence n° ' || (k + 1) || ' sur ' || (ARRAY[:subjects]::text[])[1 + k % :nSubjects]
                    || ' ?' AS title,
                  'Bonjour, nous nous interrogeons sur ' || (ARRAY[:subjects]::text[])[1 + k % :nSubjects]
                    || '. Quels conseils donneriez-vous à une petite entreprise ?' AS body
         ) t`,
        {
          asker: ASKER,
          count,
          questions,
          perQuestion: ANSWERS_PER_QUESTION,
          subjects: questionSubjects.map(([subject]) => subject),
          nSubjects: questionSubjects.length,
        },
      );
      // Two themes each: every upvote also moves the author's standing in them.
      await run(
        `INSERT INTO question_tags (question_id, tag_id, position)
         SELECT q.id, t.id, p.position
         FROM questions q
         JOIN users u ON u.id = q.author_id AND lower(u.email) = lower('rep-' || :asker || '@' || :domain)
         CROSS JOIN (VALUES (0), (1)) AS p(position)
         CROSS JOIN LATERAL (
           SELECT id FROM tags ORDER BY id OFFSET (q.id + p.position * 5) % greatest(1, (SELECT count(*) FROM tags))
           LIMIT 1
         ) t
         ON CONFLICT DO NOTHING`,
        { asker: ASKER },
      );
      await run(
        `INSERT INTO answers (question_id, author_id, body, body_html, status, created_at, updated_at)
         SELECT q.id, u.id, b.body, '<p>' || b.body || '</p>', 'published',
                now() - interval '29 days', now() - interval '29 days'
         FROM generate_series(1, :count) n
         JOIN users u ON lower(u.email) = lower('rep-' || n || '@' || :domain)
         JOIN users asker ON lower(asker.email) = lower('rep-' || :asker || '@' || :domain)
         JOIN LATERAL (
           SELECT id FROM questions WHERE author_id = asker.id ORDER BY id OFFSET (n - 1) / :perQuestion LIMIT 1
         ) q ON true
         CROSS JOIN LATERAL (
           SELECT 'Bonjour, dans notre cas le plus simple a été de demander conseil à notre expert-comptable '
                    || 'avant de nous engager (retour n° ' || n || ').' AS body
         ) b`,
        { asker: ASKER, count, perQuestion: ANSWERS_PER_QUESTION },
      );
    });
    await sequelize.query(`ANALYZE users, questions, answers, question_tags`);
    authors = await authorsWithAnswers(sequelize, count);
    if (authors.length !== count) throw new Error(`Seeded ${authors.length} of ${count} authors with an answer`);
  }
  return { seeded, seconds: Math.round((Date.now() - started) / 100) / 10, authors, questions };
}

/**
 * A clean slate for these users: no votes, reputation 1, an empty ledger. The default rules then
 * apply from zero at each run (a voter's daily votes, an author's daily gains from votes, serial
 * voting), whatever earlier runs of the same day did. Run while no worker is running: a stale
 * outbox row about a deleted vote then finds nothing to change.
 */
export async function resetReputation(sequelize: Sequelize): Promise<void> {
  await sequelize.transaction(async (transaction) => {
    await sequelize.query(
      `CREATE TEMP TABLE rep_bench_users ON COMMIT DROP AS
         SELECT id FROM users WHERE email LIKE '%@' || :domain;
       DELETE FROM votes WHERE voter_id IN (SELECT id FROM rep_bench_users);
       UPDATE answers SET score = 0 WHERE author_id IN (SELECT id FROM rep_bench_users) AND score <> 0;
       DELETE FROM reputation_events WHERE user_id IN (SELECT id FROM rep_bench_users);
       DELETE FROM user_tag_reputation WHERE user_id IN (SELECT id FROM rep_bench_users);
       DELETE FROM notifications WHERE user_id IN (SELECT id FROM rep_bench_users);
       UPDATE users SET reputation = 1, reputation_earned = 0
       WHERE id IN (SELECT id FROM rep_bench_users) AND (reputation <> 1 OR reputation_earned <> 0);`,
      { replacements: { domain: EMAIL_DOMAIN }, transaction },
    );
  });
  await sequelize.query(`VACUUM (ANALYZE) votes, reputation_events, notifications, user_tag_reputation`);
}

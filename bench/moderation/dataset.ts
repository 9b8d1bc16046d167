// The moderation benchmark's own users and questions, next to the HTTP benchmark's data set in
// the same database: N authors who answer during the run, and published questions of one more
// user who only asks. Every run starts from the same state: the answers of earlier runs are
// deleted, since the checks read each author's posts of the last day (same text twice,
// flooding) and would otherwise judge a run by the one before.
import argon2 from 'argon2';
import { QueryTypes, type Sequelize } from 'sequelize';
import { BENCH_PASSWORD } from '../http/dataset';
import { questionSubjects } from '../http/phrases';

const EMAIL_DOMAIN = 'moderation.bench.entraide-entreprises.test';
const ASKER = 0;

export const moderationEmail = (n: number) => `mod-${n}@${EMAIL_DOMAIN}`;

export interface ModerationDataset {
  seeded: boolean;
  seconds: number;
  /** Users 1..N in order. */
  authors: { userId: number; email: string }[];
  questionIds: number[];
  /** Answers of earlier runs deleted. */
  deletedAnswers: number;
}

async function authors(sequelize: Sequelize, count: number): Promise<ModerationDataset['authors']> {
  return sequelize.query<{ userId: number; email: string }>(
    `SELECT u.id AS "userId", u.email FROM generate_series(1, :count) n
     JOIN users u ON lower(u.email) = lower('mod-' || n || '@' || :domain)
     ORDER BY n`,
    { replacements: { count, domain: EMAIL_DOMAIN }, type: QueryTypes.SELECT },
  );
}

async function questionIds(sequelize: Sequelize, count: number): Promise<number[]> {
  const rows = await sequelize.query<{ id: number }>(
    `SELECT q.id FROM questions q JOIN users u ON u.id = q.author_id
     WHERE lower(u.email) = lower(:asker) AND q.status = 'published'
     ORDER BY q.id LIMIT :count`,
    { replacements: { asker: moderationEmail(ASKER), count }, type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.id);
}

/**
 * Seeds the users and questions unless they are there, then deletes what earlier runs posted.
 * The users share one argon2id hash of the benchmark password with the lightest parameters
 * argon2 accepts: the server verifies the parameters the hash names, so thousands of logins take
 * seconds instead of minutes. Logging in is not what this benchmark measures.
 */
export async function ensureModerationDataset(
  sequelize: Sequelize,
  size: { authors: number; questions: number },
): Promise<ModerationDataset> {
  const started = Date.now();
  let found = await authors(sequelize, size.authors);
  let ids = await questionIds(sequelize, size.questions);
  const seeded = found.length !== size.authors || ids.length !== size.questions;
  if (seeded) {
    const passwordHash = await argon2.hash(BENCH_PASSWORD, {
      type: argon2.argon2id,
      memoryCost: 1024,
      timeCost: 1,
      parallelism: 1,
    });
    await sequelize.transaction(async (transaction) => {
      const run = (sql: string, replacements: Record<string, unknown> = {}) =>
        sequelize.query(sql, { replacements: { domain: EMAIL_DOMAIN, ...replacements }, transaction });
      // Questions first: deleting their author would only orphan them (answers go with them).
      await run(
        `DELETE FROM questions WHERE author_id IN (SELECT id FROM users WHERE email LIKE '%@' || :domain);
         DELETE FROM users WHERE email LIKE '%@' || :domain`,
      );
      await run(
        `INSERT INTO users (email, password_hash, pseudonym, reputation, created_at, updated_at)
         SELECT 'mod-' || n || '@' || :domain, :passwordHash, 'banc.mod.' || n, 1,
                now() - interval '90 days', now() - interval '90 days'
         FROM generate_series(:asker, :count) n`,
        { passwordHash, asker: ASKER, count: size.authors },
      );
      await run(
        `INSERT INTO questions (author_id, title, body, body_html, excerpt, title_plain, status,
                               created_at, updated_at, last_activity_at)
         SELECT u.id, t.title, t.body, '<p>' || t.body || '</p>', left(t.body, 199), lower(t.title), 'published',
                now() - interval '30 days', now() - interval '30 days', now() - interval '30 days'
         FROM generate_series(1, :questions) k
         JOIN users u ON lower(u.email) = lower('mod-' || :asker || '@' || :domain)
         CROSS JOIN LATERAL (
           SELECT 'Question de modération n° ' || k || ' sur ' || (ARRAY[:subjects]::text[])[1 + k % :nSubjects]
                    || ' ?' AS title,
                  'Bonjour, nous nous interrogeons sur ' || (ARRAY[:subjects]::text[])[1 + k % :nSubjects]
                    || '. Quels conseils donneriez-vous à une petite entreprise ?' AS body
         ) t`,
        {
          asker: ASKER,
          questions: size.questions,
          subjects: questionSubjects.map(([subject]) => subject),
          nSubjects: questionSubjects.length,
        },
      );
    });
    await sequelize.query(`ANALYZE users, questions`);
    found = await authors(sequelize, size.authors);
    ids = await questionIds(sequelize, size.questions);
    if (found.length !== size.authors || ids.length !== size.questions) {
      throw new Error(`Seeded ${found.length} authors and ${ids.length} questions`);
    }
  }
  const deletedAnswers = await resetAnswers(sequelize);
  return {
    seeded,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    authors: found,
    questionIds: ids,
    deletedAnswers,
  };
}

/**
 * Deletes the answers earlier runs posted, with what refers to them by id only (revisions,
 * moderation cases and log, reputation work and the asker's notifications), and resets the
 * questions' counters. Run while no worker is running.
 */
async function resetAnswers(sequelize: Sequelize): Promise<number> {
  const deleted = await sequelize.transaction(async (transaction) => {
    const run = (sql: string) => sequelize.query(sql, { replacements: { domain: EMAIL_DOMAIN }, transaction });
    await run(
      `CREATE TEMP TABLE mod_bench_users ON COMMIT DROP AS SELECT id FROM users WHERE email LIKE '%@' || :domain`,
    );
    await run(
      `CREATE TEMP TABLE mod_bench_answers ON COMMIT DROP AS
       SELECT id FROM answers WHERE author_id IN (SELECT id FROM mod_bench_users)`,
    );
    const [row] = await sequelize.query<{ n: number }>(`SELECT count(*)::int AS n FROM mod_bench_answers`, {
      type: QueryTypes.SELECT,
      transaction,
    });
    for (const statement of [
      `UPDATE questions SET answer_count = 0, accepted_answer_id = NULL
       WHERE author_id IN (SELECT id FROM mod_bench_users) AND (answer_count <> 0 OR accepted_answer_id IS NOT NULL)`,
      `UPDATE users SET reputation = 1 WHERE id IN (SELECT id FROM mod_bench_users) AND reputation <> 1`,
      `DELETE FROM revisions WHERE target_type = 'answer' AND target_id IN (SELECT id FROM mod_bench_answers)`,
      `DELETE FROM moderation_log WHERE target_type = 'answer' AND target_id IN (SELECT id FROM mod_bench_answers)`,
      `DELETE FROM moderation_cases WHERE target_type = 'answer' AND target_id IN (SELECT id FROM mod_bench_answers)`,
      `DELETE FROM reputation_outbox WHERE subject IN (SELECT 'answer:' || id FROM mod_bench_answers)`,
      `DELETE FROM notifications WHERE user_id IN (SELECT id FROM mod_bench_users)`,
      `DELETE FROM reputation_events WHERE user_id IN (SELECT id FROM mod_bench_users)`,
    ]) {
      await run(statement);
    }
    // Each deleted answer makes PostgreSQL check that no question accepts it, and
    // questions.accepted_answer_id has no index: a scan of the questions table per answer, about
    // 5 ms each here (20 s for one run's answers). Nothing references these answers any more (their
    // questions' accepted answers were cleared above), so a superuser skips those checks.
    const [role] = await sequelize.query<{ superuser: boolean }>(
      `SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
      { type: QueryTypes.SELECT, transaction },
    );
    if (role?.superuser) await run(`SET LOCAL session_replication_role = replica`);
    await run(`DELETE FROM answers WHERE id IN (SELECT id FROM mod_bench_answers)`);
    return row?.n ?? 0;
  });
  await sequelize.query(`VACUUM (ANALYZE) answers, revisions, moderation_cases, moderation_log`);
  return deleted;
}

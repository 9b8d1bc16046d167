import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { demoTags } from '../../db/seeders/demoContent';
import { hashPassword } from '../../server/commands/userRegistrar';
import { rebuildLexicon } from '../../workers/search/lexicon';
import {
  answerClosings,
  answerOpenings,
  answerSentences,
  companies,
  firstNames,
  hotQuestion,
  lastNames,
  questionAsks,
  questionClosings,
  questionContexts,
  questionStarts,
  questionSubjects,
  situationSentences,
} from './phrases';

// The benchmark's data set, inserted with set-based SQL (INSERT … SELECT generate_series): a
// few seconds for tens of thousands of rows, where the application's own code paths would take
// minutes. Everything is in one transaction: the data set is either complete or absent.

export const BENCH_PASSWORD = 'bench-mot-de-passe-2026';
export const HOT_ANSWERS = 20;
const EMAIL_DOMAIN = 'bench.entraide-entreprises.test';

export interface DatasetSize {
  users: number;
  questions: number;
  answers: number;
}

export interface DatasetInfo {
  seeded: boolean;
  seedSeconds: number;
  counts: { users: number; questions: number; answers: number; questionTags: number; searchTerms: number };
  hotQuestionId: number;
}

export const benchEmail = (n: number) => `bench-${n}@${EMAIL_DOMAIN}`;

// What plainForm() (server/lib/markdown.ts) does to French letters: the accent goes, the case too.
const ACCENTED = 'àâäáãéèêëíìîïóòôöõúùûüçñÿÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÇÑŸ';
const PLAIN = 'aaaaaeeeeiiiiooooouuuucnyAAAAAEEEEIIIIOOOOOUUUUCNY';
const plainSql = (column: string) => `lower(translate(${column}, '${ACCENTED}', '${PLAIN}'))`;

async function count(sequelize: Sequelize, sql: string, replacements: Record<string, unknown> = {}): Promise<number> {
  const [row] = await sequelize.query<{ n: number }>(sql, { replacements, type: QueryTypes.SELECT });
  return Number(row?.n ?? 0);
}

async function hotQuestionId(sequelize: Sequelize): Promise<number | null> {
  const [row] = await sequelize.query<{ id: number }>(
    `SELECT q.id FROM questions q
     WHERE q.title = :title AND q.status = 'published'
       AND (SELECT count(*) FROM answers a WHERE a.question_id = q.id AND a.status = 'published') = :hot
     ORDER BY q.id LIMIT 1`,
    { replacements: { title: hotQuestion.title, hot: HOT_ANSWERS }, type: QueryTypes.SELECT },
  );
  return row?.id ?? null;
}

async function currentCounts(sequelize: Sequelize): Promise<DatasetInfo['counts']> {
  return {
    users: await count(sequelize, `SELECT count(*) AS n FROM users WHERE email LIKE :pattern`, {
      pattern: `%@${EMAIL_DOMAIN}`,
    }),
    questions: await count(sequelize, `SELECT count(*) AS n FROM questions WHERE status = 'published'`),
    answers: await count(sequelize, `SELECT count(*) AS n FROM answers WHERE status = 'published'`),
    questionTags: await count(sequelize, `SELECT count(*) AS n FROM question_tags`),
    searchTerms: await count(sequelize, `SELECT count(*) AS n FROM search_terms`),
  };
}

/** Seeds the data set unless it is already there, then refreshes statistics and the search lexicon. */
export async function ensureDataset(sequelize: Sequelize, size: DatasetSize): Promise<DatasetInfo> {
  const started = Date.now();
  const before = await currentCounts(sequelize);
  const complete =
    before.users >= size.users &&
    before.questions >= size.questions &&
    before.answers >= size.answers &&
    (await hotQuestionId(sequelize)) !== null;
  if (!complete) {
    await sequelize.transaction(async (transaction) => {
      // A dedicated *_bench database (checked by the caller): an incomplete data set is replaced.
      await sequelize.query(
        `TRUNCATE search_terms, flags, revisions, votes, question_tags, answers, questions, tags, users, organisations
         RESTART IDENTITY CASCADE`,
        { transaction },
      );
      await seed(sequelize, transaction, size);
    });
  }
  // Statistics and visibility map as on a database that has been live for a while.
  await sequelize.query(`VACUUM (ANALYZE) users, tags, questions, question_tags, answers, votes`);
  await rebuildLexicon(sequelize);
  await sequelize.query(`ANALYZE search_terms`);
  const hot = await hotQuestionId(sequelize);
  if (hot === null) throw new Error(`La question à ${HOT_ANSWERS} réponses du jeu de données est introuvable.`);
  return {
    seeded: !complete,
    seedSeconds: Math.round((Date.now() - started) / 100) / 10,
    counts: await currentCounts(sequelize),
    hotQuestionId: hot,
  };
}

async function seed(sequelize: Sequelize, transaction: Transaction, size: DatasetSize): Promise<void> {
  const run = (sql: string, replacements: Record<string, unknown> = {}) =>
    sequelize.query(sql, { replacements, transaction });
  // Repeatable: the same data set on every machine (random() follows the seed in this session).
  await run(`SELECT setseed(0.2026)`);

  await run(
    `INSERT INTO tags (slug, name, description)
     SELECT * FROM unnest(ARRAY[:slugs]::varchar[], ARRAY[:names]::varchar[], ARRAY[:descriptions]::text[])`,
    {
      slugs: demoTags.map((t) => t.slug),
      names: demoTags.map((t) => t.name),
      descriptions: demoTags.map((t) => t.description),
    },
  );

  // One argon2 hash, shared by every account: hashing 2 000 passwords would take minutes.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await run(
    `INSERT INTO users (email, password_hash, pseudonym, role, reputation, bio, expert_profession, expert_verified,
                        created_at, updated_at)
     SELECT 'bench-' || g || '@' || :domain, :passwordHash,
            lower(f.names[1 + g % f.n] || '.' || l.names[1 + (g / f.n) % l.n]) || g,
            CASE WHEN g % 13 = 0 THEN 'expert'::user_role ELSE 'member'::user_role END,
            1 + floor(power(random(), 4) * 5000)::int,
            CASE WHEN g % 13 = 0 THEN 'Expert-comptable, j’accompagne les TPE et PME.' ELSE '' END,
            CASE WHEN g % 13 = 0 THEN (ARRAY['avocat', 'expert-comptable', 'consultant'])[1 + g % 3]::profession END,
            g % 13 = 0,
            t.at, t.at
     FROM generate_series(1, :users) g
     CROSS JOIN (SELECT ARRAY[:firstNames]::text[] AS names, :nFirst::int AS n) f
     CROSS JOIN (SELECT ARRAY[:lastNames]::text[] AS names, :nLast::int AS n) l
     CROSS JOIN LATERAL (SELECT now() - random() * interval '730 days' AS at) t`,
    {
      domain: EMAIL_DOMAIN,
      passwordHash,
      users: size.users,
      firstNames,
      lastNames,
      nFirst: firstNames.length,
      nLast: lastNames.length,
    },
  );

  // The random choices of each question, with its id taken in advance so that its tags can follow.
  await run(
    `CREATE TEMP TABLE bench_questions ON COMMIT DROP AS
     SELECT nextval('questions_id_seq')::int AS id, g,
            1 + floor(random() * :nStarts)::int AS si,
            1 + floor(random() * :nSubjects)::int AS oi,
            1 + floor(random() * :nContexts)::int AS ci,
            1 + floor(random() * :nCompanies)::int AS co,
            floor(random() * :nSentences)::int AS s1,
            floor(random() * (:nSentences - 1))::int AS s2,
            floor(random() * (:nSentences - 1))::int AS s3,
            1 + floor(random() * :nAsks)::int AS ak,
            1 + floor(random() * :nClosings)::int AS cl,
            u.ids[1 + floor(random() * array_length(u.ids, 1))::int] AS author_id,
            random() < 0.1 AS anonymous,
            floor(power(random(), 3) * 40)::int - 2 AS score,
            date_trunc('milliseconds', now() - random() * interval '365 days') AS created_at
     FROM generate_series(1, :questions) g, (SELECT array_agg(id ORDER BY id) AS ids FROM users) u`,
    {
      questions: size.questions,
      nStarts: questionStarts.length,
      nSubjects: questionSubjects.length,
      nContexts: questionContexts.length,
      nCompanies: companies.length,
      nSentences: situationSentences.length,
      nAsks: questionAsks.length,
      nClosings: questionClosings.length,
    },
  );
  await run(
    `INSERT INTO questions (id, author_id, anonymous, title, body, body_html, excerpt, title_plain, status, score,
                            created_at, updated_at, last_activity_at)
     SELECT id, author_id, anonymous, title, p1 || E'\\n\\n' || p2 || E'\\n\\n' || p3,
            '<p>' || p1 || E'</p>\\n<p>' || p2 || E'</p>\\n<p>' || p3 || E'</p>\\n',
            left(p1 || ' ' || p2, 199) || '…',
            ${plainSql('title')}, 'published', score, created_at, created_at, created_at
     FROM (
       SELECT b.*,
              (ARRAY[:starts]::text[])[si] || ' ' || (ARRAY[:subjects]::text[])[oi] || ' '
                || (ARRAY[:contexts]::text[])[ci] || ' ?' AS title,
              'Bonjour, je dirige ' || (ARRAY[:companies]::text[])[co] || '. '
                || (ARRAY[:sentences]::text[])[1 + s1] || ' '
                || (ARRAY[:sentences]::text[])[1 + (s1 + 1 + s2) % :nSentences] AS p1,
              'Ma question porte sur ' || (ARRAY[:subjects]::text[])[oi] || ' : ' || (ARRAY[:asks]::text[])[ak] || ' '
                || (ARRAY[:sentences]::text[])[1 + (s1 + 1 + s3) % :nSentences] AS p2,
              (ARRAY[:closings]::text[])[cl] AS p3
       FROM bench_questions b
     ) s`,
    {
      starts: questionStarts,
      subjects: questionSubjects.map(([subject]) => subject),
      contexts: questionContexts,
      companies,
      sentences: situationSentences,
      asks: questionAsks,
      closings: questionClosings,
      nSentences: situationSentences.length,
    },
  );
  await run(`SELECT setval('questions_id_seq', (SELECT max(id) FROM questions))`);

  // Tags: the subject's own tag first, then up to two others.
  await run(
    `INSERT INTO question_tags (question_id, tag_id, position)
     SELECT b.id, t.id, 0 FROM bench_questions b
     JOIN tags t ON t.slug = (ARRAY[:subjectTags]::text[])[b.oi]`,
    { subjectTags: questionSubjects.map(([, tag]) => tag) },
  );
  await run(
    `INSERT INTO question_tags (question_id, tag_id, position)
     SELECT b.id, tags.ids[1 + floor(random() * array_length(tags.ids, 1))::int], extra.position
     FROM bench_questions b
     CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM tags) tags
     CROSS JOIN (VALUES (1), (2)) AS extra(position)
     WHERE random() < 0.35
     ON CONFLICT DO NOTHING`,
  );

  // The question of the question-page scenario.
  await run(
    `UPDATE questions SET title = :title, title_plain = ${plainSql(':title')}, body = :body,
            body_html = '<p>' || replace(:body, E'\\n\\n', E'</p>\\n<p>') || E'</p>\\n', score = 37, anonymous = false,
            created_at = date_trunc('milliseconds', now() - interval '20 days'),
            updated_at = date_trunc('milliseconds', now() - interval '20 days')
     WHERE id = (SELECT id FROM bench_questions WHERE g = 1)`,
    { title: hotQuestion.title, body: hotQuestion.body },
  );
  await run(
    `DELETE FROM question_tags WHERE question_id = (SELECT id FROM bench_questions WHERE g = 1);
     INSERT INTO question_tags (question_id, tag_id, position)
     SELECT (SELECT id FROM bench_questions WHERE g = 1), t.id, ord - 1
     FROM unnest(ARRAY[:tags]::text[]) WITH ORDINALITY AS h(slug, ord) JOIN tags t ON t.slug = h.slug`,
    { tags: hotQuestion.tags },
  );

  const answerPhrases = {
    openings: answerOpenings,
    nOpenings: answerOpenings.length,
    sentences: answerSentences,
    nSentences: answerSentences.length,
    closings: answerClosings,
    nClosings: answerClosings.length,
  };
  const insertAnswers = (source: string, replacements: Record<string, unknown>) =>
    run(
      `INSERT INTO answers (question_id, author_id, anonymous, body, body_html, status, score, created_at, updated_at)
       SELECT question_id, author_id, anonymous, p1 || E'\\n\\n' || p2,
              '<p>' || p1 || E'</p>\\n<p>' || p2 || E'</p>\\n', 'published', score, at, at
       FROM (
         SELECT s.question_id, s.at,
                u.ids[1 + floor(random() * array_length(u.ids, 1))::int] AS author_id,
                random() < 0.05 AS anonymous,
                floor(power(random(), 3) * 15)::int - 1 AS score,
                'Bonjour, ' || (ARRAY[:openings]::text[])[1 + floor(random() * :nOpenings)::int] || ' '
                  || (ARRAY[:sentences]::text[])[1 + s.a1] || ' '
                  || (ARRAY[:sentences]::text[])[1 + (s.a1 + 1 + s.a2) % :nSentences] AS p1,
                (ARRAY[:closings]::text[])[1 + floor(random() * :nClosings)::int] AS p2
         FROM (
           SELECT src.*, floor(random() * :nSentences)::int AS a1, floor(random() * (:nSentences - 1))::int AS a2
           FROM (${source}) src
         ) s, (SELECT array_agg(id ORDER BY id) AS ids FROM users) u
       ) a`,
      { ...answerPhrases, ...replacements },
    );

  // The hot question's answers, over its twenty days.
  await insertAnswers(
    `SELECT b.id AS question_id,
            date_trunc('milliseconds', now() - interval '20 days' + k * interval '22 hours') AS at
     FROM bench_questions b, generate_series(1, :hot) k WHERE b.g = 1`,
    { hot: HOT_ANSWERS },
  );
  // The others: skewed (a few long threads, many short ones), about one question in nine unanswered.
  await insertAnswers(
    `SELECT b.id AS question_id,
            date_trunc('milliseconds', b.created_at + power(random(), 2) * (now() - b.created_at)) AS at
     FROM (
       SELECT q.ids[1 + floor(power(random(), 1.4) * array_length(q.ids, 1))::int] AS id
       FROM generate_series(1, :others) g,
            (SELECT array_agg(id ORDER BY random()) AS ids FROM bench_questions WHERE g > 1 AND g % 9 <> 0) q
     ) pick JOIN bench_questions b ON b.id = pick.id`,
    { others: Math.max(0, size.answers - HOT_ANSWERS) },
  );

  await run(
    `UPDATE questions q SET answer_count = a.n, last_activity_at = greatest(q.created_at, a.last)
     FROM (SELECT question_id, count(*) AS n, max(created_at) AS last FROM answers GROUP BY question_id) a
     WHERE a.question_id = q.id`,
  );
  // About a third of the answered questions have an accepted answer (the best one), the hot one too.
  await run(
    `UPDATE questions q SET accepted_answer_id = best.id
     FROM (SELECT DISTINCT ON (question_id) id, question_id FROM answers ORDER BY question_id, score DESC, id) best
     WHERE best.question_id = q.id AND (random() < 0.35 OR q.id = (SELECT id FROM bench_questions WHERE g = 1))`,
  );
}

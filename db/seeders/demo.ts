import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { hashPassword } from '../../server/commands/userRegistrar';
import { excerpt, plainForm, renderMarkdown } from '../../server/lib/markdown';
import {
  demoExpertProfiles,
  demoOrganisations,
  demoSessions,
  demoPartnerModerators,
  demoQuestions,
  demoTags,
  demoUsers,
  type DemoQuestion,
} from './demoContent';

/** Every demo account shares this password (documented in the README). */
export const DEMO_PASSWORD = 'entraide-demo-2026';
const DEMO_EMAIL_DOMAIN = 'demo.entraide-entreprises.test';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SeedReport {
  tags: number;
  users: number;
  questions: number;
  answers: number;
  votes: number;
  organisations: number;
  /** Verified expert profiles added. */
  experts: number;
}

const demoEmail = (key: string) => `${key.toLowerCase()}@${DEMO_EMAIL_DOMAIN}`;

async function insertReturningId(
  sequelize: Sequelize,
  transaction: Transaction,
  sql: string,
  replacements: Record<string, unknown>,
): Promise<number> {
  const [row] = await sequelize.query<{ id: number }>(sql, { replacements, type: QueryTypes.SELECT, transaction });
  return row!.id;
}

/**
 * Pseudo-random but repeatable choice of voters, so that seeding twice on two machines gives
 * the same demo and never picks the post's own author.
 */
function pickVoters(userIds: number[], excluded: number, count: number, salt: number): number[] {
  const pool = userIds.filter((id) => id !== excluded);
  const start = (salt * 7919) % pool.length;
  return Array.from({ length: Math.min(count, pool.length) }, (_, i) => pool[(start + i) % pool.length]!);
}

async function castVotes(
  sequelize: Sequelize,
  transaction: Transaction,
  target: {
    type: 'question' | 'answer';
    id: number;
    authorId: number;
    upvotes: number;
    downvotes: number;
    postedAt: Date;
  },
  userIds: number[],
): Promise<number> {
  const voters = pickVoters(userIds, target.authorId, target.upvotes + target.downvotes, target.id);
  const values = voters.map((_, i) => (i < target.upvotes ? 1 : -1));
  if (voters.length === 0) return 0;
  // Votes arrive over the hours after the post, as they would: reputation's daily cap counts by day.
  await sequelize.query(
    `INSERT INTO votes (voter_id, target_type, target_id, value, created_at, updated_at)
     SELECT voter, :type, :id, value, at, at
     FROM unnest(ARRAY[:voters]::int[], ARRAY[:values]::int[]) WITH ORDINALITY AS v(voter, value, n)
     CROSS JOIN LATERAL (SELECT least(now(), :postedAt::timestamptz + n * interval '47 minutes') AS at) t
     ON CONFLICT DO NOTHING`,
    { replacements: { type: target.type, id: target.id, voters, values, postedAt: target.postedAt }, transaction },
  );
  const score = values.reduce((sum, v) => sum + v, 0);
  await sequelize.query(
    `UPDATE ${target.type === 'question' ? 'questions' : 'answers'} SET score = :score WHERE id = :id`,
    {
      replacements: { score, id: target.id },
      transaction,
    },
  );
  return voters.length;
}

async function seedQuestion(
  sequelize: Sequelize,
  transaction: Transaction,
  demo: DemoQuestion,
  index: number,
  ids: { users: Map<string, number | undefined>; tags: Map<string, number>; all: number[] },
  report: SeedReport,
): Promise<void> {
  const authorId = ids.users.get(demo.author);
  // A demo pseudonym taken by a real account: that part of the demo is left out.
  if (authorId === undefined) return;
  const [existing] = await sequelize.query<{ id: number }>(
    `SELECT id FROM questions WHERE author_id = :authorId AND title = :title`,
    { replacements: { authorId, title: demo.title }, type: QueryTypes.SELECT, transaction },
  );
  if (existing) return;

  // Spread over the day too, so that lists sorted by date look like real activity.
  const askedAt = new Date(Date.now() - demo.daysAgo * DAY_MS - ((index * 37) % 600) * 60_000);
  const questionId = await insertReturningId(
    sequelize,
    transaction,
    `INSERT INTO questions (author_id, anonymous, title, body, body_html, excerpt, title_plain, status,
                            created_at, updated_at, last_activity_at)
     VALUES (:authorId, :anonymous, :title, :body, :bodyHtml, :excerpt, :titlePlain, 'published',
             :askedAt, :askedAt, :askedAt) RETURNING id`,
    {
      authorId,
      anonymous: demo.anonymous ?? false,
      title: demo.title,
      body: demo.body,
      bodyHtml: renderMarkdown(demo.body),
      excerpt: excerpt(demo.body),
      titlePlain: plainForm(demo.title),
      askedAt,
    },
  );
  await sequelize.query(
    `INSERT INTO question_tags (question_id, tag_id, position)
     SELECT :questionId, tag_id, ord - 1 FROM unnest(ARRAY[:tagIds]::int[]) WITH ORDINALITY AS t(tag_id, ord)`,
    { replacements: { questionId, tagIds: demo.tags.map((slug) => ids.tags.get(slug)!) }, transaction },
  );
  await sequelize.query(
    `INSERT INTO revisions (target_type, target_id, revision, editor_id, title, body, tags, created_at)
     VALUES ('question', :questionId, 1, :authorId, :title, :body, ARRAY[:tags]::varchar[], :askedAt)`,
    {
      replacements: { questionId, authorId, title: demo.title, body: demo.body, tags: demo.tags, askedAt },
      transaction,
    },
  );
  report.questions += 1;
  report.votes += await castVotes(
    sequelize,
    transaction,
    { type: 'question', id: questionId, authorId, upvotes: demo.upvotes, downvotes: demo.downvotes, postedAt: askedAt },
    ids.all,
  );

  let lastActivity = askedAt;
  for (const [answerIndex, demoAnswer] of demo.answers.entries()) {
    const answerAuthorId = ids.users.get(demoAnswer.author);
    if (answerAuthorId === undefined) continue;
    const answeredAt = new Date(askedAt.getTime() + (answerIndex + 1) * (3 + ((index + answerIndex) % 20)) * 3_600_000);
    const at = answeredAt.getTime() > Date.now() ? new Date(Date.now() - (answerIndex + 1) * 60_000) : answeredAt;
    const answerId = await insertReturningId(
      sequelize,
      transaction,
      `INSERT INTO answers (question_id, author_id, anonymous, body, body_html, status, created_at, updated_at)
       VALUES (:questionId, :authorId, :anonymous, :body, :bodyHtml, 'published', :at, :at) RETURNING id`,
      {
        questionId,
        authorId: answerAuthorId,
        anonymous: demoAnswer.anonymous ?? false,
        body: demoAnswer.body,
        bodyHtml: renderMarkdown(demoAnswer.body),
        at,
      },
    );
    await sequelize.query(
      `INSERT INTO revisions (target_type, target_id, revision, editor_id, body, created_at)
       VALUES ('answer', :answerId, 1, :authorId, :body, :at)`,
      { replacements: { answerId, authorId: answerAuthorId, body: demoAnswer.body, at }, transaction },
    );
    if (demoAnswer.accepted) {
      await sequelize.query(`UPDATE questions SET accepted_answer_id = :answerId WHERE id = :questionId`, {
        replacements: { answerId, questionId },
        transaction,
      });
    }
    report.answers += 1;
    report.votes += await castVotes(
      sequelize,
      transaction,
      {
        type: 'answer',
        id: answerId,
        authorId: answerAuthorId,
        upvotes: demoAnswer.upvotes,
        downvotes: demoAnswer.downvotes,
        postedAt: at,
      },
      ids.all,
    );
    if (at > lastActivity) lastActivity = at;
  }
  // The reputation worker turns the question's votes, its answers' and its acceptance into the
  // ledger, notifications included, as it does for any change.
  await sequelize.query(`INSERT INTO reputation_outbox (subject) VALUES ('question:' || :questionId)`, {
    replacements: { questionId },
    transaction,
  });
  await sequelize.query(
    `UPDATE questions SET last_activity_at = :lastActivity,
       answer_count = (SELECT count(*) FROM answers WHERE question_id = :questionId AND status = 'published')
     WHERE id = :questionId`,
    { replacements: { lastActivity, questionId }, transaction },
  );
}

/** French demo data. Idempotent: what already exists (by slug, email or author and title) is kept. */
export async function seedDemo(sequelize: Sequelize): Promise<SeedReport> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const report: SeedReport = { tags: 0, users: 0, questions: 0, answers: 0, votes: 0, organisations: 0, experts: 0 };
  await sequelize.transaction(async (transaction) => {
    for (const tag of demoTags) {
      const [row] = await sequelize.query<{ inserted: boolean }>(
        `INSERT INTO tags (slug, name, description) VALUES (:slug, :name, :description)
         ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description
         RETURNING (xmax = 0) AS inserted`,
        { replacements: { ...tag }, type: QueryTypes.SELECT, transaction },
      );
      if (row?.inserted) report.tags += 1;
    }
    await seedOrganisations(sequelize, transaction, passwordHash, report);
    for (const user of demoUsers) {
      const expert = user.role === 'expert' ? demoExpertProfiles[user.key] : undefined;
      const [row] = await sequelize.query<{ inserted: boolean }>(
        `INSERT INTO users (email, password_hash, pseudonym, role, bio, expert_profession, expert_verified,
                            expert_register_name)
         VALUES (:email, :passwordHash, :pseudonym, :role, :bio, :profession, :verified, :registerName)
         ON CONFLICT DO NOTHING RETURNING true AS inserted`,
        {
          replacements: {
            email: demoEmail(user.key),
            passwordHash,
            pseudonym: user.pseudonym,
            role: user.role,
            bio: user.bio,
            profession: user.role === 'expert' ? (expert?.profession ?? professionFromBio(user.bio)) : null,
            verified: user.role === 'expert',
            registerName: expert?.registerName ?? null,
          },
          type: QueryTypes.SELECT,
          transaction,
        },
      );
      if (row?.inserted) report.users += 1;
    }
    const userRows = await sequelize.query<{ id: number; email: string }>(
      `SELECT id, email FROM users WHERE email LIKE :pattern ORDER BY id`,
      { replacements: { pattern: `%@${DEMO_EMAIL_DOMAIN}` }, type: QueryTypes.SELECT, transaction },
    );
    const byEmail = new Map(userRows.map((row) => [row.email, row.id]));
    const users = new Map<string, number | undefined>(demoUsers.map((u) => [u.key, byEmail.get(demoEmail(u.key))]));
    const tagRows = await sequelize.query<{ id: number; slug: string }>(`SELECT id, slug FROM tags`, {
      type: QueryTypes.SELECT,
      transaction,
    });
    const ids = { users, tags: new Map(tagRows.map((t) => [t.slug, t.id])), all: userRows.map((row) => row.id) };
    await seedExpertProfiles(sequelize, transaction, users, report);
    for (const [index, question] of demoQuestions.entries()) {
      await seedQuestion(sequelize, transaction, question, index, ids, report);
    }
    await seedRecommendations(sequelize, transaction, users);
    await seedSessions(sequelize, transaction, users);
  });
  return report;
}

/** Two fictitious partner organisations, each with its moderator (kept out of the demo's voters). */
async function seedOrganisations(
  sequelize: Sequelize,
  transaction: Transaction,
  passwordHash: string,
  report: SeedReport,
): Promise<void> {
  for (const organisation of demoOrganisations) {
    const [row] = await sequelize.query(
      `INSERT INTO organisations (slug, name, description) VALUES (:slug, :name, :description)
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      { replacements: { ...organisation }, type: QueryTypes.SELECT, transaction },
    );
    if (row) report.organisations += 1;
  }
  for (const moderator of demoPartnerModerators) {
    const [row] = await sequelize.query(
      `INSERT INTO users (email, password_hash, pseudonym, role, bio, organisation_id)
       SELECT :email, :passwordHash, :pseudonym, 'moderator', :bio, o.id FROM organisations o WHERE o.slug = :organisation
       ON CONFLICT DO NOTHING RETURNING id`,
      {
        replacements: { ...moderator, email: demoEmail(moderator.key), passwordHash },
        type: QueryTypes.SELECT,
        transaction,
      },
    );
    if (row) report.users += 1;
  }
}

/**
 * The verified request behind each demo expert's badge, as a moderator's approval leaves it:
 * added once, for an account that still shows the badge; a badge revoked since is left alone.
 */
async function seedExpertProfiles(
  sequelize: Sequelize,
  transaction: Transaction,
  users: Map<string, number | undefined>,
  report: SeedReport,
): Promise<void> {
  for (const [key, profile] of Object.entries(demoExpertProfiles)) {
    const userId = users.get(key);
    if (userId === undefined) continue;
    const register =
      profile.profession === 'avocat'
        ? 'barreau'
        : profile.profession === 'expert-comptable'
          ? 'ordre-experts-comptables'
          : 'autre';
    const replacements = { userId, register, ...profile, organisation: profile.organisation ?? null };
    const [inserted] = await sequelize.query(
      `INSERT INTO expert_profiles (user_id, profession, register, register_name, registration_number, areas, bio,
                                    status, decided_at)
       SELECT u.id, :profession, :register, :registerName, :registrationNumber, ARRAY[:areas]::text[], u.bio,
              'verified', now()
       FROM users u WHERE u.id = :userId AND u.expert_verified
       ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
      { replacements, type: QueryTypes.SELECT, transaction },
    );
    if (!inserted) continue;
    report.experts += 1;
    await sequelize.query(
      `INSERT INTO expert_tags (user_id, tag_id, position)
       SELECT :userId, t.id, x.n - 1 FROM unnest(ARRAY[:tags]::text[]) WITH ORDINALITY AS x(slug, n)
       JOIN tags t ON t.slug = x.slug ON CONFLICT DO NOTHING`,
      { replacements, transaction },
    );
    // The badge cache as the approval sets it (accounts seeded before profiles existed included).
    await sequelize.query(
      `UPDATE users SET expert_profession = :profession, expert_register_name = :registerName,
              organisation_id = coalesce(organisation_id, (SELECT id FROM organisations WHERE slug = :organisation))
       WHERE id = :userId`,
      { replacements, transaction },
    );
  }
}

/** Each demo organisation recommends two of its expert's best answers, once. */
async function seedRecommendations(
  sequelize: Sequelize,
  transaction: Transaction,
  users: Map<string, number | undefined>,
): Promise<void> {
  for (const moderator of demoPartnerModerators) {
    const expertKey = Object.entries(demoExpertProfiles).find(
      ([, p]) => p.organisation === moderator.organisation,
    )?.[0];
    const expertId = expertKey ? users.get(expertKey) : undefined;
    if (expertId === undefined) continue;
    await sequelize.query(
      `INSERT INTO answer_recommendations (answer_id, organisation_id, recommended_by)
       SELECT a.id, o.id, (SELECT id FROM users WHERE email = :moderatorEmail)
       FROM organisations o
       JOIN answers a ON a.author_id = :expertId AND NOT a.anonymous AND a.status = 'published'
       WHERE o.slug = :organisation
         AND NOT EXISTS (SELECT 1 FROM answer_recommendations r WHERE r.organisation_id = o.id)
       ORDER BY a.score DESC, a.id LIMIT 2
       ON CONFLICT DO NOTHING`,
      {
        replacements: { expertId, organisation: moderator.organisation, moderatorEmail: demoEmail(moderator.key) },
        transaction,
      },
    );
  }
}

/** The demo's sessions to come, once each (by organisation and title), dated from today. */
async function seedSessions(
  sequelize: Sequelize,
  transaction: Transaction,
  users: Map<string, number | undefined>,
): Promise<void> {
  for (const session of demoSessions) {
    const [row] = await sequelize.query<{ id: number }>(
      `INSERT INTO live_sessions (organisation_id, title, description, starts_at, ends_at, open_announced)
       SELECT o.id, :title, :description,
              ((now() AT TIME ZONE 'Europe/Paris')::date + :inDays + time '14:00') AT TIME ZONE 'Europe/Paris',
              ((now() AT TIME ZONE 'Europe/Paris')::date + :inDays + time '15:00') AT TIME ZONE 'Europe/Paris',
              true
       FROM organisations o
       WHERE o.slug = :organisation
         AND NOT EXISTS (SELECT 1 FROM live_sessions s WHERE s.organisation_id = o.id AND s.title = :title)
       RETURNING id`,
      { replacements: { ...session }, type: QueryTypes.SELECT, transaction },
    );
    if (!row) continue;
    for (const [position, key] of session.experts.entries()) {
      const userId = users.get(key);
      if (userId === undefined) continue;
      await sequelize.query(
        `INSERT INTO live_session_experts (session_id, user_id, position) VALUES (:sessionId, :userId, :position)`,
        { replacements: { sessionId: row.id, userId, position }, transaction },
      );
    }
    await sequelize.query(
      `INSERT INTO live_session_tags (session_id, tag_id, position)
       SELECT :sessionId, t.id, x.n - 1 FROM unnest(ARRAY[:tags]::text[]) WITH ORDINALITY AS x(slug, n)
       JOIN tags t ON t.slug = x.slug`,
      { replacements: { sessionId: row.id, tags: session.tags }, transaction },
    );
  }
}

function professionFromBio(bio: string): 'avocat' | 'expert-comptable' | 'consultant' | 'autre' {
  const text = plainForm(bio);
  if (text.includes('avocat')) return 'avocat';
  if (text.includes('comptable')) return 'expert-comptable';
  if (text.includes('consult')) return 'consultant';
  return 'autre';
}

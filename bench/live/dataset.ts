// The live-session benchmark's own people, next to the HTTP benchmark's data set in its own
// database: a partner organisation, its moderator and three verified experts (as the
// verification workflow leaves them), created once with SQL and sharing the data set's password
// hash, so that bench/lib/login.ts logs them in like everyone else. The audience's members (the
// voters and the askers) are the data set's own users.
import { QueryTypes, type Sequelize } from 'sequelize';
import { benchEmail } from '../http/dataset';

const DOMAIN = 'live.bench.entraide-entreprises.test';
export const ORGANISATION_SLUG = 'banc-essai-direct';
export const moderatorEmail = `moderateur@${DOMAIN}`;
export const SESSION_TAGS = ['droit-du-travail', 'fiscalite', 'tresorerie-financement'];

const EXPERTS = [
  { n: 1, profession: 'avocat', register: 'barreau', registerName: 'Barreau de Lyon', tag: 'droit-du-travail' },
  {
    n: 2,
    profession: 'expert-comptable',
    register: 'ordre-experts-comptables',
    registerName: 'Tableau de l’Ordre des experts-comptables',
    tag: 'fiscalite',
  },
  { n: 3, profession: 'consultant', register: 'autre', registerName: 'Autre registre', tag: 'tresorerie-financement' },
] as const;

export interface LiveStaff {
  organisationId: number;
  moderatorId: number;
  expertIds: number[];
}

async function upsertUser(
  sequelize: Sequelize,
  email: string,
  pseudonym: string,
  fields: { role: 'moderator' | 'expert'; organisationId?: number; profession?: string; registerName?: string },
): Promise<number> {
  const [row] = await sequelize.query<{ id: number }>(
    `INSERT INTO users (email, password_hash, pseudonym, role, reputation, organisation_id, expert_profession,
                        expert_verified, expert_register_name, created_at, updated_at)
     VALUES (:email, (SELECT password_hash FROM users WHERE lower(email) = lower(:model)), :pseudonym, :role, 200,
             :organisationId, :profession::profession, :verified, :registerName,
             now() - interval '90 days', now() - interval '90 days')
     ON CONFLICT (lower(email)) DO UPDATE SET role = excluded.role, organisation_id = excluded.organisation_id,
       expert_profession = excluded.expert_profession, expert_verified = excluded.expert_verified,
       expert_register_name = excluded.expert_register_name, removed_at = NULL, suspended_until = NULL
     RETURNING id`,
    {
      replacements: {
        email,
        model: benchEmail(1),
        pseudonym,
        role: fields.role,
        organisationId: fields.organisationId ?? null,
        profession: fields.profession ?? null,
        verified: fields.role === 'expert',
        registerName: fields.registerName ?? null,
      },
      type: QueryTypes.SELECT,
    },
  );
  return row!.id;
}

/** The organisation, its moderator and its experts: created if missing, put back as they should be. */
export async function ensureLiveStaff(sequelize: Sequelize): Promise<LiveStaff> {
  const [organisation] = await sequelize.query<{ id: number }>(
    `INSERT INTO organisations (slug, name, description)
     VALUES (:slug, 'Chambre de commerce du banc d’essai', 'Organisation partenaire du banc d’essai des sessions en direct.')
     ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id`,
    { replacements: { slug: ORGANISATION_SLUG }, type: QueryTypes.SELECT },
  );
  const organisationId = organisation!.id;
  const moderatorId = await upsertUser(sequelize, moderatorEmail, 'banc.direct.moderation', {
    role: 'moderator',
    organisationId,
  });
  const expertIds: number[] = [];
  for (const expert of EXPERTS) {
    const id = await upsertUser(sequelize, expertEmail(expert.n), `banc.direct.expert${expert.n}`, {
      role: 'expert',
      profession: expert.profession,
      registerName: expert.registerName,
    });
    await sequelize.query(
      `INSERT INTO expert_profiles (user_id, profession, register, register_name, registration_number, areas, bio,
                                    status, decided_at)
       VALUES (:id, :profession::profession, :register, :registerName, :number, ARRAY['Conseil aux TPE'],
               'Expert du banc d’essai des sessions en direct.', 'verified', now())
       ON CONFLICT (user_id) DO UPDATE SET status = 'verified'`,
      {
        replacements: {
          id,
          profession: expert.profession,
          register: expert.register,
          registerName: expert.registerName,
          number: `BANC-${expert.n}`,
        },
      },
    );
    await sequelize.query(
      `INSERT INTO expert_tags (user_id, tag_id, position) SELECT :id, id, 0 FROM tags WHERE slug = :tag
       ON CONFLICT DO NOTHING`,
      { replacements: { id, tag: expert.tag } },
    );
    expertIds.push(id);
  }
  return { organisationId, moderatorId, expertIds };
}

export const expertEmail = (n: number) => `expert-${n}@${DOMAIN}`;

/**
 * The product's daily rules count from zero at each run: earlier runs' votes by the voters and
 * questions by the askers, cast or asked in the last day, are dated back a day (the voters' 30
 * upvotes a day, serial voting; the askers' flooding and repeated-text checks). Nothing else moves.
 */
export async function freshDay(sequelize: Sequelize, voterIds: number[], askerIds: number[]): Promise<void> {
  await sequelize.query(
    `UPDATE votes SET created_at = created_at - interval '1 day'
     WHERE voter_id IN (:voterIds) AND created_at > now() - interval '1 day'`,
    { replacements: { voterIds } },
  );
  await sequelize.query(
    `UPDATE questions SET created_at = created_at - interval '1 day'
     WHERE author_id IN (:askerIds) AND created_at > now() - interval '1 day'`,
    { replacements: { askerIds } },
  );
}

/**
 * Earlier runs' audience questions leave the way: once their session ended they became ordinary
 * questions, and this run's, worded alike, would all be taken for their duplicates by the checks
 * (a review case each). They are deleted, as their askers could delete them.
 */
export async function retireEarlierRuns(sequelize: Sequelize, organisationId: number): Promise<number> {
  const rows = await sequelize.query<{ id: number }>(
    `UPDATE questions SET status = 'deleted', updated_at = now()
     WHERE status <> 'deleted'
       AND live_session_id IN (SELECT id FROM live_sessions WHERE organisation_id = :organisationId AND status = 'ended')
     RETURNING id`,
    { replacements: { organisationId }, type: QueryTypes.SELECT },
  );
  return rows.length;
}

/** The ids of the data set's users bench-{from}…bench-{from + count - 1}, in that order. */
export async function userIds(sequelize: Sequelize, from: number, count: number): Promise<number[]> {
  const emails = Array.from({ length: count }, (_, i) => benchEmail(from + i).toLowerCase());
  const rows = await sequelize.query<{ id: number; email: string }>(
    `SELECT id, lower(email) AS email FROM users WHERE lower(email) IN (:emails)`,
    { replacements: { emails }, type: QueryTypes.SELECT },
  );
  const byEmail = new Map(rows.map((row) => [row.email, row.id]));
  return emails.map((email) => {
    const id = byEmail.get(email);
    if (id === undefined) throw new Error(`User ${email} missing from the data set`);
    return id;
  });
}

/** Sessions of the organisation an interrupted run left scheduled or live. */
export async function unfinishedSessions(sequelize: Sequelize, organisationId: number) {
  return sequelize.query<{ id: number; status: 'scheduled' | 'live' }>(
    `SELECT id, status FROM live_sessions WHERE organisation_id = :organisationId AND status <> 'ended' ORDER BY id`,
    { replacements: { organisationId }, type: QueryTypes.SELECT },
  );
}

/**
 * An audience question of the run: a business owner's situation and what they ask, its first
 * line (the title) different for each question of the run and from one run to the next.
 */
export function questionBody(
  sessionId: number,
  i: number,
  phrases: {
    companies: string[];
    situationSentences: string[];
    questionAsks: string[];
    questionClosings: string[];
  },
): string {
  const pick = <T>(list: T[], n: number): T => list[n % list.length]!;
  const ask = pick(phrases.questionAsks, i * 7 + sessionId);
  return [
    `Session ${sessionId}, question ${i + 1} : pour ${pick(phrases.companies, i + sessionId)}, ${ask}`,
    `${pick(phrases.situationSentences, i * 3 + sessionId)} ${pick(phrases.situationSentences, i * 11 + 5)}`,
    pick(phrases.questionClosings, i),
  ].join('\n\n');
}

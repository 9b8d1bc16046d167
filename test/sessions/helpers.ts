import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { Organisation, type User } from '../../db/models';
import type { LiveSession, SessionQuestion } from '../../server/contracts/dto';
import type { TestClient, TestResponse } from '../support/client';
import { buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import { moderated } from '../support/moderation';

export const THEME = 'droit-du-travail';

export function expectApiError(response: TestResponse, status: number, code?: string): void {
  expect(response.status, response.text).to.equal(status);
  expect(response.body.error.message).to.be.a('string').and.not.equal('');
  if (code) expect(response.body.error.code, response.text).to.equal(code);
}

let organisations = 0;

export async function buildOrganisation(name?: string): Promise<Organisation> {
  organisations += 1;
  return Organisation.create({
    slug: `organisation-${organisations}`,
    name: name ?? `Chambre de commerce n° ${organisations}`,
    description: 'Organisation partenaire de test.',
  });
}

/** A partner organisation's moderator. */
export async function partnerModerator(organisation: Organisation, pseudonym?: string): Promise<User> {
  const user = await buildUser({ role: 'moderator', pseudonym });
  return user.update({ organisationId: organisation.id });
}

/** A verified expert, as the verification workflow leaves them (the badge and declared themes). */
export async function verifiedExpert(options: { pseudonym?: string; tags?: string[] } = {}): Promise<User> {
  const user = await buildUser({ pseudonym: options.pseudonym });
  const tags = options.tags ?? [THEME];
  for (const slug of tags) await buildTag(slug, slug);
  const { sequelize } = testEnv().ctx;
  await sequelize.query(
    `INSERT INTO expert_profiles (user_id, profession, register, register_name, registration_number, areas, bio,
                                  status, decided_at)
     VALUES (:userId, 'avocat', 'barreau', 'Barreau de Lyon', 'LY-0001', ARRAY['Droit social'], 'Avocate.', 'verified', now())`,
    { replacements: { userId: user.id } },
  );
  await sequelize.query(
    `INSERT INTO expert_tags (user_id, tag_id, position)
     SELECT :userId, t.id, array_position(ARRAY[:tags]::text[], t.slug::text) FROM tags t WHERE t.slug IN (:tags)`,
    { replacements: { userId: user.id, tags } },
  );
  return user.update({
    role: 'expert',
    expertProfession: 'avocat',
    expertVerified: true,
    expertRegisterName: 'Barreau de Lyon',
  });
}

export interface SessionSetup {
  organisation: Organisation;
  moderatorUser: User;
  moderator: TestClient;
  expertUser: User;
  expert: TestClient;
  session: LiveSession;
}

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

export function sessionBody(organisationId: number, expertIds: number[], overrides: Record<string, unknown> = {}) {
  return {
    title: 'Droit du travail : vos questions à nos avocats',
    description: 'Une heure de questions en direct sur le droit du travail dans les TPE.',
    organisationId,
    startsAt: hours(1),
    endsAt: hours(2),
    expertIds,
    tags: [THEME],
    ...overrides,
  };
}

/** An organisation, its moderator, a verified expert and a session they run (scheduled, open to questions). */
export async function setupSession(
  options: { start?: boolean; body?: Record<string, unknown> } = {},
): Promise<SessionSetup> {
  await buildTag(THEME, 'Droit du travail');
  const organisation = await buildOrganisation();
  const moderatorUser = await partnerModerator(organisation);
  const moderator = await clientFor(moderatorUser);
  const expertUser = await verifiedExpert();
  const expert = await clientFor(expertUser);
  const created = await moderator.post('/api/sessions', sessionBody(organisation.id, [expertUser.id], options.body));
  expect(created.status, created.text).to.equal(201);
  let session = created.body.session as LiveSession;
  if (options.start) {
    const started = await moderator.post(`/api/sessions/${session.id}/start`);
    expect(started.status, started.text).to.equal(200);
    session = started.body.session;
  }
  return { organisation, moderatorUser, moderator, expertUser, expert, session };
}

let asked = 0;

/** An audience question through the API, once the automated checks have let it into the queue. */
export async function ask(
  client: TestClient,
  sessionId: number,
  options: { body?: string; anonymous?: boolean } = {},
): Promise<SessionQuestion> {
  asked += 1;
  const response = await client.post(`/api/sessions/${sessionId}/questions`, {
    body: options.body ?? `Question numéro ${asked} : comment rompre une période d’essai sans risque ?`,
    anonymous: options.anonymous ?? false,
  });
  expect(response.status, response.text).to.equal(201);
  await moderated();
  return response.body.question;
}

/** Asks and approves: a question the public sees. */
export async function askApproved(
  asker: TestClient,
  moderator: TestClient,
  sessionId: number,
  options: { body?: string; anonymous?: boolean } = {},
): Promise<SessionQuestion> {
  const question = await ask(asker, sessionId, options);
  const approved = await moderator.post(`/api/sessions/${sessionId}/questions/${question.id}/state`, {
    state: 'approved',
  });
  expect(approved.status, approved.text).to.equal(200);
  return approved.body.question;
}

export async function member(pseudonym?: string): Promise<{ user: User; client: TestClient }> {
  const user = await buildUser({ pseudonym, reputation: 60 });
  return { user, client: await clientFor(user) };
}

/** The open `live_question` case of a question. */
export async function liveCaseOf(questionId: number): Promise<number | null> {
  const [row] = await testEnv().ctx.sequelize.query<{ id: number }>(
    `SELECT id FROM moderation_cases WHERE kind = 'live_question' AND target_id = :questionId AND status <> 'resolved'`,
    { replacements: { questionId }, type: QueryTypes.SELECT },
  );
  return row?.id ?? null;
}

export async function rows<T extends object>(sql: string, replacements: Record<string, unknown> = {}): Promise<T[]> {
  return testEnv().ctx.sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT });
}

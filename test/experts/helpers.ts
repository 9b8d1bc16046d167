import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { Organisation, type User } from '../../db/models';
import type { ExpertRegister, Profession } from '../../server/contracts/dto';
import type { TestClient, TestResponse } from '../support/client';
import { buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';

export const NOTICE = 'Information générale, ne constitue pas une consultation personnalisée.';
export const CNB_URL = 'https://www.cnb.avocat.fr/fr/annuaire-des-avocats-de-france';
export const OEC_URL = 'https://annuaire.experts-comptables.org/';
export const SIREN_URL = 'https://annuaire-entreprises.data.gouv.fr/';

export function expectApiError(response: TestResponse, status: number, code?: string): void {
  expect(response.status, response.text).to.equal(status);
  expect(response.body.error.message).to.be.a('string').and.not.equal('');
  if (code) expect(response.body.error.code, response.text).to.equal(code);
}

export function validRequest(overrides: Record<string, unknown> = {}) {
  return {
    profession: 'avocat',
    register: 'barreau',
    registerName: 'Barreau de Lyon',
    registrationNumber: 'LY-2011-4521',
    areas: ['Droit social', 'Contentieux prud’homal'],
    bio: 'Avocate en droit social depuis douze ans, j’accompagne les employeurs de TPE.',
    tags: ['droit-du-travail'],
    ...overrides,
  };
}

/** An open expert request by `client`, and its case id. */
export async function requestBadge(client: TestClient, overrides: Record<string, unknown> = {}): Promise<number> {
  await buildTag('droit-du-travail', 'Droit du travail');
  const response = await client.post('/api/me/expert', validRequest(overrides));
  expect(response.status, response.text).to.equal(202);
  const session = await client.get('/api/auth/session');
  const [row] = await testEnv().ctx.sequelize.query<{ id: number }>(
    `SELECT case_id AS id FROM expert_profiles WHERE user_id = :userId`,
    { replacements: { userId: session.body.user.id }, type: QueryTypes.SELECT },
  );
  return row!.id;
}

/** A verified expert through the real workflow: their request, approved by a platform moderator. */
export async function verifiedExpert(
  options: { user?: User; request?: Record<string, unknown>; moderator?: TestClient } = {},
): Promise<{ user: User; client: TestClient }> {
  const user = options.user ?? (await buildUser());
  const client = await clientFor(user);
  const caseId = await requestBadge(client, options.request);
  const moderator = options.moderator ?? (await clientFor(await buildUser({ role: 'moderator' })));
  const decided = await moderator.post(`/api/moderation/cases/${caseId}/resolve`, { decision: 'approve' });
  expect(decided.status, decided.text).to.equal(200);
  return { user: await user.reload(), client };
}

/**
 * A verified badge written straight into the tables, as the approval writes it: for tests about
 * the directory and contact requests, where the decision itself is not what is tested.
 */
export async function grantBadge(
  user: User,
  options: {
    profession?: Profession;
    registerName?: string;
    tags?: string[];
    areas?: string[];
    bio?: string;
  } = {},
): Promise<User> {
  const profession = options.profession ?? 'avocat';
  const register: ExpertRegister =
    profession === 'avocat' ? 'barreau' : profession === 'expert-comptable' ? 'ordre-experts-comptables' : 'autre';
  const registerName = options.registerName ?? 'Barreau de Paris';
  const tags = options.tags ?? ['droit-du-travail'];
  for (const slug of tags) await buildTag(slug, slug);
  const { sequelize } = testEnv().ctx;
  await sequelize.query(
    `INSERT INTO expert_profiles (user_id, profession, register, register_name, registration_number, areas, bio,
                                  status, decided_at)
     VALUES (:userId, :profession, :register, :registerName, 'P-0001', ARRAY[:areas]::text[], :bio, 'verified', now())`,
    {
      replacements: {
        userId: user.id,
        profession,
        register,
        registerName,
        areas: options.areas ?? ['Droit social'],
        bio: options.bio ?? `Présentation de ${user.pseudonym}, experte de son domaine.`,
      },
    },
  );
  await sequelize.query(
    `INSERT INTO expert_tags (user_id, tag_id, position)
     SELECT :userId, t.id, array_position(ARRAY[:tags]::text[], t.slug::text) FROM tags t WHERE t.slug IN (:tags)`,
    { replacements: { userId: user.id, tags } },
  );
  await user.update({
    role: user.role === 'member' ? 'expert' : user.role,
    expertProfession: profession,
    expertVerified: true,
    expertRegisterName: registerName,
  });
  return user;
}

export async function buildOrganisation(slug = 'cci-demo', name = 'CCI de démonstration'): Promise<Organisation> {
  return Organisation.create({ slug, name, description: `${name} : organisation partenaire de test.` });
}

/** A partner organisation's moderator. */
export async function partnerModerator(organisation: Organisation): Promise<User> {
  const user = await buildUser({ role: 'moderator' });
  return user.update({ organisationId: organisation.id });
}

/** A count read straight from PostgreSQL. */
export async function countRows(sql: string, replacements: Record<string, unknown> = {}): Promise<number> {
  const [row] = await testEnv().ctx.sequelize.query<{ count: number }>(sql, { replacements, type: QueryTypes.SELECT });
  return row!.count;
}

import { expect } from 'chai';
import { User } from '../../db/models';
import { TestClient, type TestResponse } from '../support/client';
import { testEnv } from '../support/hooks';
import { DEFAULT_PASSWORD, buildUser } from '../support/factories';

const PASSWORD = 'un-mot-de-passe-solide';

function expectApiError(response: TestResponse, status: number, code?: string): void {
  expect(response.status, response.text).to.equal(status);
  expect(response.headers.get('content-type')).to.match(/application\/json/);
  expect(Object.keys(response.body)).to.deep.equal(['error']);
  const { error } = response.body;
  if (code) expect(error.code).to.equal(code);
  expect(error.code).to.match(/^[a-z]+(_[a-z]+)*$/);
  expect(error.message)
    .to.be.a('string')
    .and.match(/[a-zà-ÿ]/);
  expect(error.message).to.not.match(/Error:|\bat .+:\d+|node_modules|\b(invalid|expected|received|required)\b/i);
  for (const detail of error.details ?? []) {
    expect(detail.message)
      .to.be.a('string')
      .and.not.match(/\b(invalid|expected|received|required)\b/i);
  }
}

function sessionCookie(response: TestResponse): string | undefined {
  return response.headers.getSetCookie().find((line) => line.startsWith('ee.sid='));
}

async function register(client: TestClient, fields: Partial<Record<'email' | 'password' | 'pseudonym', unknown>> = {}) {
  return client.post('/api/auth/register', {
    email: 'claire.martin@exemple.fr',
    password: PASSWORD,
    pseudonym: 'Claire-M',
    ...fields,
  });
}

describe('auth routes', () => {
  describe('POST /api/auth/register', () => {
    it('creates the account, logs the user in and stores only an argon2id hash', async () => {
      const client = new TestClient();
      const response = await register(client);

      expect(response.status, response.text).to.equal(201);
      expect(response.body.user).to.deep.include({
        pseudonym: 'Claire-M',
        reputation: 1,
        role: 'member',
        expert: null,
      });
      expect(response.body.user.id).to.be.a('number');
      expect(response.text).to.not.include(PASSWORD);
      expect(response.text).to.not.include('claire.martin');

      const cookie = sessionCookie(response);
      expect(cookie, 'session cookie').to.be.a('string');
      expect(cookie).to.match(/;\s*HttpOnly/i);
      expect(cookie).to.match(/;\s*SameSite=Lax/i);

      const session = await client.get('/api/auth/session');
      expect(session.status).to.equal(200);
      expect(session.body.user).to.deep.equal(response.body.user);

      const stored = await User.findByPk(response.body.user.id);
      expect(stored!.email).to.equal('claire.martin@exemple.fr');
      expect(stored!.passwordHash).to.match(/^\$argon2id\$/);
      expect(stored!.passwordHash).to.not.include(PASSWORD);
    });

    it('lets the new user log in again with the same email in another case', async () => {
      await register(new TestClient(), { email: 'Claire.Martin@Exemple.FR' });
      const client = new TestClient();
      const login = await client.post('/api/auth/login', { email: 'claire.martin@exemple.fr', password: PASSWORD });
      expect(login.status, login.text).to.equal(200);
      expect(login.body.user.pseudonym).to.equal('Claire-M');
    });

    it('refuses a pseudonym already taken, whatever its case (409)', async () => {
      await buildUser({ pseudonym: 'Claire-M' });
      const client = new TestClient();
      const response = await register(client, { pseudonym: 'cLAIRE-m' });

      expectApiError(response, 409);
      expect(await User.count()).to.equal(1);
      expect((await client.get('/api/auth/session')).body.user).to.equal(null);
    });

    it('refuses an email already used, whatever its case (409)', async () => {
      await buildUser({ email: 'claire.martin@exemple.fr' });
      const client = new TestClient();
      const response = await register(client, { email: 'CLAIRE.MARTIN@exemple.fr' });

      expectApiError(response, 409);
      expect(await User.count()).to.equal(1);
      expect((await client.get('/api/auth/session')).body.user).to.equal(null);
    });

    const invalid: Array<[string, Record<string, unknown>, string]> = [
      ['an invalid email', { email: 'pas-une-adresse' }, 'body.email'],
      ['an email with a space', { email: 'claire martin@exemple.fr' }, 'body.email'],
      ['a password of 9 characters', { password: '123456789' }, 'body.password'],
      ['a pseudonym of 2 characters', { pseudonym: 'ab' }, 'body.pseudonym'],
      ['a pseudonym of 31 characters', { pseudonym: 'a'.repeat(31) }, 'body.pseudonym'],
      ['a pseudonym with a space', { pseudonym: 'Claire Martin' }, 'body.pseudonym'],
      ['a pseudonym with an accent', { pseudonym: 'Élodie' }, 'body.pseudonym'],
      ['a pseudonym with HTML', { pseudonym: '<b>x</b>' }, 'body.pseudonym'],
    ];
    for (const [label, fields, path] of invalid) {
      it(`refuses ${label} (400 validation_failed, French message and details)`, async () => {
        const client = new TestClient();
        const response = await register(client, fields);

        expectApiError(response, 400, 'validation_failed');
        expect(response.body.error.details).to.be.an('array').that.is.not.empty;
        expect(response.body.error.details.map((d: { path: string }) => d.path)).to.include(path);
        expect(await User.count()).to.equal(0);
        expect((await client.get('/api/auth/session')).body.user).to.equal(null);
      });
    }
  });

  describe('POST /api/auth/login', () => {
    it('logs a member in', async () => {
      const user = await buildUser({ pseudonym: 'Paul-D', email: 'paul@exemple.fr' });
      const client = new TestClient();
      const response = await client.post('/api/auth/login', { email: 'paul@exemple.fr', password: DEFAULT_PASSWORD });

      expect(response.status, response.text).to.equal(200);
      expect(response.body.user).to.deep.include({ id: user.id, pseudonym: 'Paul-D', role: 'member' });
      expect(response.text).to.not.include(DEFAULT_PASSWORD);
      expect(sessionCookie(response))
        .to.match(/;\s*HttpOnly/i)
        .and.match(/;\s*SameSite=Lax/i);
      expect((await client.get('/api/auth/session')).body.user.id).to.equal(user.id);
    });

    it('answers a wrong password and an unknown email alike (401 invalid_credentials)', async () => {
      await buildUser({ email: 'paul@exemple.fr' });
      const client = new TestClient();
      const wrongPassword = await client.post('/api/auth/login', {
        email: 'paul@exemple.fr',
        password: 'mauvais-mot-de-passe',
      });
      const unknownEmail = await client.post('/api/auth/login', {
        email: 'personne@exemple.fr',
        password: DEFAULT_PASSWORD,
      });

      expectApiError(wrongPassword, 401, 'invalid_credentials');
      expectApiError(unknownEmail, 401, 'invalid_credentials');
      expect(unknownEmail.body).to.deep.equal(wrongPassword.body);
      expect((await client.get('/api/auth/session')).body.user).to.equal(null);
    });

    it('refuses a login without a password (400)', async () => {
      await buildUser({ email: 'paul@exemple.fr' });
      const client = new TestClient();
      const response = await client.post('/api/auth/login', { email: 'paul@exemple.fr' });
      expectApiError(response, 400, 'validation_failed');
      expect((await client.get('/api/auth/session')).body.user).to.equal(null);
    });

    it('gives the session a new id at login, and the old id logs nobody in (no fixation)', async () => {
      const user = await buildUser();
      const client = new TestClient();
      const before = sessionCookie(await client.fetchSession());
      expect(before, 'cookie set by GET /api/auth/session').to.be.a('string');

      const login = await client.login(user.email, DEFAULT_PASSWORD);
      const after = sessionCookie(login);
      expect(after).to.be.a('string');
      const valueOf = (line: string) => line.split(';')[0];
      expect(valueOf(after!)).to.not.equal(valueOf(before!));

      const stale = await fetch(`${testEnv().baseUrl}/api/auth/session`, { headers: { cookie: valueOf(before!)! } });
      expect(((await stale.json()) as { user: unknown }).user).to.equal(null);
      expect((await client.get('/api/auth/session')).body.user.id).to.equal(user.id);
    });
  });

  describe('POST /api/auth/logout', () => {
    it('ends the session (204), after which the session has no user', async () => {
      const user = await buildUser();
      const client = new TestClient();
      const login = await client.login(user.email, DEFAULT_PASSWORD);
      const loggedInCookie = sessionCookie(login)!.split(';')[0]!;

      const logout = await client.post('/api/auth/logout');
      expect(logout.status, logout.text).to.equal(204);
      expect(logout.text).to.equal('');

      expect((await client.get('/api/auth/session')).body.user).to.equal(null);
      const replayed = await fetch(`${testEnv().baseUrl}/api/auth/session`, { headers: { cookie: loggedInCookie } });
      expect(((await replayed.json()) as { user: unknown }).user).to.equal(null);
    });
  });

  describe('GET /api/auth/session', () => {
    it('gives a visitor no user and a CSRF token that stays the same for the session', async () => {
      const client = new TestClient();
      const first = await client.get('/api/auth/session');
      expect(first.status).to.equal(200);
      expect(first.body.user).to.equal(null);
      expect(first.body.csrfToken).to.be.a('string').with.length.greaterThan(20);

      const second = await client.get('/api/auth/session');
      expect(second.body.csrfToken).to.equal(first.body.csrfToken);

      const other = await new TestClient().get('/api/auth/session');
      expect(other.body.csrfToken).to.not.equal(first.body.csrfToken);
    });

    it('keeps the CSRF token the page holds across login', async () => {
      const user = await buildUser();
      const client = new TestClient();
      const { body } = await client.fetchSession();
      await client.login(user.email, DEFAULT_PASSWORD);
      const session = await client.get('/api/auth/session');
      expect(session.body.user.id).to.equal(user.id);
      expect(session.body.csrfToken).to.equal(body.csrfToken);
    });
  });
});

import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { expect } from 'chai';
import { Answer, Flag, Question, Revision, User, Vote } from '../../db/models';
import { createApp } from '../../server/app';
import { loadRateLimits, type Config, type RateLimits } from '../../server/config';
import { Limiters } from '../../server/middlewares/rateLimit';
import { TestClient } from '../support/client';
import { DEFAULT_PASSWORD, buildAnswer, buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';

/**
 * Runs `action` against a second app on its own port, sharing the test database and Redis but
 * with its own settings (rate limits, public origin).
 */
async function withApp(
  options: { rateLimits?: RateLimits; config?: Partial<Config> },
  action: (baseUrl: string) => Promise<void>,
): Promise<void> {
  const main = testEnv().ctx;
  const config = { ...main.config, ...options.config, rateLimits: options.rateLimits ?? main.config.rateLimits };
  const ctx = { ...main, config, limiters: new Limiters(main.redis, config.rateLimits) };
  const server = createServer(createApp(ctx));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await action(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const tinyLimits = (): RateLimits => ({
  ...loadRateLimits(),
  enabled: true,
  loginPerEmail: { points: 2, duration: 60 },
  questionPerUser: { points: 2, duration: 60 },
});

async function loggedIn(baseUrl: string, user: User): Promise<TestClient> {
  const client = new TestClient(baseUrl);
  await client.login(user.email, DEFAULT_PASSWORD);
  return client;
}

const questionBody = (n: number) => ({
  title: `Question numéro ${n} sur le financement de ma trésorerie`,
  body: 'Nous cherchons à financer un besoin en fonds de roulement ponctuel. Quelles solutions ?',
  tags: ['tresorerie-financement'],
});

/** Everything a refused request could have changed. */
async function snapshot(): Promise<string> {
  const rows = await Promise.all([
    User.findAll({ order: [['id', 'ASC']], raw: true }),
    Question.findAll({ order: [['id', 'ASC']], raw: true }),
    Answer.findAll({ order: [['id', 'ASC']], raw: true }),
    Vote.findAll({ order: [['id', 'ASC']], raw: true }),
    Flag.findAll({ order: [['id', 'ASC']], raw: true }),
    Revision.findAll({ order: [['id', 'ASC']], raw: true }),
  ]);
  return JSON.stringify(rows);
}

describe('security', () => {
  describe('CSRF', () => {
    it('refuses every POST, PUT, PATCH and DELETE route without a token or with a wrong one (403 csrf)', async () => {
      const author = await buildUser();
      const question = await buildQuestion({ author });
      const answer = await buildAnswer({ question, author });
      const member = await clientFor(await buildUser());
      const someoneElse = await clientFor(await buildUser());

      const document = (await new TestClient().get('/api/openapi.json')).body;
      const routes: [method: string, path: string][] = [];
      for (const [path, operations] of Object.entries<Record<string, unknown>>(document.paths)) {
        for (const method of Object.keys(operations)) {
          if (['post', 'put', 'patch', 'delete'].includes(method)) routes.push([method.toUpperCase(), path]);
        }
      }
      // The routes of the contract are all there (the list grows with the API).
      const listed = routes.map(([method, path]) => `${method} ${path}`);
      expect(listed).to.include.members([
        'POST /api/auth/register',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'POST /api/questions',
        'PATCH /api/questions/{id}',
        'DELETE /api/questions/{id}',
        'POST /api/questions/{id}/answers',
        'POST /api/questions/{id}/vote',
        'PATCH /api/answers/{id}',
        'DELETE /api/answers/{id}',
        'POST /api/answers/{id}/accept',
        'POST /api/answers/{id}/vote',
        'POST /api/flags',
      ]);

      const bodies: Record<string, unknown> = {
        'POST /api/auth/register': {
          email: 'nouveau@exemple.test',
          password: 'motdepasse-solide',
          pseudonym: 'nouveau',
        },
        'POST /api/auth/login': { email: author.email, password: DEFAULT_PASSWORD },
        'POST /api/questions': questionBody(1),
        'PATCH /api/questions/{id}': { title: 'Titre réécrit par une page malveillante' },
        'POST /api/questions/{id}/answers': { body: 'Réponse postée par une page malveillante, à refuser.' },
        'POST /api/questions/{id}/vote': { value: 1 },
        'PATCH /api/answers/{id}': { body: 'Réponse réécrite par une page malveillante, à refuser.' },
        'POST /api/answers/{id}/vote': { value: -1 },
        'POST /api/flags': { targetType: 'question', targetId: question.id, reason: 'spam' },
      };
      const concrete = (path: string) =>
        path
          .replace(/^\/api\/answers\/\{id\}/, `/api/answers/${answer.id}`)
          .replace(/\{id\}/, String(question.id))
          .replace(/\{[A-Za-z]+\}/g, '1');

      const before = await snapshot();
      const otherToken = someoneElse.csrfToken!;
      const wrongTokens = [null, '', 'jeton-invente', 'x'.repeat(otherToken.length), otherToken];
      for (const [method, path] of routes) {
        const body = bodies[`${method} ${path}`] ?? {};
        for (const [who, client] of [
          ['visitor', new TestClient()],
          ['member', member],
        ] as const) {
          for (const token of wrongTokens) {
            const response = await client.request(method, concrete(path), body, {
              csrf: false,
              headers: token === null ? {} : { 'x-csrf-token': token },
            });
            const label = `${method} ${path} (${who}, ${token === null ? 'no token' : 'wrong token'})`;
            expect(response.status, label).to.equal(403);
            expect(response.body.error.code, label).to.equal('csrf');
            expect(response.body.error.message, label).to.match(/jeton/i);
          }
        }
      }
      expect(await snapshot()).to.equal(before);
      // The refused logout did not end the session.
      expect((await member.get('/api/auth/session')).body.user).to.not.equal(null);

      // The same requests with the session's own token go through.
      expect((await member.post(`/api/questions/${question.id}/vote`, { value: 1 })).status).to.equal(200);
    });
  });

  describe('rate limits', () => {
    it('limits logins per email (429 rate_limited, Retry-After, French message)', async () => {
      const user = await buildUser();
      await withApp({ rateLimits: tinyLimits() }, async (baseUrl) => {
        const client = new TestClient(baseUrl);
        for (let i = 0; i < 2; i += 1) {
          const refused = await client.post('/api/auth/login', { email: user.email, password: 'mauvais-mot-de-passe' });
          expect(refused.status).to.equal(401);
        }
        const limited = await client.post('/api/auth/login', { email: user.email, password: 'mauvais-mot-de-passe' });
        expect(limited.status).to.equal(429);
        expect(limited.body.error.code).to.equal('rate_limited');
        expect(limited.body.error.message).to.match(/^Trop de tentatives\. Réessayez dans \d+ (seconde|minute)s?\.$/);
        const retryAfter = Number(limited.headers.get('retry-after'));
        expect(retryAfter).to.be.within(1, 60);

        // Even the right password waits; the same email in other case too.
        const right = await client.post('/api/auth/login', {
          email: user.email.toUpperCase(),
          password: DEFAULT_PASSWORD,
        });
        expect(right.status).to.equal(429);
        expect((await client.get('/api/auth/session')).body.user).to.equal(null);

        // Another account is not affected.
        const other = await buildUser();
        expect(
          (await client.post('/api/auth/login', { email: other.email, password: DEFAULT_PASSWORD })).status,
        ).to.equal(200);
      });
    });

    it('limits questions per member, creating nothing past the limit', async () => {
      await buildTag();
      const user = await buildUser();
      const other = await buildUser();
      await withApp({ rateLimits: tinyLimits() }, async (baseUrl) => {
        const client = await loggedIn(baseUrl, user);
        expect((await client.post('/api/questions', questionBody(1))).status).to.equal(201);
        expect((await client.post('/api/questions', questionBody(2))).status).to.equal(201);
        const limited = await client.post('/api/questions', questionBody(3));
        expect(limited.status).to.equal(429);
        expect(limited.body.error.code).to.equal('rate_limited');
        expect(limited.body.error.message).to.match(/Réessayez dans/);
        expect(Number(limited.headers.get('retry-after'))).to.be.within(1, 60);
        expect(await Question.count()).to.equal(2);

        // The limit is per member: others may still ask.
        const otherClient = await loggedIn(baseUrl, other);
        expect((await otherClient.post('/api/questions', questionBody(4))).status).to.equal(201);
      });
    });

    it('RATE_LIMITS=off (enabled: false) lifts every limit', async () => {
      await buildTag();
      const user = await buildUser();
      await withApp({ rateLimits: { ...tinyLimits(), enabled: false } }, async (baseUrl) => {
        const client = new TestClient(baseUrl);
        for (let i = 0; i < 4; i += 1) {
          const refused = await client.post('/api/auth/login', { email: user.email, password: 'mauvais-mot-de-passe' });
          expect(refused.status).to.equal(401);
        }
        await client.login(user.email, DEFAULT_PASSWORD);
        for (let i = 0; i < 4; i += 1) {
          expect((await client.post('/api/questions', questionBody(i))).status).to.equal(201);
        }
      });
      expect(await Question.count()).to.equal(4);

      const previous = process.env.RATE_LIMITS;
      process.env.RATE_LIMITS = 'off';
      try {
        expect(loadRateLimits().enabled).to.equal(false);
      } finally {
        if (previous === undefined) delete process.env.RATE_LIMITS;
        else process.env.RATE_LIMITS = previous;
      }
    });
  });

  describe('suspended members', () => {
    it('may log in and read, but not post, answer, vote, flag or edit (403 suspended)', async () => {
      const question = await buildQuestion();
      const answer = await buildAnswer({ question });
      const suspended = await buildUser({ suspendedUntil: new Date(Date.now() + 7 * 24 * 3600 * 1000) });
      const ownAnswer = await buildAnswer({ question, author: suspended });
      const client = await clientFor(suspended);
      expect((await client.get(`/api/questions/${question.id}`)).status).to.equal(200);

      const before = await snapshot();
      const attempts: [string, string, unknown][] = [
        ['POST', '/api/questions', questionBody(1)],
        ['POST', `/api/questions/${question.id}/answers`, { body: 'Réponse d’un membre suspendu, à refuser.' }],
        ['POST', `/api/questions/${question.id}/vote`, { value: 1 }],
        ['POST', `/api/answers/${answer.id}/vote`, { value: -1 }],
        ['POST', '/api/flags', { targetType: 'answer', targetId: answer.id, reason: 'offensive' }],
        ['PATCH', `/api/answers/${ownAnswer.id}`, { body: 'Réponse modifiée pendant la suspension, à refuser.' }],
      ];
      for (const [method, path, body] of attempts) {
        const response = await client.request(method, path, body);
        expect(response.status, `${method} ${path}`).to.equal(403);
        expect(response.body.error.code, `${method} ${path}`).to.equal('suspended');
        expect(response.body.error.message).to.match(/suspendu jusqu’au \d{2}\/\d{2}\/\d{4}/);
      }
      expect(await snapshot()).to.equal(before);
    });

    it('may post again once the suspension is over', async () => {
      const question = await buildQuestion();
      const user = await buildUser({ suspendedUntil: new Date(Date.now() - 60_000) });
      const client = await clientFor(user);
      expect((await client.post(`/api/questions/${question.id}/vote`, { value: 1 })).status).to.equal(200);
    });

    it('takes effect at once for a member already logged in', async () => {
      const question = await buildQuestion();
      const user = await buildUser();
      const client = await clientFor(user);
      await User.update({ suspendedUntil: new Date(Date.now() + 3600 * 1000) }, { where: { id: user.id } });
      const response = await client.post(`/api/questions/${question.id}/vote`, { value: 1 });
      expect(response.status).to.equal(403);
      expect(response.body.error.code).to.equal('suspended');
    });
  });

  describe('session cookie', () => {
    it('is HttpOnly and SameSite=Lax, not readable by scripts, and renewed at login', async () => {
      const user = await buildUser();
      const client = new TestClient();
      const session = await client.get('/api/auth/session');
      const anonymousCookie = session.headers.getSetCookie().find((line) => line.startsWith('ee.sid='));
      expect(anonymousCookie).to.be.a('string');

      const login = await client.post('/api/auth/login', { email: user.email, password: DEFAULT_PASSWORD });
      expect(login.status).to.equal(200);
      const cookie = login.headers.getSetCookie().find((line) => line.startsWith('ee.sid='));
      expect(cookie).to.be.a('string');
      expect(cookie).to.match(/;\s*HttpOnly/i);
      expect(cookie).to.match(/;\s*SameSite=Lax/i);
      expect(cookie).to.match(/;\s*Path=\//i);
      // Plain HTTP here: a Secure cookie would never come back.
      expect(cookie).to.not.match(/;\s*Secure/i);
      // A new session id at login: no session fixation.
      expect(cookie!.split(';')[0]).to.not.equal(anonymousCookie!.split(';')[0]);
      expect(login.text).to.not.contain(cookie!.split(';')[0]!.slice('ee.sid='.length));
    });

    it('is Secure behind an HTTPS proxy', async () => {
      const user = await buildUser();
      await withApp({ config: { publicOrigin: 'https://entraide.exemple.fr', trustProxy: true } }, async (baseUrl) => {
        const client = new TestClient(baseUrl);
        const headers = { 'x-forwarded-proto': 'https' };
        const session = await client.request('GET', '/api/auth/session', undefined, { headers });
        client.csrfToken = session.body.csrfToken;
        const login = await client.request(
          'POST',
          '/api/auth/login',
          { email: user.email, password: DEFAULT_PASSWORD },
          { headers },
        );
        expect(login.status).to.equal(200);
        const cookie = login.headers.getSetCookie().find((line) => line.startsWith('ee.sid='));
        expect(cookie).to.match(/;\s*Secure/i);
        expect(cookie).to.match(/;\s*HttpOnly/i);
      });
    });
  });

  describe('headers and unknown routes', () => {
    it('sends the security headers on pages, API answers and errors', async () => {
      const client = new TestClient();
      for (const path of ['/api/auth/session', '/api/questions', '/api/nexiste-pas', '/healthz']) {
        const response = await client.get(path);
        const csp = response.headers.get('content-security-policy');
        expect(csp, path).to.be.a('string');
        expect(csp).to.contain("default-src 'self'");
        expect(csp).to.contain("script-src 'self'");
        expect(csp).to.contain("object-src 'none'");
        expect(csp).to.contain("frame-ancestors 'self'");
        expect(response.headers.get('x-content-type-options'), path).to.equal('nosniff');
        expect(response.headers.get('x-frame-options'), path).to.equal('SAMEORIGIN');
        expect(response.headers.get('referrer-policy'), path).to.equal('no-referrer');
        expect(response.headers.get('x-powered-by'), path).to.equal(null);
      }
    });

    it('answers an unknown /api route with a JSON 404 not_found', async () => {
      const client = await clientFor(await buildUser());
      for (const [method, path] of [
        ['GET', '/api/nexiste-pas'],
        ['GET', '/api/questions/1/inconnu'],
        ['POST', '/api/nexiste-pas'],
        ['DELETE', '/api/flags'],
      ] as const) {
        const response = await client.request(method, path, method === 'GET' ? undefined : {});
        expect(response.status, `${method} ${path}`).to.equal(404);
        expect(response.headers.get('content-type')).to.match(/^application\/json/);
        expect(response.body.error.code).to.equal('not_found');
        expect(response.body.error.message).to.be.a('string').and.not.empty;
      }
    });
  });
});

import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { Answer, Question, User } from '../../db/models';
import { reputationFromState } from '../../server/reputation/rebuild';
import { TestClient, type TestResponse } from '../support/client';
import { buildAnswer, buildQuestion, buildUser, clientFor, DEFAULT_PASSWORD } from '../support/factories';
import { testEnv } from '../support/hooks';
import { reputationOf, startReputationWorker, type RunningReputationWorker } from '../support/reputation';

// The account routes of the contract: PATCH /api/me, GET /api/me/export, DELETE /api/me.

const SUSPENDED_UNTIL = () => new Date(Date.now() + 7 * 24 * 3600 * 1000);

function expectFrenchError(response: TestResponse, status: number, code: string): void {
  expect(response.status, response.text).to.equal(status);
  expect(response.body.error.code).to.equal(code);
  // French sentences: a capital, and an accent or a French word somewhere in them.
  expect(response.body.error.message).to.match(/^[A-ZÀ-Ý].*([éèêàçù’]|\b(le|la|les|de|du|un|une|votre)\b)/);
}

/** The columns a refused request must leave exactly as they were. */
async function accountRow(userId: number) {
  const user = await User.findByPk(userId);
  return {
    email: user!.email,
    pseudonym: user!.pseudonym,
    bio: user!.bio,
    passwordHash: user!.passwordHash,
    removedAt: user!.removedAt,
  };
}

async function count(sql: string, replacements: Record<string, unknown>): Promise<number> {
  const [row] = await testEnv().ctx.sequelize.query<{ count: number }>(sql, {
    replacements,
    type: QueryTypes.SELECT,
  });
  return row!.count;
}

describe('account', () => {
  describe('PATCH /api/me', () => {
    it('changes the pseudonym and the bio and answers the public profile; posts show the new pseudonym', async () => {
      const user = await buildUser({ pseudonym: 'claire-d', reputation: 12 });
      const question = await buildQuestion({ author: user });
      const client = await clientFor(user);

      const response = await client.patch('/api/me', {
        pseudonym: 'Claire.Conseil',
        bio: '  Gérante d’une SARL de menuiserie à Nantes.\nJe réponds sur la paie.  ',
      });
      expect(response.status, response.text).to.equal(200);
      const profile = await new TestClient().get(`/api/users/${user.id}`);
      expect(response.body).to.deep.equal({ user: profile.body });
      expect(response.body.user).to.include({
        id: user.id,
        pseudonym: 'Claire.Conseil',
        bio: 'Gérante d’une SARL de menuiserie à Nantes.\nJe réponds sur la paie.',
        reputation: 12,
      });
      expect(response.text).to.not.contain(user.email);

      const page = await new TestClient().get(`/api/questions/${question.id}`);
      expect(page.body.question.author.pseudonym).to.equal('Claire.Conseil');
      expect((await client.get('/api/auth/session')).body.user.pseudonym).to.equal('Claire.Conseil');

      // One field at a time; a change of case of one's own pseudonym is no conflict.
      const bioOnly = await client.patch('/api/me', { bio: '' });
      expect(bioOnly.status).to.equal(200);
      expect(bioOnly.body.user).to.include({ pseudonym: 'Claire.Conseil', bio: '' });
      const recased = await client.patch('/api/me', { pseudonym: 'claire.conseil' });
      expect(recased.status, recased.text).to.equal(200);
      expect(recased.body.user.pseudonym).to.equal('claire.conseil');
    });

    it('refuses a pseudonym already taken, whatever its case (409), and changes nothing', async () => {
      await buildUser({ pseudonym: 'Paul.Martin' });
      const user = await buildUser({ pseudonym: 'membre-ancien' });
      const client = await clientFor(user);
      const before = await accountRow(user.id);

      const response = await client.patch('/api/me', { pseudonym: 'paul.martin', bio: 'Nouvelle présentation.' });
      expectFrenchError(response, 409, 'pseudonym_taken');
      expect(response.body.error.message).to.equal('Ce pseudonyme est déjà pris.');
      expect(await accountRow(user.id)).to.deep.equal(before);
    });

    it('refuses bad input with 400 validation_failed in French, and changes nothing', async () => {
      const user = await buildUser({ pseudonym: 'membre-stable' });
      const client = await clientFor(user);
      const before = await accountRow(user.id);
      const bad: unknown[] = [
        {},
        { pseudonym: 'ab' },
        { pseudonym: 'a'.repeat(31) },
        { pseudonym: 'avec espace' },
        { pseudonym: 'Hélène' },
        { pseudonym: 42 },
        { pseudonym: null },
        { bio: 'x'.repeat(1001) },
        { bio: 'texte\u0000caché' },
        { bio: ['liste'] },
        // A valid field does not go through when the other is refused.
        { pseudonym: 'tout-a-fait-valide', bio: 'x'.repeat(1001) },
      ];
      for (const body of bad) {
        const response = await client.patch('/api/me', body);
        expectFrenchError(response, 400, 'validation_failed');
      }
      expect(await accountRow(user.id)).to.deep.equal(before);
      // The limit itself is accepted.
      expect((await client.patch('/api/me', { bio: 'x'.repeat(1000) })).status).to.equal(200);
    });

    it('refuses visitors (401), a missing CSRF token (403) and a suspended member (403 suspended)', async () => {
      const visitor = await new TestClient().patch('/api/me', { bio: 'Anonyme.' });
      expectFrenchError(visitor, 401, 'unauthenticated');

      const user = await buildUser({ pseudonym: 'membre-sans-jeton' });
      const client = await clientFor(user);
      const before = await accountRow(user.id);
      const noCsrf = await client.request('PATCH', '/api/me', { bio: 'Sans jeton.' }, { csrf: false });
      expectFrenchError(noCsrf, 403, 'csrf');

      const suspended = await buildUser({ suspendedUntil: SUSPENDED_UNTIL() });
      const suspendedBefore = await accountRow(suspended.id);
      const refused = await (await clientFor(suspended)).patch('/api/me', { bio: 'Pendant ma suspension.' });
      expectFrenchError(refused, 403, 'suspended');

      expect(await accountRow(user.id)).to.deep.equal(before);
      expect(await accountRow(suspended.id)).to.deep.equal(suspendedBefore);
    });
  });

  describe('GET /api/me/export', () => {
    let worker: RunningReputationWorker;
    beforeEach(async () => {
      worker = await startReputationWorker();
    });
    afterEach(async () => {
      await worker.close();
    });

    it('gives every piece of the user’s data, anonymous and unpublished posts included, as a download', async () => {
      const user = await buildUser({ pseudonym: 'exporteuse', email: 'exporteuse@exemple.test' });
      await user.update({ bio: 'Comptable à Rennes.' });
      const other = await buildUser({ pseudonym: 'autre-membre', email: 'autre.secret@exemple.test' });
      const otherQuestion = await buildQuestion({
        author: other,
        title: 'Question publique de l’autre membre',
        body: 'Texte de l’autre membre qui ne doit pas figurer dans l’export.',
      });
      const otherAnonymous = await buildAnswer({
        question: otherQuestion,
        author: other,
        anonymous: true,
        body: 'Réponse anonyme de l’autre membre, jamais dans un export étranger.',
      });

      const publicQuestion = await buildQuestion({ author: user, tags: ['fiscalite', 'paie'] });
      const anonymousQuestion = await buildQuestion({ author: user, anonymous: true });
      const hiddenQuestion = await buildQuestion({ author: user });
      await hiddenQuestion.update({ status: 'hidden' });
      const publicAnswer = await buildAnswer({ question: otherQuestion, author: user });
      const anonymousAnswer = await buildAnswer({ question: otherQuestion, author: user, anonymous: true });
      const deletedAnswer = await buildAnswer({ question: otherQuestion, author: user });
      await deletedAnswer.update({ status: 'deleted' });

      const client = await clientFor(user);
      expect((await client.post(`/api/questions/${otherQuestion.id}/vote`, { value: 1 })).status).to.equal(200);
      const flagged = await client.post('/api/flags', {
        targetType: 'answer',
        targetId: otherAnonymous.id,
        reason: 'off_topic',
        note: 'Hors sujet.',
      });
      expect(flagged.status).to.equal(201);
      // Someone else's upvote: a ledger row and a notification for the user.
      const otherClient = await clientFor(other);
      expect((await otherClient.post(`/api/answers/${publicAnswer.id}/vote`, { value: 1 })).status).to.equal(200);
      await worker.drained();

      const response = await client.get('/api/me/export');
      expect(response.status, response.text).to.equal(200);
      expect(response.headers.get('content-disposition')).to.equal('attachment; filename="entraide-mes-donnees.json"');
      expect(response.headers.get('content-type')).to.match(/^application\/json/);
      expect(response.headers.get('cache-control')).to.equal('no-store');
      const data = response.body;
      expect(data).to.have.all.keys(
        'exportedAt',
        'account',
        'questions',
        'answers',
        'votes',
        'flags',
        'notifications',
        'reputation',
        'expertRequest',
        'contactRequests',
        'sessionSubscriptions',
        'sessionMessages',
      );
      expect(Date.parse(data.exportedAt)).to.not.be.NaN;
      expect(data.account).to.deep.equal({
        id: user.id,
        email: 'exporteuse@exemple.test',
        pseudonym: 'exporteuse',
        bio: 'Comptable à Rennes.',
        role: 'member',
        reputation: 11,
        createdAt: user.createdAt.toISOString(),
      });

      expect(data.questions.map((q: { id: number }) => q.id)).to.deep.equal([
        publicQuestion.id,
        anonymousQuestion.id,
        hiddenQuestion.id,
      ]);
      expect(data.questions[0]).to.deep.equal({
        id: publicQuestion.id,
        title: publicQuestion.title,
        body: publicQuestion.body,
        tags: ['fiscalite', 'paie'],
        anonymous: false,
        status: 'published',
        createdAt: publicQuestion.createdAt.toISOString(),
        updatedAt: publicQuestion.updatedAt.toISOString(),
      });
      expect(data.questions[1]).to.include({ anonymous: true, status: 'published' });
      expect(data.questions[2]).to.include({ anonymous: false, status: 'hidden' });

      expect(
        data.answers.map((a: { id: number; anonymous: boolean; status: string }) => [a.id, a.anonymous, a.status]),
      ).to.deep.equal([
        [publicAnswer.id, false, 'published'],
        [anonymousAnswer.id, true, 'published'],
        [deletedAnswer.id, false, 'deleted'],
      ]);
      expect(data.answers[1]).to.include({ questionId: otherQuestion.id, body: anonymousAnswer.body });

      expect(data.votes).to.have.length(1);
      expect(data.votes[0]).to.include({ targetType: 'question', targetId: otherQuestion.id, value: 1 });
      expect(data.flags).to.have.length(1);
      expect(data.flags[0]).to.include({
        targetType: 'answer',
        targetId: otherAnonymous.id,
        reason: 'off_topic',
        note: 'Hors sujet.',
      });
      // The upvote, and the 10 points it brought.
      expect(data.notifications.map((n: { kind: string }) => n.kind)).to.deep.equal([
        'post_voted',
        'reputation_milestone',
      ]);
      expect(data.notifications[0]).to.include({
        read: false,
        link: `/questions/${otherQuestion.id}#reponse-${publicAnswer.id}`,
      });
      expect(data.reputation).to.have.length(1);
      expect(data.reputation[0]).to.include({ amount: 10, reason: 'answer_upvoted', reversal: null });
      expect(data.reputation[0]).to.have.all.keys('id', 'amount', 'reason', 'reversal', 'tags', 'day', 'createdAt');

      // Nothing of anybody else: not their address, pseudonym or texts, not even their anonymous post.
      for (const foreign of ['autre.secret@exemple.test', 'autre-membre', otherQuestion.body, otherAnonymous.body]) {
        expect(response.text).to.not.contain(foreign);
      }
      expect(response.text).to.not.contain('passwordHash');
      expect(response.text).to.not.contain(user.passwordHash);

      // The other member's export has their own posts only.
      const otherExport = (await otherClient.get('/api/me/export')).body;
      expect(otherExport.account.email).to.equal('autre.secret@exemple.test');
      expect(otherExport.answers.map((a: { id: number }) => a.id)).to.deep.equal([otherAnonymous.id]);
      expect(JSON.stringify(otherExport)).to.not.contain('exporteuse');
    });

    it('serves a suspended member, refuses visitors and limits exports to a few an hour', async () => {
      expectFrenchError(await new TestClient().get('/api/me/export'), 401, 'unauthenticated');

      const client = await clientFor(await buildUser({ suspendedUntil: SUSPENDED_UNTIL() }));
      const limit = testEnv().ctx.config.rateLimits.exportPerUser.points;
      for (let i = 0; i < limit; i += 1) {
        const response = await client.get('/api/me/export');
        expect(response.status, response.text).to.equal(200);
        expect(response.body.questions).to.deep.equal([]);
      }
      const refused = await client.get('/api/me/export');
      expectFrenchError(refused, 429, 'rate_limited');
      expect(Number(refused.headers.get('retry-after'))).to.be.greaterThan(0);
    });
  });

  describe('DELETE /api/me', () => {
    let worker: RunningReputationWorker;
    beforeEach(async () => {
      worker = await startReputationWorker();
    });
    afterEach(async () => {
      await worker.close();
    });

    it('refuses visitors (401) and a missing CSRF token (403)', async () => {
      expectFrenchError(
        await new TestClient().delete('/api/me', { password: DEFAULT_PASSWORD }),
        401,
        'unauthenticated',
      );
      const user = await buildUser();
      const client = await clientFor(user);
      const before = await accountRow(user.id);
      const noCsrf = await client.request('DELETE', '/api/me', { password: DEFAULT_PASSWORD }, { csrf: false });
      expectFrenchError(noCsrf, 403, 'csrf');
      expect(await accountRow(user.id)).to.deep.equal(before);
      expect((await client.get('/api/me/posts')).status).to.equal(200);
    });

    it('refuses a wrong or missing password, and nothing changes', async () => {
      const user = await buildUser({ pseudonym: 'prudente' });
      const question = await buildQuestion({ author: user });
      const client = await clientFor(user);
      const before = await accountRow(user.id);

      const wrong = await client.delete('/api/me', { password: 'pas-le-bon-mot-de-passe' });
      expectFrenchError(wrong, 401, 'invalid_credentials');
      expect(wrong.body.error.message).to.contain('Mot de passe incorrect');
      for (const body of [{}, { password: '' }, { password: 12 }, undefined]) {
        expectFrenchError(await client.delete('/api/me', body), 400, 'validation_failed');
      }

      expect(await accountRow(user.id)).to.deep.equal(before);
      expect((await client.get('/api/me/posts')).status).to.equal(200);
      const page = await new TestClient().get(`/api/questions/${question.id}`);
      expect(page.body.question).to.include({ anonymous: false });
      expect(page.body.question.author.pseudonym).to.equal('prudente');
      await new TestClient().login(user.email, DEFAULT_PASSWORD);
    });

    it('counts password guesses with the login form’s, per account (429 beyond)', async () => {
      const user = await buildUser();
      const client = await clientFor(user);
      const before = await accountRow(user.id);
      const limit = testEnv().ctx.config.rateLimits.loginPerEmail.points;
      for (let i = 0; i < limit; i += 1) {
        expect((await client.delete('/api/me', { password: `essai-numero-${i}` })).status).to.equal(401);
      }
      const refused = await client.delete('/api/me', { password: DEFAULT_PASSWORD });
      expectFrenchError(refused, 429, 'rate_limited');
      expect(await accountRow(user.id)).to.deep.equal(before);
      const login = await new TestClient().post('/api/auth/login', { email: user.email, password: DEFAULT_PASSWORD });
      expect(login.status).to.equal(429);
    });

    it('erases the account: sessions end, posts stay anonymous, nobody else’s reputation moves', async () => {
      const leaver = await buildUser({ pseudonym: 'claire-dupont', email: 'Claire.Dupont@exemple.test' });
      await leaver.update({ bio: 'Gérante de la boulangerie Dupont à Arras.', expertProfession: 'autre' });
      const helper = await buildUser({ pseudonym: 'helper-expert' });
      const asker = await buildUser();
      const voterUser = await buildUser();

      const ownQuestion = await buildQuestion({ author: leaver, title: 'Question signée de la gérante sur la TVA' });
      const helperAnswer = await buildAnswer({ question: ownQuestion, author: helper });
      const otherQuestion = await buildQuestion({ author: asker });
      const ownAnswer = await buildAnswer({ question: otherQuestion, author: leaver });
      const anonymousAnswer = await buildAnswer({ question: otherQuestion, author: leaver, anonymous: true });

      const leaverClient = await clientFor(leaver);
      const otherDevice = await clientFor(leaver);
      const voter = await clientFor(voterUser);
      expect((await leaverClient.post(`/api/answers/${helperAnswer.id}/accept`)).status).to.equal(200);
      expect((await leaverClient.post(`/api/answers/${helperAnswer.id}/vote`, { value: 1 })).status).to.equal(200);
      expect((await voter.post(`/api/answers/${ownAnswer.id}/vote`, { value: 1 })).status).to.equal(200);
      expect((await voter.post(`/api/questions/${ownQuestion.id}/vote`, { value: 1 })).status).to.equal(200);
      expect((await voter.post(`/api/answers/${anonymousAnswer.id}/vote`, { value: 1 })).status).to.equal(200);
      await worker.drained();
      // Accepting gives 2, the signed answer's upvote 10, the question's 5; the anonymous one nothing.
      expect(await reputationOf(leaver.id)).to.equal(18);
      expect(await reputationOf(helper.id)).to.equal(26);
      expect(
        await count('SELECT count(*)::int AS count FROM notifications WHERE user_id = :id', { id: leaver.id }),
      ).to.be.greaterThan(0);
      // A visitor's copy of the page, cached before the erasure.
      const cached = await new TestClient().get(`/api/questions/${ownQuestion.id}`);
      expect(cached.body.question.author.pseudonym).to.equal('claire-dupont');
      const oldCookie = leaverClient.cookieHeader();

      const erased = await leaverClient.delete('/api/me', { password: DEFAULT_PASSWORD });
      expect(erased.status, erased.text).to.equal(204);
      expect(erased.headers.getSetCookie().join('\n')).to.match(/ee\.sid=;.*Expires=Thu, 01 Jan 1970/);
      await worker.drained();

      // Every session ends: this one, a replay of its cookie, another device's.
      const replayed = await fetch(`${testEnv().baseUrl}/api/me/posts`, { headers: { cookie: oldCookie } });
      expect(replayed.status).to.equal(401);
      expect((await leaverClient.get('/api/me/posts')).status).to.equal(401);
      expect((await otherDevice.get('/api/me/posts')).status).to.equal(401);
      expect((await otherDevice.get('/api/auth/session')).body.user).to.equal(null);

      // No login any more, with the old address or the placeholder.
      const login = await new TestClient().post('/api/auth/login', {
        email: 'claire.dupont@exemple.test',
        password: DEFAULT_PASSWORD,
      });
      expectFrenchError(login, 401, 'invalid_credentials');

      // The posts stay, readable by visitors, anonymous and unnamed (the cached page included).
      const ownPage = await new TestClient().get(`/api/questions/${ownQuestion.id}`);
      expect(ownPage.status).to.equal(200);
      expect(ownPage.body.question).to.include({ author: null, anonymous: true, acceptedAnswerId: helperAnswer.id });
      const helperOnPage = ownPage.body.answers.find((a: { id: number }) => a.id === helperAnswer.id);
      expect(helperOnPage.author.pseudonym).to.equal('helper-expert');
      const otherPage = await new TestClient().get(`/api/questions/${otherQuestion.id}`);
      for (const answer of [ownAnswer, anonymousAnswer]) {
        const shown = otherPage.body.answers.find((a: { id: number }) => a.id === answer.id);
        expect(shown).to.include({ author: null, anonymous: true, body: answer.body });
      }
      const list = await new TestClient().get('/api/questions?sort=newest');
      expect(list.body.items.find((q: { id: number }) => q.id === ownQuestion.id)).to.include({ author: null });
      for (const text of [ownPage.text, otherPage.text, list.text]) {
        expect(text).to.not.contain('claire-dupont');
        expect(text).to.not.contain(`compte-supprimé-${leaver.id}`);
      }
      expect(await Question.count({ where: { authorId: leaver.id, anonymous: false } })).to.equal(0);
      expect(await Answer.count({ where: { authorId: leaver.id, anonymous: false } })).to.equal(0);

      // No profile any more.
      for (const path of ['', '/reputation', '/questions', '/answers']) {
        const response = await new TestClient().get(`/api/users/${leaver.id}${path}`);
        expect(response.status, path).to.equal(404);
      }

      // Personal data gone; notifications gone; the votes cast stay in the scores.
      const row = (await User.findByPk(leaver.id))!;
      expect({
        email: row.email,
        pseudonym: row.pseudonym,
        bio: row.bio,
        expertProfession: row.expertProfession,
        removalReason: row.removalReason,
      }).to.deep.equal({
        email: `compte-supprimé-${leaver.id}`,
        pseudonym: `compte-supprimé-${leaver.id}`,
        bio: '',
        expertProfession: null,
        removalReason: null,
      });
      expect(row.passwordHash).to.not.equal(leaver.passwordHash);
      expect(row.removedAt).to.be.an.instanceOf(Date);
      expect(
        await count('SELECT count(*)::int AS count FROM notifications WHERE user_id = :id', { id: leaver.id }),
      ).to.equal(0);
      expect(ownPage.body.answers.find((a: { id: number }) => a.id === helperAnswer.id).score).to.equal(1);

      // What the signed posts earned is taken back (anonymous posts earn nothing); the helper keeps
      // the acceptance and the upvote, and the ledger agrees with the rules' own computation.
      expect(await reputationOf(leaver.id)).to.equal(1);
      expect(await reputationOf(helper.id)).to.equal(26);
      expect(await reputationOf(voterUser.id)).to.equal(1);
      const fromState = await reputationFromState(testEnv().ctx.sequelize, testEnv().ctx.config.reputation);
      for (const id of [leaver.id, helper.id]) {
        const ledger = await count(
          'SELECT coalesce(sum(amount), 0)::int AS count FROM reputation_events WHERE user_id = :id',
          { id },
        );
        expect(ledger, `user ${id}`).to.equal(fromState.get(id) ?? 0);
      }
      // A new vote on a formerly signed post earns nothing and notifies nobody.
      const late = await clientFor(await buildUser());
      expect((await late.post(`/api/questions/${ownQuestion.id}/vote`, { value: 1 })).status).to.equal(200);
      await worker.drained();
      expect(await reputationOf(leaver.id)).to.equal(1);
      expect(
        await count('SELECT count(*)::int AS count FROM notifications WHERE user_id = :id', { id: leaver.id }),
      ).to.equal(0);

      // The address and the pseudonym are free again, for an account that starts afresh.
      const newcomer = new TestClient();
      const again = await newcomer.post('/api/auth/register', {
        email: 'claire.dupont@exemple.test',
        password: 'un-nouveau-mot-de-passe',
        pseudonym: 'claire-dupont',
      });
      expect(again.status, again.text).to.equal(201);
      expect(again.body.user.id).to.not.equal(leaver.id);
      const fresh = (await newcomer.get('/api/me/export')).body;
      expect(fresh.account).to.include({ email: 'claire.dupont@exemple.test', pseudonym: 'claire-dupont', bio: '' });
      for (const part of ['questions', 'answers', 'votes', 'flags', 'notifications', 'reputation']) {
        expect(fresh[part], part).to.deep.equal([]);
      }
    });

    it('lets a suspended member erase their account, which an admin can then no longer remove', async () => {
      const user = await buildUser({ suspendedUntil: SUSPENDED_UNTIL() });
      const client = await clientFor(user);
      const erased = await client.delete('/api/me', { password: DEFAULT_PASSWORD });
      expect(erased.status, erased.text).to.equal(204);
      const admin = await clientFor(await buildUser({ role: 'admin' }));
      const removal = await admin.delete(`/api/users/${user.id}`, { reason: 'Comptes multiples' });
      expectFrenchError(removal, 409, 'already_removed');
    });
  });
});

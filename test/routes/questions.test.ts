import { expect } from 'chai';
import { Question, Revision, User } from '../../db/models';
import { TestClient, type TestResponse } from '../support/client';
import { testEnv } from '../support/hooks';
import { moderated } from '../support/moderation';
import { buildAnswer, buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';

const TAG = 'tresorerie-financement';

function expectApiError(response: TestResponse, status: number, code?: string): void {
  expect(response.status, response.text).to.equal(status);
  expect(response.headers.get('content-type')).to.match(/application\/json/);
  expect(Object.keys(response.body)).to.deep.equal(['error']);
  if (code) expect(response.body.error.code).to.equal(code);
  expect(response.body.error.code).to.match(/^[a-z]+(_[a-z]+)*$/);
  expect(response.body.error.message)
    .to.be.a('string')
    .and.match(/[a-zà-ÿ]/);
  expect(response.body.error.message).to.not.match(/Error:|\bat .+:\d+|node_modules/);
}

async function sql(query: string, replacements: Record<string, unknown> = {}): Promise<void> {
  await testEnv().ctx.sequelize.query(query, { replacements });
}

/** Sets a question's sort keys directly, so that list orders do not depend on the clock. */
async function setKeys(question: Question, keys: { createdAt?: string; lastActivityAt?: string; score?: number }) {
  if (keys.createdAt)
    await sql('UPDATE questions SET created_at = :v WHERE id = :id', { v: keys.createdAt, id: question.id });
  if (keys.lastActivityAt) {
    await sql('UPDATE questions SET last_activity_at = :v WHERE id = :id', { v: keys.lastActivityAt, id: question.id });
  }
  if (keys.score !== undefined)
    await sql('UPDATE questions SET score = :v WHERE id = :id', { v: keys.score, id: question.id });
}

const ids = (response: TestResponse) => response.body.items.map((item: { id: number }) => item.id);

async function listIds(path: string, client = new TestClient()): Promise<number[]> {
  const response = await client.get(path);
  expect(response.status, response.text).to.equal(200);
  return ids(response);
}

const validQuestion = {
  title: 'Comment financer un besoin en fonds de roulement saisonnier ?',
  body: 'Notre stock double avant Noël : **affacturage** ou découvert ? Voir [le guide](https://exemple.fr/guide).',
  tags: [TAG],
};

describe('question routes', () => {
  describe('GET /api/questions', () => {
    let a: Question;
    let b: Question;
    let c: Question;
    let d: Question;

    beforeEach(async () => {
      a = await buildQuestion();
      b = await buildQuestion();
      c = await buildQuestion();
      d = await buildQuestion();
      await setKeys(a, { createdAt: '2024-01-10T10:00:00.000Z', lastActivityAt: '2024-05-01T10:00:00.000Z', score: 3 });
      await setKeys(b, {
        createdAt: '2024-03-10T10:00:00.000Z',
        lastActivityAt: '2024-03-10T10:00:00.000Z',
        score: -2,
      });
      await setKeys(c, {
        createdAt: '2024-02-10T10:00:00.000Z',
        lastActivityAt: '2024-06-01T10:00:00.000Z',
        score: 10,
      });
      await setKeys(d, { createdAt: '2024-04-10T10:00:00.000Z', lastActivityAt: '2024-04-10T10:00:00.000Z', score: 0 });
      await sql('UPDATE questions SET answer_count = 1 WHERE id IN (:ids)', { ids: [a.id, c.id] });
    });

    it('sorts by newest by default', async () => {
      expect(await listIds('/api/questions')).to.deep.equal([d.id, b.id, c.id, a.id]);
      expect(await listIds('/api/questions?sort=newest')).to.deep.equal([d.id, b.id, c.id, a.id]);
    });

    it('sorts by latest activity', async () => {
      expect(await listIds('/api/questions?sort=active')).to.deep.equal([c.id, a.id, d.id, b.id]);
    });

    it('puts a question that has just been answered first in the active sort', async () => {
      await buildAnswer({ question: b });
      expect((await listIds('/api/questions?sort=active'))[0]).to.equal(b.id);
    });

    it('lists only unanswered questions, newest first', async () => {
      expect(await listIds('/api/questions?sort=unanswered')).to.deep.equal([d.id, b.id]);
    });

    it('sorts by score', async () => {
      expect(await listIds('/api/questions?sort=top')).to.deep.equal([c.id, a.id, d.id, b.id]);
    });

    it('presents summaries according to the contract', async () => {
      const response = await new TestClient().get('/api/questions');
      const item = response.body.items.find((q: { id: number }) => q.id === a.id);
      expect(item).to.have.all.keys(
        'id',
        'title',
        'excerpt',
        'tags',
        'author',
        'anonymous',
        'score',
        'answerCount',
        'hasAcceptedAnswer',
        'status',
        'createdAt',
        'lastActivityAt',
        'liveSessionId',
      );
      expect(item).to.deep.include({ title: a.title, tags: [TAG], anonymous: false, score: 3, status: 'published' });
      expect(item.author).to.include({ id: a.authorId });
      expect(item.createdAt).to.equal('2024-01-10T10:00:00.000Z');
      expect(response.body.nextCursor).to.equal(null);
    });

    it('rejects an unknown sort (400)', async () => {
      expectApiError(await new TestClient().get('/api/questions?sort=random'), 400, 'validation_failed');
    });

    it('filters by tag', async () => {
      await buildTag('fiscalite', 'Fiscalité');
      const taxed = await buildQuestion({ tags: ['fiscalite'] });
      const both = await buildQuestion({ tags: [TAG, 'fiscalite'] });
      expect(await listIds('/api/questions?tag=fiscalite'))
        .to.have.members([taxed.id, both.id])
        .and.have.length(2);
      expect(await listIds(`/api/questions?tag=${TAG}&sort=top`))
        .to.include.members([a.id, both.id])
        .and.not.include(taxed.id);
    });

    it('answers 404 for an unknown tag and 400 for a malformed one', async () => {
      expectApiError(await new TestClient().get('/api/questions?tag=inconnu'), 404, 'not_found');
      expectApiError(await new TestClient().get('/api/questions?tag=Pas%20un%20th%C3%A8me'), 400, 'validation_failed');
    });

    it('does not list pending, hidden or deleted questions', async () => {
      await Question.update({ status: 'pending' }, { where: { id: a.id } });
      await Question.update({ status: 'hidden' }, { where: { id: b.id } });
      await Question.update({ status: 'deleted' }, { where: { id: c.id } });
      const moderator = await clientFor(await buildUser({ role: 'moderator' }));
      for (const sort of ['newest', 'active', 'unanswered', 'top']) {
        expect(await listIds(`/api/questions?sort=${sort}`)).to.deep.equal([d.id]);
        expect(await listIds(`/api/questions?sort=${sort}&tag=${TAG}`, moderator)).to.deep.equal([d.id]);
      }
    });
  });

  describe('cursor pagination', () => {
    const sorts = ['newest', 'active', 'unanswered', 'top'];

    beforeEach(async () => {
      // Seven questions, several sharing the same sort key: only the id can break those ties.
      const keys = [
        { createdAt: '2024-01-01T00:00:00.000Z', lastActivityAt: '2024-02-01T00:00:00.000Z', score: 1 },
        { createdAt: '2024-01-01T00:00:00.000Z', lastActivityAt: '2024-02-01T00:00:00.000Z', score: 1 },
        { createdAt: '2024-01-02T00:00:00.000Z', lastActivityAt: '2024-01-02T00:00:00.000Z', score: 5 },
        { createdAt: '2024-01-01T00:00:00.000Z', lastActivityAt: '2024-02-01T00:00:00.000Z', score: 1 },
        { createdAt: '2024-01-03T00:00:00.000Z', lastActivityAt: '2024-01-03T00:00:00.123Z', score: -3 },
        { createdAt: '2024-01-03T00:00:00.001Z', lastActivityAt: '2024-01-03T00:00:00.122Z', score: 0 },
        { createdAt: '2023-12-31T23:59:59.999Z', lastActivityAt: '2024-02-01T00:00:00.000Z', score: 1 },
      ];
      for (const key of keys) await setKeys(await buildQuestion(), key);
    });

    for (const sort of sorts) {
      it(`walks every page of sort=${sort} with limit=2, without duplicates or gaps`, async () => {
        const client = new TestClient();
        const all = await listIds(`/api/questions?sort=${sort}&limit=100`, client);
        expect(all).to.have.length(7);

        const seen: number[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
          const path = `/api/questions?sort=${sort}&limit=2${after}`;
          const page: TestResponse = await client.get(path);
          expect(page.status, page.text).to.equal(200);
          expect(page.body.items.length).to.be.at.most(2);
          seen.push(...ids(page));
          cursor = page.body.nextCursor;
          pages += 1;
        } while (cursor !== null && pages < 10);

        expect(pages).to.equal(4);
        expect(seen).to.deep.equal(all);
      });
    }

    it('rejects a tampered or foreign cursor (400), never a 500', async () => {
      const client = new TestClient();
      const first = await client.get('/api/questions?sort=newest&limit=2');
      const topCursor = (await client.get('/api/questions?sort=top&limit=2')).body.nextCursor;
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const tampered = [
        'pas-un-curseur',
        first.body.nextCursor.slice(0, -4),
        encode(['pas une date', 1]),
        encode(['2024-01-01T00:00:00.000Z', 'un']),
        encode(['2024-01-01T00:00:00.000Z', 99999999999]),
        encode({ offset: 2 }),
        encode(["2024-01-01' OR 1=1 --", 1]),
        encode(['+275760-09-13T00:00:00.000Z', 1]),
        encode(['-000001-01-01T00:00:00.000Z', 1]),
        encode(['0000-01-01T00:00:00.000Z', 1]),
        topCursor,
      ];
      for (const cursor of tampered) {
        const response = await client.get(`/api/questions?sort=newest&limit=2&cursor=${encodeURIComponent(cursor)}`);
        expectApiError(response, 400, 'validation_failed');
      }
      expectApiError(await client.get('/api/questions?limit=0'), 400, 'validation_failed');
      expectApiError(await client.get('/api/questions?limit=101'), 400, 'validation_failed');
      expectApiError(await client.get('/api/questions?limit=deux'), 400, 'validation_failed');
    });
  });

  describe('POST /api/questions', () => {
    it('asks a question: 201, rendered body, published, tags in order, first revision', async () => {
      await buildTag(TAG);
      await buildTag('fiscalite', 'Fiscalité');
      const author = await buildUser({ pseudonym: 'Nadia-B' });
      const client = await clientFor(author);
      const response = await client.post('/api/questions', { ...validQuestion, tags: ['fiscalite', TAG] });

      expect(response.status, response.text).to.equal(201);
      const { question } = response.body;
      expect(question).to.deep.include({
        title: validQuestion.title,
        body: validQuestion.body,
        tags: ['fiscalite', TAG],
        anonymous: false,
        status: 'pending',
        score: 0,
        answerCount: 0,
        hasAcceptedAnswer: false,
        acceptedAnswerId: null,
        viewerVote: 0,
        viewerIsAuthor: true,
        // Pending, so its author is told why it waits: for nothing yet, the checks have not run.
        moderationReasons: [],
      });
      expect(question.author).to.deep.include({ id: author.id, pseudonym: 'Nadia-B' });
      await moderated();
      expect(question.bodyHtml).to.include('<strong>affacturage</strong>');
      expect(question.bodyHtml).to.match(
        /<a href="https:\/\/exemple\.fr\/guide" rel="nofollow ugc noopener">le guide<\/a>/,
      );

      const read = await new TestClient().get(`/api/questions/${question.id}`);
      const { moderationReasons: _pending, ...published } = question;
      expect(read.body.question).to.deep.equal({
        ...published,
        status: 'published',
        viewerVote: 0,
        viewerIsAuthor: false,
      });
      expect(await listIds('/api/questions')).to.deep.equal([question.id]);

      const revisions = await new TestClient().get(`/api/questions/${question.id}/revisions`);
      expect(revisions.status).to.equal(200);
      expect(revisions.body).to.have.length(1);
      expect(revisions.body[0]).to.deep.include({
        revision: 1,
        title: validQuestion.title,
        body: validQuestion.body,
        tags: ['fiscalite', TAG],
      });
      expect(revisions.body[0].editor).to.include({ id: author.id });
    });

    it('refuses a visitor (401) and changes nothing', async () => {
      await buildTag(TAG);
      const visitor = new TestClient();
      expectApiError(await visitor.post('/api/questions', validQuestion), 401, 'unauthenticated');
      expect(await Question.count()).to.equal(0);
    });
  });

  describe('GET /api/questions/:id', () => {
    it('reads a question with its answers', async () => {
      const question = await buildQuestion();
      const answer = await buildAnswer({ question });
      const response = await new TestClient().get(`/api/questions/${question.id}`);
      expect(response.status).to.equal(200);
      expect(response.body.question).to.include({ id: question.id, title: question.title, answerCount: 1 });
      expect(response.body.answers.map((x: { id: number }) => x.id)).to.deep.equal([answer.id]);
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const client = new TestClient();
      expectApiError(await client.get('/api/questions/4242'), 404, 'not_found');
      for (const bad of ['abc', '99999999999', '-1', '0', '1.5', '%27%3B%20DROP%20TABLE%20questions%3B--']) {
        expectApiError(await client.get(`/api/questions/${bad}`), 400, 'validation_failed');
        expectApiError(await client.get(`/api/questions/${bad}/revisions`), 400, 'validation_failed');
      }
      expectApiError(await client.get('/api/questions/%E0%A4%A'), 400);
    });

    it('shows a pending question to its author and moderators only', async () => {
      const author = await buildUser();
      const question = await buildQuestion({ author });
      await Question.update({ status: 'pending' }, { where: { id: question.id } });
      expectApiError(await new TestClient().get(`/api/questions/${question.id}`), 404);
      expectApiError(await (await clientFor(await buildUser())).get(`/api/questions/${question.id}`), 404);
      expect((await (await clientFor(author)).get(`/api/questions/${question.id}`)).body.question.status).to.equal(
        'pending',
      );
      const moderator = await clientFor(await buildUser({ role: 'moderator' }));
      expect((await moderator.get(`/api/questions/${question.id}`)).status).to.equal(200);
    });
  });

  describe('PATCH /api/questions/:id', () => {
    let author: User;
    let question: Question;

    beforeEach(async () => {
      await buildTag('fiscalite', 'Fiscalité');
      author = await buildUser();
      question = await buildQuestion({ author });
    });

    it('lets the author edit, keeping every version, newest first', async () => {
      const client = await clientFor(author);
      const edited = await client.patch(`/api/questions/${question.id}`, {
        title: 'Un titre plus précis pour ma question',
      });
      expect(edited.status, edited.text).to.equal(200);
      expect(edited.body.question.title).to.equal('Un titre plus précis pour ma question');

      const second = await client.patch(`/api/questions/${question.id}`, {
        body: 'Un texte *réécrit* avec davantage de contexte.',
        tags: ['fiscalite'],
      });
      expect(second.status, second.text).to.equal(200);
      expect(second.body.question).to.deep.include({
        title: 'Un titre plus précis pour ma question',
        body: 'Un texte *réécrit* avec davantage de contexte.',
        tags: ['fiscalite'],
      });
      expect(second.body.question.bodyHtml).to.include('<em>réécrit</em>');

      await moderated();
      const revisions = await new TestClient().get(`/api/questions/${question.id}/revisions`);
      expect(revisions.status).to.equal(200);
      expect(revisions.body.map((r: { revision: number }) => r.revision)).to.deep.equal([3, 2, 1]);
      expect(revisions.body.map((r: { title: string }) => r.title)).to.deep.equal([
        'Un titre plus précis pour ma question',
        'Un titre plus précis pour ma question',
        question.title,
      ]);
      expect(revisions.body[0]).to.deep.include({
        body: 'Un texte *réécrit* avec davantage de contexte.',
        tags: ['fiscalite'],
      });
      expect(revisions.body[2]).to.deep.include({ body: question.body, tags: [TAG] });
      expect(revisions.body[0].editor).to.include({ id: author.id });

      const read = await new TestClient().get(`/api/questions/${question.id}`);
      expect(read.body.question.tags).to.deep.equal(['fiscalite']);
    });

    it('refuses another member (403) and changes nothing', async () => {
      const other = await clientFor(await buildUser());
      const response = await other.patch(`/api/questions/${question.id}`, {
        title: 'Un titre imposé par un autre membre',
      });
      expectApiError(response, 403, 'insufficient_reputation');
      const read = await new TestClient().get(`/api/questions/${question.id}`);
      expect(read.body.question.title).to.equal(question.title);
      expect(await Revision.count()).to.equal(1);
    });

    it('refuses a visitor (401)', async () => {
      const response = await new TestClient().patch(`/api/questions/${question.id}`, {
        title: 'Un titre de visiteur anonyme',
      });
      expectApiError(response, 401, 'unauthenticated');
      expect(await Revision.count()).to.equal(1);
    });

    it('lets a moderator edit (200), the revision naming the moderator', async () => {
      const moderatorUser = await buildUser({ role: 'moderator' });
      const moderator = await clientFor(moderatorUser);
      const response = await moderator.patch(`/api/questions/${question.id}`, { tags: ['fiscalite', TAG] });
      expect(response.status, response.text).to.equal(200);
      expect(response.body.question.tags).to.deep.equal(['fiscalite', TAG]);
      expect(response.body.question.author).to.include({ id: author.id });
      await moderated();
      const revisions = await new TestClient().get(`/api/questions/${question.id}/revisions`);
      expect(revisions.body[0].editor).to.include({ id: moderatorUser.id });
    });

    it('refuses an edit that changes nothing (400)', async () => {
      const client = await clientFor(author);
      const same = await client.patch(`/api/questions/${question.id}`, { title: question.title, tags: [TAG] });
      expectApiError(same, 400, 'validation_failed');
      expectApiError(await client.patch(`/api/questions/${question.id}`, {}), 400, 'validation_failed');
      expect(await Revision.count()).to.equal(1);
    });

    it('refuses to edit a deleted question (409)', async () => {
      await Question.update({ status: 'deleted' }, { where: { id: question.id } });
      const response = await (
        await clientFor(author)
      ).patch(`/api/questions/${question.id}`, {
        title: 'Un titre pour une question supprimée',
      });
      expectApiError(response, 409);
      const moderator = await clientFor(await buildUser({ role: 'moderator' }));
      expectApiError(
        await moderator.patch(`/api/questions/${question.id}`, { body: 'Un texte de modérateur assez long.' }),
        409,
      );
      expect(await Revision.count()).to.equal(1);
    });

    it('answers 404 for an unknown question', async () => {
      const response = await (
        await clientFor(author)
      ).patch('/api/questions/4242', { title: 'Un titre pour rien du tout' });
      expectApiError(response, 404, 'not_found');
    });
  });

  describe('DELETE /api/questions/:id', () => {
    let author: User;
    let question: Question;

    beforeEach(async () => {
      author = await buildUser();
      question = await buildQuestion({ author });
    });

    it('lets the author delete (204): gone for visitors and lists, still visible to a moderator', async () => {
      const response = await (await clientFor(author)).delete(`/api/questions/${question.id}`);
      expect(response.status, response.text).to.equal(204);
      expect(response.text).to.equal('');

      expectApiError(await new TestClient().get(`/api/questions/${question.id}`), 404, 'not_found');
      expectApiError(await (await clientFor(await buildUser())).get(`/api/questions/${question.id}`), 404);
      expect(await listIds('/api/questions')).to.deep.equal([]);

      const moderator = await clientFor(await buildUser({ role: 'moderator' }));
      const read = await moderator.get(`/api/questions/${question.id}`);
      expect(read.status).to.equal(200);
      expect(read.body.question.status).to.equal('deleted');
    });

    it('refuses another member (403) and a visitor (401)', async () => {
      expectApiError(
        await (await clientFor(await buildUser())).delete(`/api/questions/${question.id}`),
        403,
        'forbidden',
      );
      expectApiError(await new TestClient().delete(`/api/questions/${question.id}`), 401, 'unauthenticated');
      const read = await new TestClient().get(`/api/questions/${question.id}`);
      expect(read.status).to.equal(200);
      expect(read.body.question.status).to.equal('published');
    });

    it('lets a moderator delete (204)', async () => {
      const moderator = await clientFor(await buildUser({ role: 'moderator' }));
      expect((await moderator.delete(`/api/questions/${question.id}`)).status).to.equal(204);
      expectApiError(await new TestClient().get(`/api/questions/${question.id}`), 404);
    });

    it('answers 404 for an unknown or already deleted question and 400 for a malformed id', async () => {
      const client = await clientFor(author);
      expectApiError(await client.delete('/api/questions/4242'), 404, 'not_found');
      expect((await client.delete(`/api/questions/${question.id}`)).status).to.equal(204);
      expectApiError(await client.delete(`/api/questions/${question.id}`), 404, 'not_found');
      expectApiError(await client.delete('/api/questions/abc'), 400, 'validation_failed');
    });
  });

  describe('anonymous questions', () => {
    const PSEUDONYM = 'Discrete-Zephyrine';
    const AUTHOR_ID = 731953;
    let author: User;

    beforeEach(async () => {
      await buildTag(TAG);
      const created = await buildUser({ pseudonym: PSEUDONYM, email: 'zephyrine@exemple.fr' });
      await sql('UPDATE users SET id = :newId WHERE id = :id', { newId: AUTHOR_ID, id: created.id });
      author = (await User.findByPk(AUTHOR_ID))!;
    });

    function expectNoTraceOfAuthor(response: TestResponse, what: string): void {
      expect(response.status, `${what}: ${response.text}`).to.be.within(200, 299);
      expect(response.text, what).to.not.include(String(AUTHOR_ID));
      expect(response.text.toLowerCase(), what).to.not.include(PSEUDONYM.toLowerCase());
      expect(response.text.toLowerCase(), what).to.not.include('zephyrine@');
      expect(response.text, what).to.not.match(/"authorId"|"editorId"/);
    }

    it('names nobody, in any response, to anyone, the author included', async () => {
      const own = await clientFor(author);
      const created = await own.post('/api/questions', {
        title: 'Question délicate sur un litige avec un associé',
        body: 'Mon associé conteste les comptes : quelles démarches avant le tribunal de commerce ?',
        tags: [TAG],
        anonymous: true,
      });
      expect(created.status, created.text).to.equal(201);
      expect(created.body.question.author).to.equal(null);
      expect(created.body.question.anonymous).to.equal(true);
      expectNoTraceOfAuthor(created, 'create');
      const id: number = created.body.question.id;

      const edited = await own.patch(`/api/questions/${id}`, {
        body: 'Mon associé conteste les comptes annuels : que faire ?',
      });
      expect(edited.body.question.author).to.equal(null);
      expectNoTraceOfAuthor(edited, 'edit');

      // A named answer on the anonymous question must not reveal its asker either.
      await moderated();
      await buildAnswer({ question: (await Question.findByPk(id))! });

      const moderator = await clientFor(await buildUser({ role: 'moderator' }));
      const viewers: Array<[string, TestClient]> = [
        ['visitor', new TestClient()],
        ['member', await clientFor(await buildUser())],
        ['author', own],
        ['moderator', moderator],
      ];
      for (const [who, client] of viewers) {
        const read = await client.get(`/api/questions/${id}`);
        expect(read.body.question.author, who).to.equal(null);
        expectNoTraceOfAuthor(read, `${who} read`);
        for (const sort of ['newest', 'active', 'top']) {
          const list = await client.get(`/api/questions?sort=${sort}&tag=${TAG}`);
          expect(ids(list), who).to.include(id);
          expectNoTraceOfAuthor(list, `${who} list ${sort}`);
        }
        const revisions = await client.get(`/api/questions/${id}/revisions`);
        expect(revisions.body).to.have.length(2);
        expectNoTraceOfAuthor(revisions, `${who} revisions`);
        const search = await client.get(`/api/search?q=${encodeURIComponent('associé litige')}`);
        expect(ids(search), `${who} search`).to.include(id);
        expectNoTraceOfAuthor(search, `${who} search`);
        const similar = await client.get(
          `/api/questions/similar?title=${encodeURIComponent('litige avec un associé')}`,
        );
        expectNoTraceOfAuthor(similar, `${who} similar`);
      }

      const profile = await new TestClient().get(`/api/users/${AUTHOR_ID}/questions`);
      expect(profile.status).to.equal(200);
      expect(ids(profile)).to.not.include(id);
    });

    it('keeps the author unnamed when a question is created anonymous by the factory path too', async () => {
      const question = await buildQuestion({ author, anonymous: true });
      const read = await new TestClient().get(`/api/questions/${question.id}`);
      expectNoTraceOfAuthor(read, 'read');
      expectNoTraceOfAuthor(await new TestClient().get('/api/questions'), 'list');
      expectNoTraceOfAuthor(await new TestClient().get(`/api/questions/${question.id}/revisions`), 'revisions');
    });
  });
});

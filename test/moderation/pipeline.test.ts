import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { TestClient } from '../support/client';
import { buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import { disconnectAll, expectNoEvent, watch } from '../support/sockets';
import { moderated, postsAwaitingChecks, withModerationStopped } from '../support/moderation';

const PHONE = '06 12 34 56 78';

describe('moderation pipeline: automated checks before publication', () => {
  afterEach(() => disconnectAll());

  it('publishes a clean answer after its checks: pending for its author at once, then live for everyone', async () => {
    const question = await buildQuestion();
    const author = await clientFor(await buildUser());
    const authorLog = await watch(author);
    const reader = await watch(new TestClient(), [`question:${question.id}`]);

    const posted = await author.post(`/api/questions/${question.id}/answers`, {
      body: 'Le prêt garanti par l’État peut être amorti sur cinq ans supplémentaires.',
    });
    expect(posted.status).to.equal(201);
    expect(posted.body.answer.status).to.equal('pending');
    const created = await reader.waitFor('answer:created');
    expect(created.answer).to.include({ id: posted.body.answer.id, status: 'published' });
    expect(await authorLog.waitFor('post:status')).to.deep.equal({
      targetType: 'answer',
      targetId: posted.body.answer.id,
      status: 'published',
      reasons: [],
    });
    const page = await new TestClient().get(`/api/questions/${question.id}`);
    expect(page.body.answers.map((a: { id: number }) => a.id)).to.deep.equal([posted.body.answer.id]);
  });

  it('holds a post with personal data: its author is told what to remove, masked; nobody else ever sees it', async () => {
    await buildTag('embauche', 'Embauche');
    const question = await buildQuestion({ tags: ['embauche'] });
    const author = await clientFor(await buildUser());
    const authorLog = await watch(author);
    const reader = await watch(new TestClient(), [`question:${question.id}`, 'questions', 'tag:embauche']);
    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    const queue = await watch(moderator, ['moderation']);

    const held = await author.post(`/api/questions/${question.id}/answers`, {
      body: `Appelez-moi au ${PHONE}, je vous explique comment j’ai obtenu l’aide à l’embauche.`,
    });
    const answerId = held.body.answer.id as number;
    const status = await authorLog.waitFor('post:status');
    expect(status).to.include({ targetType: 'answer', targetId: answerId, status: 'pending' });
    expect(status.reasons.map((r) => r.check)).to.deep.equal(['phone']);
    expect(status.reasons[0]!.detail).to.contain('téléphone').and.contain('78');
    expect(JSON.stringify(status)).to.not.contain('12 34 56');
    const opened = await queue.waitFor('moderation:case');
    expect(opened.case).to.deep.include({ kind: 'auto', targetType: 'answer', targetId: answerId, status: 'open' });

    // Nothing reached the public rooms, the page, the lists or search; a later event proves it.
    const sentinel = await buildQuestion({ tags: ['embauche'] });
    await expectNoEvent(
      reader,
      'answer:created',
      reader.waitFor('question:created', (p) => p.question.id === sentinel.id),
    );
    expect(reader.rawPayloads().join()).to.not.contain('Appelez-moi');
    expect((await new TestClient().get(`/api/questions/${question.id}`)).body.answers).to.deep.equal([]);
    const mine = await author.get('/api/me/posts?status=pending');
    expect(mine.body.items[0]).to.deep.include({ id: answerId, status: 'pending' });
    expect(mine.body.items[0].reasons[0].check).to.equal('phone');

    // The author removes the number: checked again, published, and the case closes by itself.
    const edited = await author.patch(`/api/answers/${answerId}`, {
      body: 'Passez par votre conseiller Pôle emploi, il m’a expliqué l’aide à l’embauche.',
    });
    expect(edited.status).to.equal(200);
    await reader.waitFor('answer:created', (p) => p.answer.id === answerId);
    await moderated();
    const cases = await moderator.get('/api/moderation/cases?status=resolved');
    expect(cases.body.items[0]).to.deep.include({ targetId: answerId, decision: 'approve' });
    const log = await moderator.get('/api/moderation/log');
    expect(log.body.items.map((e: { action: string }) => e.action)).to.include('hold');
  });

  it('keeps a held question out of the lists, the search, the feed and its theme', async () => {
    await buildTag('fiscalite', 'Fiscalité');
    const author = await clientFor(await buildUser());
    const feed = await watch(new TestClient(), ['questions', 'tag:fiscalite']);
    const held = await author.post('/api/questions', {
      title: 'Redressement URSSAF de la SARL Dupont Menuiserie',
      body: 'Notre SIREN est 732 829 320, le contrôleur conteste nos frais de déplacement : que répondre ?',
      tags: ['fiscalite'],
    });
    expect(held.status).to.equal(201);
    await moderated();
    const sentinel = await buildQuestion({ tags: ['fiscalite'] });
    await expectNoEvent(
      feed,
      'question:created',
      feed.waitFor('question:created', (p) => p.question.id === sentinel.id),
      (p) => p.question.id === held.body.question.id,
    );
    const visitor = new TestClient();
    for (const path of ['/api/questions', '/api/questions?tag=fiscalite', '/api/questions?sort=unanswered']) {
      const list = await visitor.get(path);
      expect(
        list.body.items.map((q: { id: number }) => q.id),
        path,
      ).to.deep.equal([sentinel.id]);
    }
    const search = await visitor.get('/api/search?q=redressement%20urssaf%20menuiserie');
    expect(search.body.items).to.deep.equal([]);
    expect((await visitor.get(`/api/questions/${held.body.question.id}`)).status).to.equal(404);
    const own = await author.get(`/api/questions/${held.body.question.id}`);
    expect(own.body.question).to.include({ status: 'pending' });
  });

  it('holds a flood: more posts in a minute than a person writes', async () => {
    const { ctx } = testEnv();
    const saved = ctx.config.moderation;
    // The product's thresholds (the tests' environment raises them for everything else).
    ctx.config.moderation = {};
    try {
      const question = await buildQuestion();
      const author = await clientFor(await buildUser());
      const statuses: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        const posted = await author.post(`/api/questions/${question.id}/answers`, {
          body: `Ma réponse numéro ${i + 1}, chacune différente des autres, sur les délais de paiement.`,
        });
        await moderated();
        const mine = await author.get('/api/me/posts?limit=1');
        expect(mine.body.items[0].id).to.equal(posted.body.answer.id);
        statuses.push(mine.body.items[0].status);
        if (i === 3) expect(mine.body.items[0].reasons[0].check).to.equal('flooding');
      }
      expect(statuses).to.deep.equal(['published', 'published', 'published', 'pending']);

      // Checked late, by a worker behind its queue: each post is judged by what came before it.
      const other = await clientFor(await buildUser());
      await withModerationStopped(async () => {
        for (let i = 0; i < 4; i += 1) {
          await other.post(`/api/questions/${question.id}/answers`, {
            body: `Réponse tardive numéro ${i + 1}, chacune différente, sur le recouvrement des factures.`,
          });
        }
      });
      await moderated();
      const late = await other.get('/api/me/posts');
      expect(late.body.items.map((p: { status: string }) => p.status).reverse()).to.deep.equal([
        'published',
        'published',
        'published',
        'pending',
      ]);
    } finally {
      ctx.config.moderation = saved;
    }
  });

  it('approve publishes a held post live, reject keeps it away and tells its author why', async () => {
    const question = await buildQuestion();
    const author = await clientFor(await buildUser());
    const authorLog = await watch(author);
    const reader = await watch(new TestClient(), [`question:${question.id}`]);
    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    const queue = await watch(moderator, ['moderation']);

    const first = await author.post(`/api/questions/${question.id}/answers`, {
      body: 'Mon SIRET est 732 829 320 00074 : tapez-le sur le site pour voir notre dossier.',
    });
    const second = await author.post(`/api/questions/${question.id}/answers`, {
      body: `Écrivez-moi à jean.dupont@boulangerie-dupont.fr pour le modèle de courrier.`,
    });
    await moderated();
    const firstCase = await queue.waitFor('moderation:case', (p) => p.case.targetId === first.body.answer.id);
    const secondCase = await queue.waitFor('moderation:case', (p) => p.case.targetId === second.body.answer.id);

    expect((await moderator.post(`/api/moderation/cases/${firstCase.case.id}/claim`)).status).to.equal(200);
    const approved = await moderator.post(`/api/moderation/cases/${firstCase.case.id}/resolve`, {
      decision: 'approve',
      note: 'Numéro d’un organisme public, pas d’une entreprise privée.',
    });
    expect(approved.status).to.equal(200);
    expect((await reader.waitFor('answer:created')).answer.id).to.equal(first.body.answer.id);

    const rejected = await moderator.post(`/api/moderation/cases/${secondCase.case.id}/resolve`, {
      decision: 'reject',
      note: 'Retirez votre adresse électronique puis publiez de nouveau.',
    });
    expect(rejected.status).to.equal(200);
    const told = await authorLog.waitFor(
      'post:status',
      (p) => p.targetId === second.body.answer.id && p.status === 'hidden',
    );
    expect(told.reasons).to.deep.equal([
      { check: 'moderation', detail: 'Retirez votre adresse électronique puis publiez de nouveau.' },
    ]);
    const page = await new TestClient().get(`/api/questions/${question.id}`);
    expect(page.body.answers.map((a: { id: number }) => a.id)).to.deep.equal([first.body.answer.id]);
  });

  it('sends a likely duplicate question to review but publishes it', async () => {
    await buildTag('tresorerie', 'Trésorerie');
    await buildQuestion({
      title: 'Comment obtenir un prêt garanti par l’État pour ma boulangerie ?',
      tags: ['tresorerie'],
    });
    const author = await clientFor(await buildUser());
    const posted = await author.post('/api/questions', {
      title: 'Comment obtenir un prêt garanti par l’État pour ma boulangerie',
      body: 'Ma banque hésite à me l’accorder, quelles pièces fournir pour la convaincre ?',
      tags: ['tresorerie'],
    });
    expect(posted.status).to.equal(201);
    await moderated();
    expect((await new TestClient().get(`/api/questions/${posted.body.question.id}`)).status).to.equal(200);
    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    const [review] = (await moderator.get('/api/moderation/cases')).body.items;
    expect(review).to.deep.include({ kind: 'auto', targetType: 'question' });
    expect(review.reasons[0].check).to.equal('duplicate_question');
  });

  it('loses nothing when the worker is down and Redis forgets its jobs: every post ends published or held', async function () {
    this.timeout(60_000);
    const { ctx } = testEnv();
    const question = await buildQuestion();
    const authors = await Promise.all([0, 1, 2, 3, 4].map(async () => clientFor(await buildUser())));
    const ids: number[] = [];
    await withModerationStopped(async () => {
      for (const [i, author] of authors.entries()) {
        for (const body of [
          `Réponse honnête numéro ${i} : la banque doit motiver son refus de prêt par écrit.`,
          `Réponse numéro ${i} avec mon IBAN FR76 3000 6000 0112 3456 7890 189 pour me rembourser.`,
        ]) {
          const response = await author.post(`/api/questions/${question.id}/answers`, { body });
          expect(response.status).to.equal(201);
          ids.push(response.body.answer.id as number);
        }
      }
      expect(await postsAwaitingChecks()).to.have.length(10);
      // Redis keeps nothing on disk: a restart loses every queued job.
      await ctx.redis.flushdb();
    });
    // The workers' start (and their schedule) enqueue what PostgreSQL says awaits its checks.
    await ctx.queues.moderation.add('moderation.reconcile', { all: true });
    await moderated();
    const statuses = await ctx.sequelize.query<{ id: number; status: string }>(
      `SELECT id, status FROM answers WHERE id IN (:ids) ORDER BY id`,
      { replacements: { ids }, type: QueryTypes.SELECT },
    );
    expect(statuses.map((row) => row.status)).to.deep.equal(
      Array.from({ length: 5 }, () => ['published', 'pending']).flat(),
    );
    const page = await new TestClient().get(`/api/questions/${question.id}`);
    expect(page.body.answers).to.have.length(5);
    expect(page.body.question.answerCount).to.equal(5);
  });
});

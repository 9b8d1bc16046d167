import { expect } from 'chai';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import { moderated } from '../support/moderation';
import { Redis } from 'ioredis';
import { QuestionPageCache } from '../../server/cache/questionPageCache';

// Visitors get the question page from a shared cache: every change a visitor could see must
// reach them on their next read.
describe('question page cache for visitors', () => {
  async function visitorPage(id: number) {
    const response = await new TestClient().get(`/api/questions/${id}`);
    expect(response.status).to.equal(200);
    return response.body;
  }

  it('shows each committed change on the next visit: answers, votes, acceptance, edits, deletions', async () => {
    const asker = await buildUser();
    const question = await buildQuestion({ author: asker });
    expect((await visitorPage(question.id)).answers).to.have.length(0);

    const answerer = await clientFor(await buildUser());
    const posted = await answerer.post(`/api/questions/${question.id}/answers`, {
      body: 'Une réponse qui doit apparaître tout de suite aux visiteurs.',
    });
    await moderated();
    expect((await visitorPage(question.id)).answers.map((a: { id: number }) => a.id)).to.deep.equal([
      posted.body.answer.id,
    ]);

    const voter = await clientFor(await buildUser({ reputation: 50 }));
    await voter.post(`/api/answers/${posted.body.answer.id}/vote`, { value: 1 });
    await voter.post(`/api/questions/${question.id}/vote`, { value: -1 });
    const afterVotes = await visitorPage(question.id);
    expect(afterVotes.answers[0].score).to.equal(1);
    expect(afterVotes.question.score).to.equal(-1);

    const askerClient = await clientFor(asker);
    await askerClient.post(`/api/answers/${posted.body.answer.id}/accept`);
    expect((await visitorPage(question.id)).question.acceptedAnswerId).to.equal(posted.body.answer.id);

    await askerClient.patch(`/api/questions/${question.id}`, { title: 'Un titre corrigé après la première visite' });
    await moderated();
    expect((await visitorPage(question.id)).question.title).to.equal('Un titre corrigé après la première visite');

    await answerer.patch(`/api/answers/${posted.body.answer.id}`, { body: 'Le texte de la réponse, corrigé ensuite.' });
    await moderated();
    expect((await visitorPage(question.id)).answers[0].body).to.equal('Le texte de la réponse, corrigé ensuite.');

    await answerer.delete(`/api/answers/${posted.body.answer.id}`);
    expect((await visitorPage(question.id)).answers).to.have.length(0);

    await askerClient.delete(`/api/questions/${question.id}`);
    expect((await new TestClient().get(`/api/questions/${question.id}`)).status).to.equal(404);
  });

  it('never serves a visitor what only the author may see, nor the author a visitor’s copy', async () => {
    const question = await buildQuestion();
    const author = await buildUser();
    const answer = await buildAnswer({ question, author });
    await visitorPage(question.id); // fills the cache
    await testEnv().ctx.sequelize.query(`UPDATE answers SET status = 'pending' WHERE id = :id`, {
      replacements: { id: answer.id },
    });
    await testEnv().ctx.pageCache.invalidate(question.id);
    expect((await visitorPage(question.id)).answers).to.have.length(0);
    const own = await (await clientFor(author)).get(`/api/questions/${question.id}`);
    expect(own.body.answers.map((a: { id: number; status: string }) => [a.id, a.status])).to.deep.equal([
      [answer.id, 'pending'],
    ]);
  });

  it('still serves pages when its Redis cannot be reached', async () => {
    const question = await buildQuestion();
    const { ctx } = testEnv();
    const working = ctx.pageCache;
    // Nothing listens on port 9: every command to this client fails at once.
    const unreachable = new Redis('redis://127.0.0.1:9', { maxRetriesPerRequest: 0, retryStrategy: () => null });
    unreachable.on('error', () => undefined);
    ctx.pageCache = new QuestionPageCache(unreachable, ctx.logger);
    try {
      expect((await visitorPage(question.id)).question.id).to.equal(question.id);
    } finally {
      ctx.pageCache = working;
      unreachable.disconnect();
    }
  });
});

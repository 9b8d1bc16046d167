import { expect } from 'chai';
import { Flag } from '../../db/models';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildUser, clientFor } from '../support/factories';

describe('POST /api/flags', () => {
  it('records a flag on a question and on an answer (201)', async () => {
    const question = await buildQuestion();
    const answer = await buildAnswer({ question });
    const flagger = await buildUser();
    const client = await clientFor(flagger);

    const onQuestion = await client.post('/api/flags', {
      targetType: 'question',
      targetId: question.id,
      reason: 'spam',
      note: 'Publicité pour un site de crédit.',
    });
    expect(onQuestion.status).to.equal(201);
    expect(onQuestion.body.flag).to.include({ targetType: 'question', targetId: question.id, reason: 'spam' });
    expect(onQuestion.body.flag.id).to.be.a('number');
    expect(Date.parse(onQuestion.body.flag.createdAt)).to.not.be.NaN;

    const onAnswer = await client.post('/api/flags', {
      targetType: 'answer',
      targetId: answer.id,
      reason: 'personal_data',
    });
    expect(onAnswer.status).to.equal(201);
    expect(onAnswer.body.flag).to.include({ targetType: 'answer', targetId: answer.id, reason: 'personal_data' });

    const stored = await Flag.findAll({ order: [['id', 'ASC']] });
    expect(stored.map((f) => [f.flaggerId, f.targetType, f.targetId, f.reason, f.note])).to.deep.equal([
      [flagger.id, 'question', question.id, 'spam', 'Publicité pour un site de crédit.'],
      [flagger.id, 'answer', answer.id, 'personal_data', ''],
    ]);
  });

  it('accepts every reason of the contract', async () => {
    const client = await clientFor(await buildUser());
    for (const reason of ['spam', 'offensive', 'personal_data', 'off_topic', 'other']) {
      const question = await buildQuestion();
      const response = await client.post('/api/flags', { targetType: 'question', targetId: question.id, reason });
      expect(response.status, reason).to.equal(201);
    }
    expect(await Flag.count()).to.equal(5);
  });

  it('refuses a second flag of the same post by the same member (409), whatever the reason', async () => {
    const question = await buildQuestion();
    const client = await clientFor(await buildUser());
    const body = { targetType: 'question', targetId: question.id, reason: 'spam' };
    expect((await client.post('/api/flags', body)).status).to.equal(201);
    const again = await client.post('/api/flags', { ...body, reason: 'offensive' });
    expect(again.status).to.equal(409);
    expect(again.body.error.message).to.be.a('string').and.not.empty;
    expect(await Flag.count()).to.equal(1);

    // Another member may still flag it.
    const other = await clientFor(await buildUser());
    expect((await other.post('/api/flags', body)).status).to.equal(201);
  });

  it('refuses a flag on one’s own post (403 own_post)', async () => {
    const author = await buildUser();
    const question = await buildQuestion({ author });
    const answer = await buildAnswer({ author });
    const client = await clientFor(author);
    for (const [targetType, targetId] of [
      ['question', question.id],
      ['answer', answer.id],
    ] as const) {
      const response = await client.post('/api/flags', { targetType, targetId, reason: 'other' });
      expect(response.status, targetType).to.equal(403);
      expect(response.body.error.code).to.equal('own_post');
    }
    expect(await Flag.count()).to.equal(0);
  });

  it('answers 404 for an unknown or deleted post', async () => {
    const client = await clientFor(await buildUser());
    for (const targetType of ['question', 'answer']) {
      const response = await client.post('/api/flags', { targetType, targetId: 999999, reason: 'spam' });
      expect(response.status, targetType).to.equal(404);
      expect(response.body.error.code).to.equal('not_found');
    }
    const author = await buildUser();
    const question = await buildQuestion({ author });
    expect((await (await clientFor(author)).delete(`/api/questions/${question.id}`)).status).to.equal(204);
    const onDeleted = await client.post('/api/flags', {
      targetType: 'question',
      targetId: question.id,
      reason: 'spam',
    });
    expect(onDeleted.status).to.equal(404);
    expect(await Flag.count()).to.equal(0);
  });

  it('refuses a bad reason, target type or id (400)', async () => {
    const question = await buildQuestion();
    const client = await clientFor(await buildUser());
    const bodies = [
      { targetType: 'question', targetId: question.id, reason: 'boring' },
      { targetType: 'question', targetId: question.id, reason: 'SPAM' },
      { targetType: 'question', targetId: question.id },
      { targetType: 'user', targetId: question.id, reason: 'spam' },
      { targetType: 'question', targetId: 'abc', reason: 'spam' },
      { targetType: 'question', targetId: question.id, reason: 'other', note: 'x'.repeat(501) },
    ];
    for (const body of bodies) {
      const response = await client.post('/api/flags', body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).to.equal(400);
      expect(response.body.error.code).to.equal('validation_failed');
    }
    expect(await Flag.count()).to.equal(0);
  });

  it('asks a visitor to log in (401)', async () => {
    const question = await buildQuestion();
    const response = await new TestClient().post('/api/flags', {
      targetType: 'question',
      targetId: question.id,
      reason: 'spam',
    });
    expect(response.status).to.equal(401);
    expect(response.body.error.code).to.equal('unauthenticated');
    expect(await Flag.count()).to.equal(0);
  });
});

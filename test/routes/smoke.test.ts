import { expect } from 'chai';
import { TestClient } from '../support/client';
import { buildQuestion, buildUser, clientFor } from '../support/factories';

describe('harness smoke', () => {
  it('serves a question to a visitor and lets a member answer it', async () => {
    const question = await buildQuestion();
    const visitor = new TestClient();
    const read = await visitor.get(`/api/questions/${question.id}`);
    expect(read.status).to.equal(200);
    expect(read.body.question.title).to.equal(question.title);

    const member = await clientFor(await buildUser());
    const answered = await member.post(`/api/questions/${question.id}/answers`, {
      body: 'Voici une réponse utile et suffisamment longue.',
    });
    expect(answered.status).to.equal(201);
    expect(answered.body.answer.questionId).to.equal(question.id);
  });
});

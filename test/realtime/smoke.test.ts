import { expect } from 'chai';
import { buildQuestion, buildUser, clientFor } from '../support/factories';
import { connectSocket, nextEvent, subscribe } from '../support/sockets';

describe('real-time smoke', () => {
  it('pushes a new answer to a visitor watching the question', async () => {
    const question = await buildQuestion();
    const visitor = await connectSocket();
    try {
      const ack = await subscribe(visitor, `question:${question.id}`);
      expect(ack).to.deep.equal({ ok: true, presence: 1 });
      const arrival = nextEvent(visitor, 'answer:created');
      const member = await clientFor(await buildUser());
      const posted = await member.post(`/api/questions/${question.id}/answers`, {
        body: 'Une réponse qui doit arriver en direct chez le visiteur.',
      });
      // Sent pending to its author, then published by the moderation worker's checks.
      expect(posted.body.answer.status).to.equal('pending');
      const event = await arrival;
      expect(event.answer).to.include({
        id: posted.body.answer.id,
        body: posted.body.answer.body,
        status: 'published',
      });
    } finally {
      visitor.disconnect();
    }
  });
});

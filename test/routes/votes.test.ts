import { expect } from 'chai';
import { Answer, Question, Vote } from '../../db/models';
import { TestClient } from '../support/client';
import { buildAnswer, buildQuestion, buildUser, clientFor } from '../support/factories';

describe('votes', () => {
  describe('POST /api/questions/:id/vote', () => {
    it('votes up, changes to down, withdraws, and shows viewerVote on GET', async () => {
      const question = await buildQuestion();
      const voter = await clientFor(await buildUser({ reputation: 50 }));

      const up = await voter.post(`/api/questions/${question.id}/vote`, { value: 1 });
      expect(up.status).to.equal(200);
      expect(up.body).to.deep.equal({ score: 1, viewerVote: 1 });
      let page = await voter.get(`/api/questions/${question.id}`);
      expect(page.body.question).to.include({ score: 1, viewerVote: 1 });
      // Another reader sees the score, not the voter's vote.
      const visitorPage = await new TestClient().get(`/api/questions/${question.id}`);
      expect(visitorPage.body.question).to.include({ score: 1, viewerVote: 0 });

      const down = await voter.post(`/api/questions/${question.id}/vote`, { value: -1 });
      expect(down.body).to.deep.equal({ score: -1, viewerVote: -1 });
      page = await voter.get(`/api/questions/${question.id}`);
      expect(page.body.question).to.include({ score: -1, viewerVote: -1 });
      expect(await Vote.count()).to.equal(1);

      const withdrawn = await voter.post(`/api/questions/${question.id}/vote`, { value: 0 });
      expect(withdrawn.body).to.deep.equal({ score: 0, viewerVote: 0 });
      page = await voter.get(`/api/questions/${question.id}`);
      expect(page.body.question).to.include({ score: 0, viewerVote: 0 });
      expect(await Vote.count()).to.equal(0);
    });

    it('counts the votes of several members and keeps a repeated vote once', async () => {
      const question = await buildQuestion();
      const first = await clientFor(await buildUser());
      const second = await clientFor(await buildUser());
      await first.post(`/api/questions/${question.id}/vote`, { value: 1 });
      const again = await first.post(`/api/questions/${question.id}/vote`, { value: 1 });
      expect(again.body).to.deep.equal({ score: 1, viewerVote: 1 });
      const other = await second.post(`/api/questions/${question.id}/vote`, { value: 1 });
      expect(other.body).to.deep.equal({ score: 2, viewerVote: 1 });
      expect((await Question.findByPk(question.id))!.score).to.equal(2);
    });
  });

  describe('POST /api/answers/:id/vote', () => {
    it('votes up, down and withdraws on an answer, with viewerVote on the question page', async () => {
      const answer = await buildAnswer();
      const voter = await clientFor(await buildUser({ reputation: 50 }));

      expect((await voter.post(`/api/answers/${answer.id}/vote`, { value: 1 })).body).to.deep.equal({
        score: 1,
        viewerVote: 1,
      });
      let page = await voter.get(`/api/questions/${answer.questionId}`);
      expect(page.body.answers[0]).to.include({ id: answer.id, score: 1, viewerVote: 1 });
      expect(page.body.question.viewerVote).to.equal(0);

      expect((await voter.post(`/api/answers/${answer.id}/vote`, { value: -1 })).body).to.deep.equal({
        score: -1,
        viewerVote: -1,
      });
      page = await voter.get(`/api/questions/${answer.questionId}`);
      expect(page.body.answers[0]).to.include({ score: -1, viewerVote: -1 });

      expect((await voter.post(`/api/answers/${answer.id}/vote`, { value: 0 })).body).to.deep.equal({
        score: 0,
        viewerVote: 0,
      });
      page = await voter.get(`/api/questions/${answer.questionId}`);
      expect(page.body.answers[0]).to.include({ score: 0, viewerVote: 0 });
    });

    it('withdrawing a vote that was never cast changes nothing', async () => {
      const answer = await buildAnswer();
      const voter = await clientFor(await buildUser());
      const response = await voter.post(`/api/answers/${answer.id}/vote`, { value: 0 });
      expect(response.status).to.equal(200);
      expect(response.body).to.deep.equal({ score: 0, viewerVote: 0 });
      expect(await Vote.count()).to.equal(0);
    });
  });

  describe('refusals', () => {
    for (const value of [2, '1', null, -2, 0.5, true]) {
      it(`refuses the value ${JSON.stringify(value)} (400) and leaves the score as it was`, async () => {
        const question = await buildQuestion();
        const answer = await buildAnswer({ question });
        const voter = await clientFor(await buildUser());
        await voter.post(`/api/answers/${answer.id}/vote`, { value: 1 });
        for (const path of [`/api/questions/${question.id}/vote`, `/api/answers/${answer.id}/vote`]) {
          const response = await voter.post(path, { value });
          expect(response.status, path).to.equal(400);
          expect(response.body.error.code).to.equal('validation_failed');
        }
        expect((await Question.findByPk(question.id))!.score).to.equal(0);
        expect((await Answer.findByPk(answer.id))!.score).to.equal(1);
        expect(await Vote.count()).to.equal(1);
      });
    }

    it('refuses a missing value (400)', async () => {
      const question = await buildQuestion();
      const voter = await clientFor(await buildUser());
      const response = await voter.post(`/api/questions/${question.id}/vote`, {});
      expect(response.status).to.equal(400);
      expect(response.body.error.code).to.equal('validation_failed');
      expect(response.body.error.message).to.be.a('string').and.not.empty;
      expect((await Question.findByPk(question.id))!.score).to.equal(0);
    });

    it('refuses a vote on one’s own question or answer (403 own_post)', async () => {
      const author = await buildUser();
      const question = await buildQuestion({ author });
      const answer = await buildAnswer({ author });
      const client = await clientFor(author);
      for (const path of [`/api/questions/${question.id}/vote`, `/api/answers/${answer.id}/vote`]) {
        const response = await client.post(path, { value: 1 });
        expect(response.status, path).to.equal(403);
        expect(response.body.error.code).to.equal('own_post');
      }
      expect(await Vote.count()).to.equal(0);
      expect((await Question.findByPk(question.id))!.score).to.equal(0);
      expect((await Answer.findByPk(answer.id))!.score).to.equal(0);
    });

    it('answers 404 for an unknown or deleted target', async () => {
      const voter = await clientFor(await buildUser());
      for (const path of ['/api/questions/999999/vote', '/api/answers/999999/vote']) {
        const response = await voter.post(path, { value: 1 });
        expect(response.status, path).to.equal(404);
        expect(response.body.error.code).to.equal('not_found');
      }
      const author = await buildUser();
      const answer = await buildAnswer({ author });
      expect((await (await clientFor(author)).delete(`/api/answers/${answer.id}`)).status).to.equal(204);
      expect((await voter.post(`/api/answers/${answer.id}/vote`, { value: 1 })).status).to.equal(404);
      expect(await Vote.count()).to.equal(0);
    });

    it('asks a visitor to log in (401)', async () => {
      const question = await buildQuestion();
      const answer = await buildAnswer({ question });
      const visitor = new TestClient();
      for (const path of [`/api/questions/${question.id}/vote`, `/api/answers/${answer.id}/vote`]) {
        const response = await visitor.post(path, { value: 1 });
        expect(response.status, path).to.equal(401);
        expect(response.body.error.code).to.equal('unauthenticated');
      }
      expect(await Vote.count()).to.equal(0);
    });
  });

  describe('concurrency', () => {
    it('50 members voting +1 at once leave a score of exactly 50 and 50 vote rows', async function () {
      this.timeout(120_000);
      const answer = await buildAnswer();
      const users = [];
      for (let i = 0; i < 50; i += 1) users.push(await buildUser());
      const clients = await Promise.all(users.map((user) => clientFor(user)));

      const responses = await Promise.all(
        clients.map((client) => client.post(`/api/answers/${answer.id}/vote`, { value: 1 })),
      );
      expect(responses.map((r) => r.status)).to.deep.equal(Array(50).fill(200));
      expect(responses.every((r) => r.body.viewerVote === 1)).to.equal(true);
      const scores = responses.map((r) => r.body.score as number).sort((a, b) => a - b);
      expect(scores.at(-1)).to.equal(50);

      expect((await Answer.findByPk(answer.id))!.score).to.equal(50);
      expect(await Vote.count({ where: { targetType: 'answer', targetId: answer.id } })).to.equal(50);
      const page = await new TestClient().get(`/api/questions/${answer.questionId}`);
      expect(page.body.answers[0].score).to.equal(50);
    });

    it('one member sending 20 concurrent +1 votes leaves one vote row and a score of 1', async () => {
      const answer = await buildAnswer();
      const voter = await clientFor(await buildUser());
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => voter.post(`/api/answers/${answer.id}/vote`, { value: 1 })),
      );
      expect(responses.map((r) => r.status)).to.deep.equal(Array(20).fill(200));
      expect(responses.every((r) => r.body.score === 1 && r.body.viewerVote === 1)).to.equal(true);
      expect(await Vote.count()).to.equal(1);
      expect((await Answer.findByPk(answer.id))!.score).to.equal(1);
    });

    it('a burst of up, down and withdraw from one member ends with the score equal to the stored vote', async () => {
      const question = await buildQuestion();
      const answer = await buildAnswer({ question });
      const voter = await clientFor(await buildUser({ reputation: 50 }));
      // 3 rounds of 30 votes stay under the per-member vote limit (120 a minute).
      for (let round = 0; round < 3; round += 1) {
        const values = Array.from({ length: 15 }, (_, i) => [1, -1, 0][(i + round) % 3]);
        const responses = await Promise.all([
          ...values.map((value) => voter.post(`/api/answers/${answer.id}/vote`, { value })),
          ...values.map((value) => voter.post(`/api/questions/${question.id}/vote`, { value })),
        ]);
        expect(responses.map((r) => r.status)).to.deep.equal(Array(30).fill(200));

        for (const [target, model] of [
          ['answer', Answer],
          ['question', Question],
        ] as const) {
          const targetId = target === 'answer' ? answer.id : question.id;
          const votes = await Vote.findAll({ where: { targetType: target, targetId } });
          expect(votes.length).to.be.at.most(1);
          const stored = votes[0]?.value ?? 0;
          const row = await (model as typeof Question).findByPk(targetId);
          expect(row!.score, `${target}, round ${round}`).to.equal(stored);
        }
        const page = await voter.get(`/api/questions/${question.id}`);
        expect(page.body.question.score).to.equal(page.body.question.viewerVote);
        expect(page.body.answers[0].score).to.equal(page.body.answers[0].viewerVote);
      }
    });
  });
});

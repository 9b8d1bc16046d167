import { expect } from 'chai';
import { buildAnswer, buildQuestion, buildUser, clientFor } from '../support/factories';
import { TestClient } from '../support/client';
import { ledgerOf, reputationOf, startReputationWorker, type RunningReputationWorker } from '../support/reputation';

// Each rule of server/reputation/rules.ts through real votes and acceptances on the HTTP API and
// a real BullMQ worker applying them.

describe('reputation rules', () => {
  let worker: RunningReputationWorker;
  beforeEach(async () => {
    worker = await startReputationWorker();
  });
  afterEach(async () => {
    await worker.close();
  });

  async function vote(voter: TestClient, target: 'questions' | 'answers', id: number, value: -1 | 0 | 1) {
    const response = await voter.post(`/api/${target}/${id}/vote`, { value });
    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    await worker.drained();
  }

  it('an upvote on an answer gives its author 10, on a question 5, and withdrawing takes exactly that back', async () => {
    const author = await buildUser();
    const question = await buildQuestion({ author });
    const answer = await buildAnswer({ author });
    const voter = await clientFor(await buildUser());

    await vote(voter, 'answers', answer.id, 1);
    expect(await reputationOf(author.id)).to.equal(11);
    await vote(voter, 'questions', question.id, 1);
    expect(await reputationOf(author.id)).to.equal(16);
    await vote(voter, 'answers', answer.id, 0);
    expect(await reputationOf(author.id)).to.equal(6);

    const ledger = await ledgerOf(author.id);
    expect(ledger.map(({ amount, reason, reversal }) => ({ amount, reason, reversal }))).to.deep.equal([
      { amount: 10, reason: 'answer_upvoted', reversal: null },
      { amount: 5, reason: 'question_upvoted', reversal: null },
      { amount: -10, reason: 'answer_upvoted', reversal: 'vote_withdrawn' },
    ]);
    // Upvoting costs the voter nothing.
    expect(await ledgerOf(await voterId(voter))).to.deep.equal([]);
  });

  it('a downvote costs the author 2 and, on an answer only, the voter 1; never below 1', async () => {
    const author = await buildUser();
    const answer = await buildAnswer({ author });
    const question = await buildQuestion({ author });
    const voterUser = await buildUser({ reputation: 60 });
    const voter = await clientFor(voterUser);
    const upvoter = await clientFor(await buildUser());

    await vote(upvoter, 'answers', answer.id, 1); // author at 11
    await vote(voter, 'answers', answer.id, -1);
    expect(await reputationOf(author.id)).to.equal(9);
    await vote(voter, 'questions', question.id, -1);
    expect(await reputationOf(author.id)).to.equal(7);
    expect((await ledgerOf(voterUser.id)).map((row) => [row.amount, row.reason])).to.deep.equal([
      [-1, 'downvote_cast'],
    ]);

    // Without the upvote the author would be at -3: the floor holds the total at 1.
    await vote(upvoter, 'answers', answer.id, 0);
    expect(await reputationOf(author.id)).to.equal(1);
    // Changing a downvote into an upvote reverses the old vote and applies the new one.
    await vote(voter, 'answers', answer.id, 1);
    expect(await reputationOf(author.id)).to.equal(9); // 1 + (10 - 2 on the question)
    expect((await ledgerOf(voterUser.id)).reduce((sum, row) => sum + row.amount, 0)).to.equal(0);
  });

  it('an accepted answer gives 15 to its author and 2 to the asker; un-accepting reverses both exactly', async () => {
    const asker = await buildUser();
    const answerer = await buildUser();
    const question = await buildQuestion({ author: asker });
    const answer = await buildAnswer({ question, author: answerer });
    const askerClient = await clientFor(asker);

    expect((await askerClient.post(`/api/answers/${answer.id}/accept`)).status).to.equal(200);
    await worker.drained();
    expect([await reputationOf(answerer.id), await reputationOf(asker.id)]).to.deep.equal([16, 3]);

    expect((await askerClient.post(`/api/answers/${answer.id}/accept`)).status).to.equal(200);
    await worker.drained();
    expect([await reputationOf(answerer.id), await reputationOf(asker.id)]).to.deep.equal([1, 1]);
    expect((await ledgerOf(answerer.id)).map((row) => [row.amount, row.reversal])).to.deep.equal([
      [15, null],
      [-15, 'acceptance_withdrawn'],
    ]);

    // Accepting another answer moves the 15 points; accepting one's own earns nothing.
    const other = await buildAnswer({ question });
    await askerClient.post(`/api/answers/${answer.id}/accept`);
    await askerClient.post(`/api/answers/${other.id}/accept`);
    await worker.drained();
    expect(await reputationOf(answerer.id)).to.equal(1);
    expect(await reputationOf(other.authorId!)).to.equal(16);
    const own = await buildAnswer({ question, author: asker });
    await askerClient.post(`/api/answers/${own.id}/accept`);
    await worker.drained();
    expect([await reputationOf(asker.id), await reputationOf(other.authorId!)]).to.deep.equal([1, 1]);
  });

  it('anonymous posts earn nothing, and leave no row that could link them to their author', async () => {
    const author = await buildUser();
    const question = await buildQuestion({ author, anonymous: true });
    const answer = await buildAnswer({ author, anonymous: true });
    const voterUser = await buildUser({ reputation: 60 });
    const voter = await clientFor(voterUser);
    await vote(voter, 'questions', question.id, 1);
    await vote(voter, 'answers', answer.id, -1);
    await (await clientFor(await buildUser())).post(`/api/answers/${answer.id}/vote`, { value: 1 });
    await worker.drained();
    expect(await reputationOf(author.id)).to.equal(1);
    expect(await ledgerOf(author.id)).to.deep.equal([]);
    // The voter's own cost is theirs, anonymous target or not.
    expect((await ledgerOf(voterUser.id)).map((row) => row.amount)).to.deep.equal([-1]);
  });

  it('a deleted answer loses what its votes and its acceptance gave', async () => {
    const asker = await buildUser();
    const author = await buildUser();
    const question = await buildQuestion({ author: asker });
    const answer = await buildAnswer({ question, author });
    await vote(await clientFor(await buildUser()), 'answers', answer.id, 1);
    await (await clientFor(asker)).post(`/api/answers/${answer.id}/accept`);
    await worker.drained();
    expect(await reputationOf(author.id)).to.equal(26);

    expect((await (await clientFor(author)).delete(`/api/answers/${answer.id}`)).status).to.equal(204);
    await worker.drained();
    expect(await reputationOf(author.id)).to.equal(1);
    expect(await reputationOf(asker.id)).to.equal(1);
    const reversals = (await ledgerOf(author.id)).filter((row) => row.amount < 0);
    expect(reversals.map((row) => row.reversal).sort()).to.deep.equal(['acceptance_withdrawn', 'post_removed']);
  });

  it('a user removed for abuse loses what their votes gave; the scores stay', async () => {
    const author = await buildUser();
    const answer = await buildAnswer({ author });
    const question = await buildQuestion({ author });
    const abuser = await buildUser();
    const abuserClient = await clientFor(abuser);
    await vote(abuserClient, 'answers', answer.id, 1);
    await vote(abuserClient, 'questions', question.id, 1);
    expect(await reputationOf(author.id)).to.equal(16);

    const admin = await clientFor(await buildUser({ role: 'admin' }));
    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    const refused = await moderator.delete(`/api/users/${abuser.id}`, { reason: 'Faux comptes et votes achetés' });
    expect(refused.status).to.equal(403);
    const removed = await admin.delete(`/api/users/${abuser.id}`, { reason: 'Faux comptes et votes achetés' });
    expect(removed.status, JSON.stringify(removed.body)).to.equal(204);
    await worker.drained();
    expect(await reputationOf(author.id)).to.equal(1);
    expect((await ledgerOf(author.id)).filter((row) => row.reversal === 'voter_removed')).to.have.length(2);
    const page = await new TestClient().get(`/api/questions/${question.id}`);
    expect(page.body.question.score).to.equal(1);

    // The removed account is logged out and cannot log in again.
    expect((await abuserClient.get('/api/auth/session')).body.user).to.equal(null);
    const login = await new TestClient().post('/api/auth/login', {
      email: abuser.email,
      password: 'motdepasse-de-test',
    });
    expect(login.status).to.equal(403);
    expect(login.body.error.code).to.equal('account_removed');
  });

  it('keeps standing per theme, and lists the ledger with a French label for each row', async () => {
    const author = await buildUser();
    const question = await buildQuestion({ tags: ['fiscalite', 'export'] });
    const answer = await buildAnswer({ author, question });
    const voterUser = await buildUser({ reputation: 60 });
    const voter = await clientFor(voterUser);
    await vote(voter, 'answers', answer.id, 1);
    await vote(await clientFor(await buildUser()), 'answers', answer.id, 1);

    const profile = await new TestClient().get(`/api/users/${author.id}`);
    expect(profile.body.reputation).to.equal(21);
    expect(profile.body.tagReputation).to.deep.equal([
      { tag: 'export', reputation: 20 },
      { tag: 'fiscalite', reputation: 20 },
    ]);

    const ledger = await new TestClient().get(`/api/users/${author.id}/reputation?limit=1`);
    expect(ledger.status).to.equal(200);
    expect(ledger.body.reputation).to.equal(21);
    expect(ledger.body.items).to.have.length(1);
    expect(ledger.body.items[0]).to.deep.include({
      amount: 10,
      reason: 'answer_upvoted',
      reversal: null,
      label: 'Vote positif sur votre réponse',
      tags: ['fiscalite', 'export'],
    });
    expect(ledger.body.items[0].post).to.deep.equal({
      targetType: 'answer',
      targetId: answer.id,
      questionId: answer.questionId,
      title: question.title,
    });
    const next = await new TestClient().get(
      `/api/users/${author.id}/reputation?limit=1&cursor=${ledger.body.nextCursor}`,
    );
    expect(next.body.items).to.have.length(1);
    expect(next.body.nextCursor).to.equal(null);

    // Whom a member downvoted is theirs to know: others see the cost, not the answer.
    await vote(voter, 'answers', answer.id, -1);
    const seenByOthers = await new TestClient().get(`/api/users/${voterUser.id}/reputation`);
    expect(seenByOthers.body.items[0]).to.deep.include({ reason: 'downvote_cast', post: null, tags: [] });
    const seenByVoter = await voter.get(`/api/users/${voterUser.id}/reputation`);
    expect(seenByVoter.body.items[0].post).to.include({ targetId: answer.id });

    // A deleted question's title no longer shows in anyone else's history.
    const moderator = await clientFor(await buildUser({ role: 'moderator' }));
    expect((await moderator.delete(`/api/questions/${question.id}`)).status).to.equal(204);
    await worker.drained();
    const afterDeletion = await new TestClient().get(`/api/users/${author.id}/reputation`);
    expect(afterDeletion.body.reputation).to.equal(1);
    expect(afterDeletion.body.items.every((item: { post: unknown }) => item.post === null)).to.equal(true);
    expect(afterDeletion.text).to.not.contain(question.title);
    const ownView = await (await clientFor(author)).get(`/api/users/${author.id}/reputation`);
    expect(ownView.body.items[0]).to.deep.include({ reversal: 'post_removed' });
    expect(ownView.body.items[0].post).to.include({ title: question.title });
  });
});

async function voterId(client: TestClient): Promise<number> {
  const session = await client.get('/api/auth/session');
  return session.body.user.id as number;
}

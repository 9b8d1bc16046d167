import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import type { Answer } from '../../db/models';
import { buildAnswer, buildQuestion, buildUser } from '../support/factories';
import { testEnv } from '../support/hooks';
import type { TestClient } from '../support/client';
import { ledgerOf, reputationOf, startReputationWorker, type RunningReputationWorker } from '../support/reputation';
import { buildVoters } from '../support/votes';

async function vote(voter: TestClient, answerId: number, value: -1 | 0 | 1 = 1): Promise<void> {
  const response = await voter.post(`/api/answers/${answerId}/vote`, { value });
  expect(response.status, JSON.stringify(response.body)).to.equal(200);
}

describe('reputation fairness', () => {
  let worker: RunningReputationWorker | undefined;
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  it('caps vote gains at 200 per Paris day: 23:59 and 00:00 in Paris are two days, though one in UTC', async function () {
    this.timeout(60_000);
    const { sequelize } = testEnv().ctx;
    const author = await buildUser();
    const question = await buildQuestion();
    const answers: Answer[] = [];
    for (let i = 0; i < 10; i += 1) answers.push(await buildAnswer({ question, author }));
    // 10 voters, 5 votes each on this author (serial voting starts above 5): voters 0-4 on
    // answers 0-4, voters 5-9 on answers 5-9.
    const clients = await buildVoters(10, 1);
    for (const [v, voter] of clients.entries()) {
      for (let a = 0; a < 5; a += 1) await vote(voter, answers[(v < 5 ? 0 : 5) + a]!.id);
    }
    // The worker is not running yet: the votes wait in the outbox. Those on answers 0-4 are
    // dated 23:59:30 on 28 March 2026 in Paris (22:59:30 UTC), those on answers 5-9 00:00:30 on
    // the 29th in Paris (23:00:30 UTC: still the 28th in UTC).
    await sequelize.query(
      `UPDATE votes SET created_at = CASE WHEN target_id IN (:first) THEN timestamptz '2026-03-28 22:59:30+00'
                                          ELSE timestamptz '2026-03-28 23:00:30+00' END`,
      { replacements: { first: answers.slice(0, 5).map((answer) => answer.id) } },
    );
    worker = await startReputationWorker();
    await worker.drained();
    // 25 upvotes a day are 250 points, capped at 200 on each day.
    expect(await reputationOf(author.id)).to.equal(401);
    const caps = () =>
      ledgerOf(author.id).then((rows) =>
        rows.filter((row) => row.reason === 'daily_cap').map((row) => [row.day, row.amount]),
      );
    expect((await caps()).sort()).to.deep.equal([
      ['2026-03-28', -50],
      ['2026-03-29', -50],
    ]);

    // A vote withdrawn from a day above the cap costs nothing: the day is still worth 200, and
    // the ledger says so (a -10 reversal, a +10 on the cap).
    await vote(clients[0]!, answers[0]!.id, 0);
    await worker.drained();
    expect(await reputationOf(author.id)).to.equal(401);
    expect((await caps()).at(-1)).to.deep.equal(['2026-03-28', 10]);
  });

  it('allows 30 upvotes and 10 downvotes a day per voter, then answers 429 in French until midnight', async function () {
    this.timeout(60_000);
    const answers: Answer[] = [];
    for (let i = 0; i < 31; i += 1) answers.push(await buildAnswer());
    const [voter] = await buildVoters(1, 100);
    for (let i = 0; i < 30; i += 1) await vote(voter!, answers[i]!.id, 1);
    const refused = await voter!.post(`/api/answers/${answers[30]!.id}/vote`, { value: 1 });
    expect(refused.status).to.equal(429);
    expect(refused.body.error.code).to.equal('rate_limited');
    expect(refused.body.error.message).to.contain('30 votes positifs par jour');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).to.be.within(1, 25 * 3600);
    // Withdrawing stays possible, and turning an upvote into a downvote uses a downvote.
    await vote(voter!, answers[0]!.id, 0);
    for (let i = 1; i <= 10; i += 1) await vote(voter!, answers[i]!.id, -1);
    const tooMany = await voter!.post(`/api/answers/${answers[11]!.id}/vote`, { value: -1 });
    expect(tooMany.status).to.equal(429);
    expect(tooMany.body.error.message).to.contain('10 votes négatifs par jour');
    const page = await voter!.get(`/api/questions/${answers[11]!.questionId}`);
    expect(page.body.answers[0].viewerVote).to.equal(1);
  });

  it('reverses serial voting (more than 5 votes from one voter on one author in a day) with a reason', async function () {
    this.timeout(60_000);
    const { sequelize } = testEnv().ctx;
    const author = await buildUser();
    const answers: Answer[] = [];
    for (let i = 0; i < 6; i += 1) answers.push(await buildAnswer({ author }));
    const [fan, fair] = await buildVoters(2, 1);
    for (const answer of answers) await vote(fan!, answer.id);
    for (const answer of answers.slice(0, 5)) await vote(fair!, answer.id);
    worker = await startReputationWorker();
    await worker.drained();
    expect(await reputationOf(author.id)).to.equal(111);

    // The scheduled job, run now through the queue as the scheduler runs it.
    const job = await testEnv().ctx.queues.reputation.add('reputation.detectSerialVoting', {});
    await waitForCompletion(job.id!);
    await worker.drained();
    expect(await reputationOf(author.id)).to.equal(51);
    const reversed = (await ledgerOf(author.id)).filter((row) => row.reversal === 'serial_voting');
    expect(reversed).to.have.length(6);
    expect(reversed.every((row) => row.amount === -10)).to.equal(true);
    // The votes still count in the scores.
    const [scores] = await sequelize.query<{ total: number }>(
      `SELECT sum(score)::int AS total FROM answers WHERE author_id = :authorId`,
      { replacements: { authorId: author.id }, type: QueryTypes.SELECT },
    );
    expect(scores!.total).to.equal(11);
    // Running it again finds nothing new.
    const again = await testEnv().ctx.queues.reputation.add('reputation.detectSerialVoting', {});
    expect(await waitForCompletion(again.id!)).to.deep.equal({ voided: 0 });
  });
});

async function waitForCompletion(jobId: string): Promise<unknown> {
  const queue = testEnv().ctx.queues.reputation;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const job = await queue.getJob(jobId);
    if (job && (await job.isCompleted())) return job.returnvalue;
    if (job && (await job.isFailed())) throw new Error(`job ${jobId} failed: ${job.failedReason}`);
    if (Date.now() > deadline) throw new Error(`job ${jobId} not completed within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import type { Answer, Question, User } from '../../db/models';
import { answerAccepter } from '../../server/commands/answerAccepter';
import { voteCaster } from '../../server/commands/voteCaster';
import { AppError } from '../../server/errors';
import { rebuildReputation, reputationFromState } from '../../server/reputation/rebuild';
import { applyOutboxEntry } from '../../workers/reputation/processor';
import { seedDemo } from '../../db/seeders/demo';
import { buildAnswer, buildQuestion, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';
import {
  ledgerOf,
  outboxSize,
  reputationDeps,
  reputationOf,
  startReputationWorker,
  type RunningReputationWorker,
} from '../support/reputation';

/** A small deterministic generator: a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

async function voteOutboxIds(): Promise<string[]> {
  const rows = await testEnv().ctx.sequelize.query<{ id: string }>(
    `SELECT id FROM reputation_outbox WHERE subject LIKE 'vote:%' ORDER BY id`,
    { type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.id);
}

/** Sorted [userId, earned] pairs: what compares two sets of totals. */
const sorted = (totals: Map<number, number>) => [...totals].sort(([a], [b]) => a - b);

async function totals(): Promise<{ cached: Map<number, number>; ledger: Map<number, number> }> {
  const { sequelize } = testEnv().ctx;
  const cached = await sequelize.query<{ id: number; earned: number }>(
    'SELECT id, reputation_earned AS earned FROM users WHERE reputation_earned <> 0',
    { type: QueryTypes.SELECT },
  );
  const ledger = await sequelize.query<{ id: number; earned: number }>(
    `SELECT user_id AS id, sum(amount)::int AS earned FROM reputation_events GROUP BY user_id HAVING sum(amount) <> 0`,
    { type: QueryTypes.SELECT },
  );
  const toMap = (rows: { id: number; earned: number }[]) => new Map(rows.map((row) => [row.id, row.earned]));
  return { cached: toMap(cached), ledger: toMap(ledger) };
}

describe('reputation consistency', () => {
  let worker: RunningReputationWorker | undefined;
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  it('applies a job once, however many times it runs or is enqueued', async () => {
    const author = await buildUser();
    const answer = await buildAnswer({ author });
    const voter = await clientFor(await buildUser());
    await voter.post(`/api/answers/${answer.id}/vote`, { value: 1 });
    const [outboxId] = await voteOutboxIds();

    const deps = reputationDeps();
    const first = await applyOutboxEntry(deps, outboxId!);
    expect(first).to.include({ subject: `vote:${(await voteIds())[0]}` });
    // The same job again (BullMQ delivers at least once), and a duplicate enqueued by the reconciler.
    expect(await applyOutboxEntry(deps, outboxId!)).to.equal(null);
    await testEnv().ctx.queues.applyReputation([outboxId!]);
    worker = await startReputationWorker();
    await worker.drained();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await reputationOf(author.id)).to.equal(11);
    expect(await ledgerOf(author.id)).to.have.length(1);
  });

  it('a job that crashes half-way leaves nothing behind, and its retry applies it exactly once', async function () {
    this.timeout(30_000);
    const { sequelize } = testEnv().ctx;
    const author = await buildUser();
    const answer = await buildAnswer({ author });
    worker = await startReputationWorker();
    await worker.drained();
    // Notifications are written after the ledger rows, in the same transaction: refusing them
    // makes every attempt fail half-way, as a crash would.
    await sequelize.query(`ALTER TABLE notifications ADD CONSTRAINT test_crash CHECK (false) NOT VALID`);
    try {
      const failed = new Promise<void>((resolve) => worker!.worker.once('failed', () => resolve()));
      await (await clientFor(await buildUser())).post(`/api/answers/${answer.id}/vote`, { value: 1 });
      await failed;
      expect(await ledgerOf(author.id)).to.deep.equal([]);
      expect(await reputationOf(author.id)).to.equal(1);
      expect(await outboxSize()).to.equal(1);
    } finally {
      await sequelize.query(`ALTER TABLE notifications DROP CONSTRAINT test_crash`);
    }
    // BullMQ retries it (attempts with backoff): now it goes through, once.
    await worker.drained(15_000);
    expect(await reputationOf(author.id)).to.equal(11);
    expect(await ledgerOf(author.id)).to.have.length(1);
  });

  it('re-enqueues from PostgreSQL what Redis lost', async () => {
    const { ctx } = testEnv();
    const author = await buildUser();
    const answer = await buildAnswer({ author });
    await (await clientFor(await buildUser())).post(`/api/answers/${answer.id}/vote`, { value: 1 });
    // Redis keeps nothing on disk: a restart loses every queued job.
    await ctx.redis.flushdb();
    await ctx.sequelize.query(`UPDATE reputation_outbox SET created_at = now() - interval '1 minute'`);
    worker = await startReputationWorker();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await reputationOf(author.id)).to.equal(1);
    await ctx.queues.reputation.add('reputation.reconcile', {});
    await worker.drained();
    expect(await reputationOf(author.id)).to.equal(11);
  });

  it('ends with the totals the rebuild computes from the state, after 500 random votes, withdrawals and accepts', async function () {
    this.timeout(120_000);
    const { ctx } = testEnv();
    // A low cap, so that random days hit it; lifted daily limits, so that no vote is refused.
    const rules = { ...ctx.config.reputation, dailyVoteCap: 40, dailyUpvotes: 1000, dailyDownvotes: 1000 };
    const saved = ctx.config.reputation;
    ctx.config.reputation = rules;
    try {
      const users: User[] = [];
      for (let i = 0; i < 8; i += 1) users.push(await buildUser());
      // Downvoting needs 50 points: half the users start with them, outside the ledger.
      await ctx.sequelize.query(`UPDATE users SET reputation = 60 WHERE id IN (:ids)`, {
        replacements: { ids: users.slice(0, 4).map((user) => user.id) },
      });
      const questions: Question[] = [];
      const answers: Answer[] = [];
      for (let i = 0; i < 6; i += 1) {
        const question = await buildQuestion({ author: users[i % 8]!, anonymous: i === 5 });
        questions.push(question);
        for (let j = 0; j < 3; j += 1) {
          answers.push(await buildAnswer({ question, author: users[(i + j + 1) % 8]!, anonymous: j === 2 && i === 0 }));
        }
      }
      const next = random(20261126);
      const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
      let applied = 0;
      // Ten days of 50 changes. A day's votes are dated while the worker is stopped, before it
      // applies them, as if they had been cast that day; later days withdraw or change earlier
      // days' votes.
      for (let day = 9; day >= 0; day -= 1) {
        for (let op = 0; op < 50; op += 1) {
          const roll = next();
          try {
            if (roll < 0.1) {
              const answer = pick(answers);
              const question = questions.find((q) => q.id === answer.questionId)!;
              const asker = users.find((user) => user.id === question.authorId)!;
              await answerAccepter(ctx, asker, answer.id);
            } else {
              const voter = await pick(users).reload();
              const onAnswer = roll < 0.7;
              const target = onAnswer ? pick(answers) : pick(questions);
              await voteCaster(ctx, {
                voter,
                targetType: onAnswer ? 'answer' : 'question',
                targetId: target.id,
                value: pick([1, 1, 1, -1, 0] as const),
              });
            }
            applied += 1;
          } catch (error) {
            // Own posts and missing privileges are refused, as they would be through the API.
            if (!(error instanceof AppError) || error.status !== 403) throw error;
          }
        }
        await ctx.sequelize.query(
          `UPDATE votes SET created_at = created_at - make_interval(days => :day)
           WHERE created_at > now() - interval '1 hour'`,
          { replacements: { day } },
        );
        worker = await startReputationWorker({ rules, concurrency: 4 });
        await worker.drained(60_000);
        await worker.close();
        worker = undefined;
      }
      expect(applied).to.be.greaterThan(300);

      const { cached, ledger } = await totals();
      expect(sorted(ledger)).to.deep.equal(sorted(cached));
      expect(sorted(await reputationFromState(ctx.sequelize, rules))).to.deep.equal(sorted(cached));
      const capped = await ctx.sequelize.query(`SELECT 1 FROM reputation_events WHERE reason = 'daily_cap' LIMIT 1`, {
        type: QueryTypes.SELECT,
      });
      expect(capped, 'the sequence should reach the daily cap').to.have.length(1);

      const report = await rebuildReputation(ctx.sequelize, rules);
      // Only the head starts given outside the ledger differ.
      expect(report.ledgerDiffers).to.equal(0);
      expect(report.pendingWork).to.equal(0);
      const after = await totals();
      expect(sorted(after.cached)).to.deep.equal(sorted(cached));
    } finally {
      ctx.config.reputation = saved;
    }
  });
});

describe('reputation of the demo data', () => {
  it('is built by the worker from what the seed records, and equals the rebuild', async function () {
    this.timeout(60_000);
    const { ctx } = testEnv();
    await seedDemo(ctx.sequelize);
    expect(await outboxSize()).to.be.greaterThan(150);
    const worker = await startReputationWorker();
    try {
      // As when the workers start: everything recorded is enqueued.
      await ctx.queues.reputation.add('reputation.reconcile', { all: true });
      await worker.drained(60_000);
    } finally {
      await worker.close();
    }
    const { cached, ledger } = await totals();
    expect(cached.size).to.be.greaterThan(10);
    expect(sorted(ledger)).to.deep.equal(sorted(cached));
    expect(sorted(await reputationFromState(ctx.sequelize, ctx.config.reputation))).to.deep.equal(sorted(cached));
  });
});

async function voteIds(): Promise<number[]> {
  const rows = await testEnv().ctx.sequelize.query<{ id: number }>('SELECT id FROM votes ORDER BY id', {
    type: QueryTypes.SELECT,
  });
  return rows.map((row) => row.id);
}

import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { testEnv } from '../support/hooks';
import { seedDemo } from '../../db/seeders/demo';
import { TestClient } from '../support/client';

interface Counts {
  tags: number;
  users: number;
  questions: number;
  answers: number;
  votes: number;
}

async function counts(): Promise<Counts> {
  const [row] = await testEnv().ctx.sequelize.query<Counts>(
    `SELECT (SELECT count(*) FROM tags) AS tags, (SELECT count(*) FROM users) AS users,
            (SELECT count(*) FROM questions) AS questions, (SELECT count(*) FROM answers) AS answers,
            (SELECT count(*) FROM votes) AS votes`,
    { type: QueryTypes.SELECT },
  );
  return row!;
}

describe('French demo data', function () {
  this.timeout(60_000);

  it('loads about twelve themes and at least 150 questions with answers and votes, once', async () => {
    await seedDemo(testEnv().ctx.sequelize);
    const first = await counts();
    expect(first.tags).to.be.within(10, 14);
    expect(first.questions).to.be.at.least(150);
    expect(first.answers).to.be.greaterThan(first.questions);
    expect(first.votes).to.be.greaterThan(0);

    await seedDemo(testEnv().ctx.sequelize);
    expect(await counts()).to.deep.equal(first);

    // Scores and answer counts agree with the rows behind them.
    const [mismatch] = await testEnv().ctx.sequelize.query<{ n: number }>(
      `SELECT count(*) AS n FROM questions q
       WHERE q.score <> (SELECT coalesce(sum(value), 0) FROM votes WHERE target_type = 'question' AND target_id = q.id)
          OR q.answer_count <> (SELECT count(*) FROM answers a WHERE a.question_id = q.id AND a.status = 'published')`,
      { type: QueryTypes.SELECT },
    );
    expect(mismatch!.n).to.equal(0);

    const list = await new TestClient().get('/api/questions?sort=unanswered');
    expect(list.body.items.length).to.be.greaterThan(0);
  });
});

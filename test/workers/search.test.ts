import { expect } from 'chai';
import { QueueEvents, Worker } from 'bullmq';
import { QueryTypes } from 'sequelize';
import { testEnv } from '../support/hooks';
import { buildQuestion } from '../support/factories';
import { TestClient } from '../support/client';
import { QUEUE_NAMES } from '../../server/contracts/jobs';
import { bullConnection } from '../../server/queues';
import { searchProcessor } from '../../workers/search/processor';
import { indexQuestionWords, rebuildLexicon } from '../../workers/search/lexicon';

async function lexicon(): Promise<string[]> {
  const rows = await testEnv().ctx.sequelize.query<{ term: string }>('SELECT term FROM search_terms ORDER BY term', {
    type: QueryTypes.SELECT,
  });
  return rows.map((row) => row.term);
}

describe('search worker', () => {
  it('indexes a new question through a real BullMQ worker, so a misspelt search finds it', async () => {
    const { ctx } = testEnv();
    const connection = bullConnection(ctx.config.redisUrl);
    const worker = new Worker(QUEUE_NAMES.search, searchProcessor(ctx.sequelize), { connection });
    const events = new QueueEvents(QUEUE_NAMES.search, { connection: bullConnection(ctx.config.redisUrl) });
    try {
      await events.waitUntilReady();
      const completed = new Promise<string>((resolve) => events.once('completed', ({ jobId }) => resolve(jobId)));
      // Creating a question enqueues search.index after its commit.
      const question = await buildQuestion({
        title: 'Subvention régionale pour la numérisation de mon atelier',
        body: 'Existe-t-il une subvention régionale pour acheter une machine numérique ?',
      });
      await completed;
      expect(await lexicon()).to.include.members(['subvention', 'regionale', 'numerisation', 'atelier']);

      const found = await new TestClient().get('/api/search?q=subvantion%20regionnale');
      expect(found.status).to.equal(200);
      expect(found.body.items.map((item: { id: number }) => item.id)).to.deep.equal([question.id]);
      expect(found.body.corrections).to.deep.equal({ subvantion: 'subvention', regionnale: 'regionale' });
    } finally {
      await worker.close();
      await events.close();
      connection.disconnect();
    }
  });

  it('adds nothing twice, and the rebuild covers questions whose job was lost', async () => {
    const { sequelize } = testEnv().ctx;
    const question = await buildQuestion({ body: 'Le recouvrement des factures impayées devient urgent pour nous.' });
    expect(await indexQuestionWords(sequelize, question.id)).to.be.greaterThan(0);
    const once = await lexicon();
    expect(await indexQuestionWords(sequelize, question.id)).to.equal(0);
    expect(await lexicon()).to.deep.equal(once);

    await sequelize.query('TRUNCATE search_terms');
    await rebuildLexicon(sequelize);
    expect(await lexicon()).to.deep.equal(once);
  });

  it('keeps unpublished questions out of the lexicon', async () => {
    const { sequelize } = testEnv().ctx;
    const question = await buildQuestion({ body: 'Un mot introuvable ailleurs : zygomorphique, pour le test.' });
    await sequelize.query(`UPDATE questions SET status = 'hidden' WHERE id = :id`, {
      replacements: { id: question.id },
    });
    await rebuildLexicon(sequelize);
    expect(await lexicon()).not.to.include('zygomorphique');
  });
});

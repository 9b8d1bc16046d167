import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { Worker } from 'bullmq';
import { Question, type User } from '../../db/models';
import { QUEUE_NAMES } from '../../server/contracts/jobs';
import { bullConnection } from '../../server/queues';
import { rebuildLexicon } from '../../workers/search/lexicon';
import { searchProcessor } from '../../workers/search/processor';
import { TestClient } from '../support/client';
import { buildQuestion, buildTag, buildUser, clientFor } from '../support/factories';
import { testEnv } from '../support/hooks';

interface Corpus {
  licenciement: Question;
  embauche: Question;
  tresorerieTitle: Question;
  tresorerieBody: Question;
  tva: Question;
}

/** Realistic questions of business owners, each on its own subject. */
async function buildCorpus(author?: User): Promise<Corpus> {
  await buildTag('droit-du-travail', 'Droit du travail');
  await buildTag('fiscalite', 'Fiscalité');
  await buildTag('tresorerie-financement', 'Trésorerie et financement');
  const by = author ?? (await buildUser());
  return {
    licenciement: await buildQuestion({
      author: by,
      title: 'Licenciement économique dans une PME de 15 salariés : quelles étapes ?',
      body: 'Notre chiffre d’affaires a baissé de 40 % et nous devons supprimer deux postes. Quelle procédure suivre ?',
      tags: ['droit-du-travail'],
    }),
    embauche: await buildQuestion({
      author: by,
      title: 'Aides à l’embauche d’un premier salarié en CDI',
      body: 'Je suis artisan et je voudrais recruter un apprenti ou un salarié. Quelles aides de l’État existent ?',
      tags: ['droit-du-travail'],
    }),
    tresorerieTitle: await buildQuestion({
      author: by,
      title: 'Tensions de trésorerie : comment négocier avec la banque ?',
      body: 'Nos clients paient à 60 jours et le découvert autorisé ne suffit plus. Faut-il demander un prêt ?',
      tags: ['tresorerie-financement'],
    }),
    tresorerieBody: await buildQuestion({
      author: by,
      title: 'Délais de paiement de nos clients de la grande distribution',
      body: 'Ces retards de paiement mettent notre trésorerie en difficulté chaque fin de trimestre.',
      tags: ['fiscalite'],
    }),
    tva: await buildQuestion({
      author: by,
      title: 'Taux de TVA applicable à la rénovation d’un local commercial',
      body: 'Le plombier nous facture 20 % mais un confrère parle de 10 %. Qui a raison pour des travaux de rénovation ?',
      tags: ['fiscalite'],
    }),
  };
}

async function search(q: string, extra = ''): Promise<any> {
  const response = await new TestClient().get(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  expect(response.status, `${q}: ${response.text}`).to.equal(200);
  return response.body;
}

const idsOf = (body: { items: { id: number }[] }) => body.items.map((item) => item.id);

describe('search', () => {
  describe('GET /api/search', () => {
    it('ignores accents and finds “licenciement economique”', async () => {
      const corpus = await buildCorpus();
      const body = await search('licenciement economique');
      expect(idsOf(body)).to.deep.equal([corpus.licenciement.id]);
      const [item] = body.items;
      expect(item).to.include({ title: corpus.licenciement.title, status: 'published', anonymous: false });
      expect(item.tags).to.deep.equal(['droit-du-travail']);
      expect(item.highlight).to.contain('<mark>');
      expect(body.nextCursor).to.equal(null);
    });

    it('stems French words: “embaucher” finds “embauche”', async () => {
      const corpus = await buildCorpus();
      const body = await search('embaucher');
      expect(idsOf(body)).to.deep.equal([corpus.embauche.id]);
      expect(body.items[0].highlight).to.match(/<mark>embauche<\/mark>/i);
    });

    it('tolerates typos once the lexicon is built: “tresorie”, “trezorerie”, “tresorrerie”', async () => {
      const corpus = await buildCorpus();
      await rebuildLexicon(testEnv().ctx.sequelize);
      const expected = [corpus.tresorerieTitle.id, corpus.tresorerieBody.id];
      for (const q of ['tresorie', 'trezorerie', 'tresorrerie', 'Trézorerie banque']) {
        const body = await search(q);
        const ids = idsOf(body);
        if (q.includes('banque')) expect(ids, q).to.deep.equal([corpus.tresorerieTitle.id]);
        else expect(ids, q).to.have.members(expected);
      }
      expect((await search('trezorerie')).corrections).to.deep.equal({ trezorerie: 'tresorerie' });
    });

    it('tolerates typos in words indexed by the search worker’s job', async function () {
      this.timeout(30_000);
      const { ctx } = testEnv();
      const corpus = await buildCorpus();
      const connection = bullConnection(ctx.config.redisUrl);
      const worker = new Worker(QUEUE_NAMES.search, searchProcessor(ctx.sequelize), { connection });
      try {
        // The jobs were enqueued by questionCreator after each commit; wait until the worker ran them.
        for (let i = 0; i < 200; i += 1) {
          const [row] = await ctx.sequelize.query<{ known: boolean }>(
            `SELECT EXISTS (SELECT 1 FROM search_terms WHERE term = 'tresorerie')
                AND EXISTS (SELECT 1 FROM search_terms WHERE term = 'renovation') AS known`,
            { type: QueryTypes.SELECT },
          );
          if (row?.known) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await worker.close();
        connection.disconnect();
      }
      expect(idsOf(await search('trezorerie'))).to.have.members([corpus.tresorerieTitle.id, corpus.tresorerieBody.id]);
      expect(idsOf(await search('renovasion'))).to.deep.equal([corpus.tva.id]);
    });

    it('ranks a title match before a body-only match', async () => {
      const corpus = await buildCorpus();
      const body = await search('trésorerie');
      expect(idsOf(body)).to.deep.equal([corpus.tresorerieTitle.id, corpus.tresorerieBody.id]);

      // Also when the body-only match is older and the title match newer.
      const author = await buildUser();
      const bodyOnly = await buildQuestion({
        author,
        title: 'Relance des impayés : lettre recommandée ou injonction ?',
        body: 'Un client nous doit 12 000 euros ; faut-il passer par l’affacturage ou par une injonction de payer ?',
      });
      const inTitle = await buildQuestion({
        author,
        title: 'Affacturage ou escompte pour financer nos créances ?',
        body: 'Nous hésitons entre deux solutions proposées par notre banque pour financer le poste clients.',
      });
      await testEnv().ctx.sequelize.query(`UPDATE questions SET created_at = now() - interval '1 day' WHERE id = :id`, {
        replacements: { id: bodyOnly.id },
      });
      expect(idsOf(await search('affacturage'))).to.deep.equal([inTitle.id, bodyOnly.id]);
    });

    it('highlights matches with <mark> and escapes everything else', async () => {
      await buildTag('informatique', 'Informatique');
      const question = await buildQuestion({
        title: 'Facture électronique refusée : balise <script> dans le fichier',
        body: 'Si le montant > 100 €, notre logiciel ajoute <script>alert("x")</script> & des <b>balises</b>.',
        tags: ['informatique'],
      });
      const body = await search('facture');
      expect(idsOf(body)).to.deep.equal([question.id]);
      const { highlight } = body.items[0];
      expect(highlight).to.match(/<mark>Facture<\/mark>/);
      // The text the author wrote, escaped: neither dropped as a tag nor mangled.
      expect(highlight).to.contain('balise &lt;script&gt; dans le fichier');
      const inBody = (await search('logiciel')).items[0].highlight;
      expect(inBody, inBody).to.contain(
        'Si le montant &gt; 100 €, notre <mark>logiciel</mark> ajoute ' +
          '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; des &lt;b&gt;balises',
      );
      for (const html of [highlight, inBody]) {
        expect(html).to.not.contain('<script');
        expect(html).to.not.contain('<b>');
        // Once the <mark> tags are taken out, no markup is left at all.
        const rest = html.replace(/<\/?mark>/g, '');
        expect(rest).to.not.match(/[<>]/);
        expect(rest).to.not.match(/&(?!(amp|lt|gt|quot|#39);)/);
      }
    });

    it('filters by tag', async () => {
      const corpus = await buildCorpus();
      expect(idsOf(await search('trésorerie', '&tag=fiscalite'))).to.deep.equal([corpus.tresorerieBody.id]);
      expect(idsOf(await search('trésorerie', '&tag=tresorerie-financement'))).to.deep.equal([
        corpus.tresorerieTitle.id,
      ]);
      expect(idsOf(await search('trésorerie', '&tag=droit-du-travail'))).to.deep.equal([]);
      const unknown = await new TestClient().get('/api/search?q=tresorerie&tag=inconnu');
      expect(unknown.status).to.equal(404);
      expect(unknown.body.error.code).to.equal('not_found');
    });

    it('refuses an empty, blank or missing query (400)', async () => {
      await buildCorpus();
      for (const query of ['?q=', '?q=%20%20%20', '?q=%09%20', '', '?q=%21%3F%2E%2E', '?q=' + 'a'.repeat(201)]) {
        const response = await new TestClient().get(`/api/search${query}`);
        expect(response.status, query).to.equal(400);
        expect(response.body.error.code).to.equal('validation_failed');
        expect(response.body.error.message).to.be.a('string').and.not.empty;
      }
    });

    it('never returns pending, hidden or deleted questions', async () => {
      const author = await buildUser();
      const corpus = await buildCorpus(author);
      const hidden = await buildQuestion({
        title: 'Trésorerie : affacturage inversé pour nos fournisseurs ?',
        body: 'Question que les modérateurs ont masquée, elle ne doit plus sortir en recherche.',
      });
      const pending = await buildQuestion({
        title: 'Trésorerie saisonnière : prêt relais ou découvert ?',
        body: 'Question en attente de vérification, elle ne doit pas sortir en recherche.',
      });
      await Question.update({ status: 'hidden' }, { where: { id: hidden.id } });
      await Question.update({ status: 'pending' }, { where: { id: pending.id } });
      const authorClient = await clientFor(author);
      expect((await authorClient.delete(`/api/questions/${corpus.tresorerieTitle.id}`)).status).to.equal(204);
      await rebuildLexicon(testEnv().ctx.sequelize);

      for (const q of ['trésorerie', 'tresorerie affacturage', 'saisonniere', 'trezorerie']) {
        const ids = idsOf(await search(q));
        expect(ids, q).to.not.include.members([hidden.id]);
        expect(ids, q).to.not.include(pending.id);
        expect(ids, q).to.not.include(corpus.tresorerieTitle.id);
      }
      expect(idsOf(await search('trésorerie'))).to.deep.equal([corpus.tresorerieBody.id]);
      // Even their author and moderators do not find them through the public search.
      expect(idsOf((await authorClient.get('/api/search?q=tresorerie')).body)).to.deep.equal([
        corpus.tresorerieBody.id,
      ]);
    });

    it('pages through results with a cursor', async () => {
      const author = await buildUser();
      const created: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        created.push(
          (
            await buildQuestion({
              author,
              title: `Prévoyance des salariés, contrat numéro ${i + 1}`,
              body: `Quelle prévoyance choisir pour une équipe de ${i + 3} personnes dans le bâtiment ?`,
            })
          ).id,
        );
      }
      const first = await search('prévoyance', '&limit=2');
      expect(first.items).to.have.length(2);
      expect(first.nextCursor).to.be.a('string');
      const second = await search('prévoyance', `&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`);
      const third = await search('prévoyance', `&limit=2&cursor=${encodeURIComponent(second.nextCursor)}`);
      expect(third.nextCursor).to.equal(null);
      expect([...idsOf(first), ...idsOf(second), ...idsOf(third)]).to.have.members(created);
    });
  });

  describe('query plans', () => {
    /** The SQL statements the app sends while `action` runs (replacements already inlined). */
    async function captureSql(action: () => Promise<unknown>): Promise<string[]> {
      const { sequelize } = testEnv().ctx;
      const captured: string[] = [];
      sequelize.addHook('afterQuery', 'captureSql', (_options, query) => {
        captured.push((query as unknown as { sql: string }).sql);
      });
      try {
        await action();
      } finally {
        sequelize.removeHook('afterQuery', 'captureSql');
      }
      return captured;
    }

    async function explain(sql: string): Promise<string> {
      const rows = await testEnv().ctx.sequelize.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, {
        type: QueryTypes.SELECT,
      });
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    }

    it('serves search and the newest list from their indexes, not a sequential scan', async function () {
      this.timeout(60_000);
      const { sequelize } = testEnv().ctx;
      await sequelize.query(`
        INSERT INTO questions (title, body, body_html, title_plain, status, created_at, last_activity_at)
        SELECT title, body, '<p>' || body || '</p>', lower(title), 'published',
               now() - make_interval(mins => i), now() - make_interval(mins => i)
        FROM (
          SELECT i,
            'Question ' || i || ' sur ' || (ARRAY['la paie', 'la TVA', 'les congés payés', 'le bail commercial',
              'la facturation', 'les assurances', 'le recrutement', 'la comptabilité'])[i % 8 + 1] AS title,
            'Bonjour, nous sommes une entreprise de ' || (i % 40 + 2) || ' salariés. '
              || CASE WHEN i % 100 = 0 THEN 'L’affacturage de nos créances clients est-il une bonne idée ? '
                 ELSE 'Comment gérer ce sujet au quotidien sans y passer nos soirées ? ' END
              || repeat('Nous avons déjà consulté notre expert-comptable et lu les fiches officielles. ', 6) AS body
          FROM generate_series(1, 2000) AS i
        ) generated`);
      // What autovacuum does on a live database: merge the GIN pending list, refresh statistics.
      await sequelize.query('VACUUM ANALYZE questions');

      const searchWhere = await explain(
        `SELECT id FROM questions WHERE search_vector @@ to_tsquery('fr_unaccent', '(affacturage:*)')
         AND status = 'published'`,
      );
      expect(searchWhere).to.contain('questions_search_idx');
      expect(searchWhere).to.match(/(Bitmap|Index) (Heap |Index )?Scan/);
      expect(searchWhere).to.not.match(/Seq Scan on questions/);

      const newestList = await explain(
        `SELECT * FROM questions q WHERE q.status = 'published' ORDER BY q.created_at DESC, q.id DESC LIMIT 21`,
      );
      expect(newestList).to.contain('Index Scan using questions_newest_idx');
      expect(newestList).to.not.match(/Seq Scan on questions/);

      // The very statements the routes run.
      const client = new TestClient();
      const searchSql = await captureSql(async () => {
        const response = await client.get('/api/search?q=affacturage');
        expect(response.body.items).to.have.length(20);
      });
      const searchStatement = searchSql.find((sql) => sql.includes('ts_headline'));
      expect(searchStatement, searchSql.join('\n')).to.be.a('string');
      const searchPlan = await explain(searchStatement!);
      expect(searchPlan).to.contain('questions_search_idx');
      expect(searchPlan).to.not.match(/Seq Scan on questions/);

      const listSql = await captureSql(async () => {
        const response = await client.get('/api/questions?sort=newest');
        expect(response.body.items).to.have.length(20);
      });
      const listStatement = listSql.find((sql) => /FROM questions q WHERE/.test(sql));
      expect(listStatement, listSql.join('\n')).to.be.a('string');
      const listPlan = await explain(listStatement!);
      expect(listPlan).to.contain('questions_newest_idx');
      expect(listPlan).to.not.match(/Seq Scan on questions/);
    });
  });

  describe('GET /api/questions/similar', () => {
    it('returns up to five questions with a similar title, and none of the unrelated ones', async () => {
      const author = await buildUser();
      const titles = [
        'Comment obtenir un prêt de trésorerie auprès de ma banque ?',
        'Obtenir un prêt de trésorerie quand la banque refuse',
        'Prêt de trésorerie : quelles garanties pour la banque ?',
        'Prêt de trésorerie Bpifrance ou prêt bancaire classique ?',
        'Durée d’un prêt de trésorerie pour une TPE',
        'Prêt de trésorerie refusé, quels recours ?',
        'Renouveler un prêt de trésorerie arrivé à échéance',
      ];
      const related: number[] = [];
      for (const title of titles) related.push((await buildQuestion({ author, title })).id);
      const unrelated = [
        await buildQuestion({ author, title: 'Taux de TVA sur la rénovation d’un local commercial' }),
        await buildQuestion({ author, title: 'Rupture conventionnelle d’un salarié en arrêt maladie' }),
      ];
      const response = await new TestClient().get(
        `/api/questions/similar?title=${encodeURIComponent('Prêt de trésorerie auprès de la banque')}`,
      );
      expect(response.status).to.equal(200);
      expect(response.body).to.be.an('array').with.length(5);
      for (const item of response.body) {
        expect(related).to.include(item.id);
        expect(item).to.include.keys('id', 'title', 'excerpt', 'tags', 'author', 'score', 'answerCount');
      }
      const ids = response.body.map((item: { id: number }) => item.id);
      for (const question of unrelated) expect(ids).to.not.include(question.id);
    });

    it('finds a question whatever the accents and case, and ignores unpublished ones', async () => {
      const author = await buildUser();
      const target = await buildQuestion({ author, title: 'Licenciement économique dans une petite entreprise' });
      const deleted = await buildQuestion({ author, title: 'Licenciement économique dans une petite société' });
      await Question.update({ status: 'deleted' }, { where: { id: deleted.id } });
      await buildQuestion({ author, title: 'Choisir un logiciel de facturation en ligne' });
      const response = await new TestClient().get(
        `/api/questions/similar?title=${encodeURIComponent('LICENCIEMENT ECONOMIQUE petite entreprise')}`,
      );
      expect(response.status).to.equal(200);
      expect(response.body.map((item: { id: number }) => item.id)).to.deep.equal([target.id]);
    });

    it('returns nothing for a title with nothing in common, or too short', async () => {
      await buildCorpus();
      for (const title of ['Assurance décennale du maçon', 'ab', '']) {
        const response = await new TestClient().get(`/api/questions/similar?title=${encodeURIComponent(title)}`);
        expect(response.status, title).to.equal(200);
        expect(response.body, title).to.deep.equal([]);
      }
    });
  });
});

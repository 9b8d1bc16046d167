import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { createApp } from '../../server/app';
import { TestClient } from '../support/client';
import { testEnv } from '../support/hooks';
import { moderated } from '../support/moderation';
import { buildQuestion, buildUser, clientFor } from '../support/factories';

describe('what the web client relies on', () => {
  it('every endpoint of the typed contract (server/contracts/endpoints.ts) is a route the server publishes', async () => {
    const source = readFileSync('server/contracts/endpoints.ts', 'utf8');
    const keys = [...source.matchAll(/^ {2}'(GET|POST|PATCH|PUT|DELETE) (\/api\/[^']*)'/gm)].map(([, m, p]) => ({
      method: (m ?? '').toLowerCase(),
      // OpenAPI writes path parameters as {id}.
      path: (p ?? '').replace(/:([a-zA-Z]+)/g, '{$1}'),
    }));
    expect(keys.length).to.be.greaterThan(30);
    const openapi = (await new TestClient().get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const missing = keys.filter(({ method, path }) => !openapi.paths[path]?.[method]);
    expect(missing, 'routes typed for the client but not served').to.deep.equal([]);
  });

  it('serves every page URL with the client, with the deployment’s brand on <html>', async () => {
    const ctx = testEnv().ctx;
    const state = await new TestClient().get('/questions/12');
    expect(state.status).to.equal(200);
    expect(state.text).to.contain('data-brand="etat"');
    expect(state.headers.get('cache-control')).to.equal('no-cache');

    const server = createServer(createApp({ ...ctx, config: { ...ctx.config, brand: 'neutre' } }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/mon-compte/donnees`);
      const html = await response.text();
      expect(html).to.contain('data-brand="neutre"');
      expect(html).not.to.contain('data-brand="etat"');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves the built client compressed, its hashed assets cached for good, a missing asset as a 404', async () => {
    const page = await fetch(`${testEnv().baseUrl}/`);
    const html = await page.text();
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'the built page names its script (npm run build)').to.be.a('string');
    const asset = await fetch(`${testEnv().baseUrl}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).to.equal(200);
    expect(asset.headers.get('content-encoding')).to.equal('gzip');
    expect(asset.headers.get('cache-control')).to.contain('immutable');
    expect(await asset.text()).to.match(/svelte|function/);
    const missing = await fetch(`${testEnv().baseUrl}/assets/index-absent.js`);
    expect(missing.status).to.equal(404);
    expect(missing.headers.get('content-type')).not.to.contain('text/html');
  });

  it('tells the author which posts are theirs, anonymous ones included, and why one is held; nobody else', async () => {
    const author = await buildUser({ pseudonym: 'auteur.discret' });
    const other = await buildUser();
    const question = await buildQuestion({ title: 'Comment déclarer un sinistre à mon assureur ?' });
    const mine = await clientFor(author);
    const held = await mine.post(`/api/questions/${question.id}/answers`, {
      body: 'Appelez-moi au 06 12 34 56 78, je vous explique tout.',
      anonymous: true,
    });
    expect(held.status).to.equal(201);
    expect(held.body.answer.viewerIsAuthor).to.equal(true);
    expect(held.body.answer.author).to.equal(null);
    await moderated();

    const authorView = (await mine.get(`/api/questions/${question.id}`)).body;
    const answer = authorView.answers.find((a: { id: number }) => a.id === held.body.answer.id);
    expect(answer.viewerIsAuthor).to.equal(true);
    expect(answer.status).to.equal('pending');
    expect(answer.moderationReasons.map((r: { check: string }) => r.check)).to.include('phone');
    expect(JSON.stringify(answer.moderationReasons)).not.to.contain('06 12 34 56 78');
    expect(authorView.question.viewerIsAuthor).to.equal(false);
    expect(authorView.question).not.to.have.property('moderationReasons');

    for (const reader of [await clientFor(other), new TestClient()]) {
      const page = (await reader.get(`/api/questions/${question.id}`)).body;
      expect(page.answers.map((a: { id: number }) => a.id)).not.to.include(held.body.answer.id);
      expect(page.question.viewerIsAuthor).to.equal(false);
    }

    const published = await mine.post(`/api/questions/${question.id}/answers`, {
      body: 'Déclarez-le dans les cinq jours ouvrés, par lettre recommandée de préférence.',
      anonymous: true,
    });
    await moderated();
    const otherView = (await (await clientFor(other)).get(`/api/questions/${question.id}`)).body;
    const seen = otherView.answers.find((a: { id: number }) => a.id === published.body.answer.id);
    expect(seen).to.include({ viewerIsAuthor: false, author: null, status: 'published' });
    expect(seen).not.to.have.property('moderationReasons');
    const ownView = (await mine.get(`/api/questions/${question.id}`)).body;
    expect(ownView.answers.find((a: { id: number }) => a.id === published.body.answer.id).viewerIsAuthor).to.equal(
      true,
    );
  });
});

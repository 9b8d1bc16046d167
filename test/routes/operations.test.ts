import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { expect } from 'chai';
import { Redis } from 'ioredis';
import { Sequelize } from 'sequelize';
import { createApp } from '../../server/app';
import { TestClient } from '../support/client';
import { buildQuestion } from '../support/factories';
import { testEnv } from '../support/hooks';

describe('operations', () => {
  it('GET /healthz answers 200 while the process is up', async () => {
    const response = await new TestClient().get('/healthz');
    expect(response.status).to.equal(200);
    expect(response.body).to.deep.equal({ status: 'ok' });
  });

  it('GET /readyz answers 200 with PostgreSQL, Redis and the queues reachable', async () => {
    const response = await new TestClient().get('/readyz');
    expect(response.status).to.equal(200);
    expect(response.body).to.deep.equal({ status: 'ok', checks: { postgres: 'ok', redis: 'ok', queues: 'ok' } });
  });

  it('GET /readyz answers 503 and names what is down when PostgreSQL and Redis are unreachable', async () => {
    const main = testEnv().ctx;
    // Nothing listens on port 1: both connections fail at once.
    const sequelize = new Sequelize('postgres://postgres@127.0.0.1:1/entraide_t2_test', {
      dialect: 'postgres',
      logging: false,
    });
    const redis = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => undefined);
    const server = createServer(createApp({ ...main, sequelize, redis }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await new TestClient(baseUrl).get('/readyz');
      expect(response.status).to.equal(503);
      expect(response.body.status).to.equal('unavailable');
      expect(response.body.checks.queues).to.equal('ok');
      expect(response.body.checks.postgres).to.be.a('string').and.not.equal('ok');
      expect(response.body.checks.redis).to.be.a('string').and.not.equal('ok');
      // /healthz only says the process is up.
      expect((await new TestClient(baseUrl).get('/healthz')).status).to.equal(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      redis.disconnect();
      await sequelize.close();
    }
  });

  it('GET /metrics serves Prometheus text with request durations labelled by route, not by URL', async () => {
    const question = await buildQuestion();
    const client = new TestClient();
    expect((await client.get(`/api/questions/${question.id}`)).status).to.equal(200);
    expect((await client.get('/api/questions/987654')).status).to.equal(404);

    const response = await client.get('/metrics');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^text\/plain/);
    expect(response.text).to.contain('# TYPE http_request_duration_seconds histogram');
    expect(response.text).to.match(
      /^http_request_duration_seconds_bucket\{le="[^"]+",method="GET",route="\/api\/questions\/:id",status="200"\} [1-9]/m,
    );
    expect(response.text).to.match(
      /^http_request_duration_seconds_count\{method="GET",route="\/api\/questions\/:id",status="404"\} [1-9]/m,
    );
    // One series per route, never one per question.
    expect(response.text).to.not.contain(`route="/api/questions/${question.id}"`);
    expect(response.text).to.not.contain('987654');
    // Node's own metrics come along.
    expect(response.text).to.match(/^process_cpu_user_seconds_total \d/m);
    expect(response.text).to.match(/^nodejs_heap_size_used_bytes \d/m);
  });

  describe('GET /api/openapi.json', () => {
    let document: any;

    before(async () => {
      const response = await new TestClient().get('/api/openapi.json');
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.match(/^application\/json/);
      document = response.body;
    });

    const bodySchema = (path: string, method: string) =>
      document.paths[path]?.[method]?.requestBody?.content?.['application/json']?.schema;

    it('is an OpenAPI 3 document listing the routes of the contract', () => {
      expect(document.openapi).to.match(/^3\./);
      expect(document.info.title).to.be.a('string').and.not.empty;
      const expected: Record<string, string[]> = {
        '/api/auth/session': ['get'],
        '/api/auth/register': ['post'],
        '/api/auth/login': ['post'],
        '/api/auth/logout': ['post'],
        '/api/questions': ['get', 'post'],
        '/api/questions/similar': ['get'],
        '/api/questions/{id}': ['get', 'patch', 'delete'],
        '/api/questions/{id}/revisions': ['get'],
        '/api/questions/{id}/answers': ['post'],
        '/api/questions/{id}/vote': ['post'],
        '/api/answers/{id}': ['patch', 'delete'],
        '/api/answers/{id}/accept': ['post'],
        '/api/answers/{id}/vote': ['post'],
        '/api/tags': ['get'],
        '/api/search': ['get'],
        '/api/flags': ['post'],
        '/api/users/{id}': ['get'],
        '/api/users/{id}/questions': ['get'],
        '/api/users/{id}/answers': ['get'],
      };
      for (const [path, methods] of Object.entries(expected)) {
        expect(document.paths, path).to.have.property(path);
        expect(Object.keys(document.paths[path]), path).to.include.members(methods);
      }
      // Express-style `:id` never leaks into the document.
      expect(Object.keys(document.paths).filter((path) => path.includes(':'))).to.deep.equal([]);
    });

    it('describes path parameters, query parameters and responses', () => {
      const vote = document.paths['/api/questions/{id}/vote'].post;
      expect(vote.parameters).to.deep.include({
        schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
        required: true,
        name: 'id',
        in: 'path',
      });
      expect(Object.keys(vote.responses)).to.include.members(['200', '400', '401', '403', '404']);
      const list = document.paths['/api/questions'].get;
      const sort = list.parameters.find((p: { name: string }) => p.name === 'sort');
      expect(sort).to.include({ in: 'query', required: false });
      expect(sort.schema.enum).to.have.members(['newest', 'active', 'unanswered', 'top']);
      const limit = list.parameters.find((p: { name: string }) => p.name === 'limit');
      expect(limit.schema).to.include({ minimum: 1, maximum: 100 });
      const search = document.paths['/api/search'].get;
      expect(search.parameters.find((p: { name: string }) => p.name === 'q')).to.include({ required: true });
    });

    it('gives the request body schemas, with the contract’s limits', () => {
      const question = bodySchema('/api/questions', 'post');
      expect(question.type).to.equal('object');
      expect(question.required).to.have.members(['title', 'body', 'tags']);
      expect(question.properties.title).to.include({ type: 'string', minLength: 15, maxLength: 150 });
      expect(question.properties.body).to.include({ type: 'string', minLength: 20, maxLength: 30000 });
      expect(question.properties.tags).to.include({ type: 'array', minItems: 1, maxItems: 5 });
      expect(question.properties.anonymous).to.include({ type: 'boolean', default: false });

      for (const path of ['/api/questions/{id}/vote', '/api/answers/{id}/vote']) {
        const vote = bodySchema(path, 'post');
        expect(vote.required, path).to.deep.equal(['value']);
        const values = (vote.properties.value.anyOf ?? [vote.properties.value]).flatMap(
          (s: { enum: number[] }) => s.enum,
        );
        expect(values, path).to.have.members([1, -1, 0]);
      }

      const answer = bodySchema('/api/questions/{id}/answers', 'post');
      expect(answer.required).to.deep.equal(['body']);
      expect(answer.properties.body).to.include({ minLength: 20, maxLength: 30000 });
      expect(bodySchema('/api/answers/{id}', 'patch').required).to.deep.equal(['body']);
      expect(Object.keys(bodySchema('/api/questions/{id}', 'patch').properties)).to.have.members([
        'title',
        'body',
        'tags',
      ]);

      const flag = bodySchema('/api/flags', 'post');
      expect(flag.required).to.have.members(['targetType', 'targetId', 'reason']);
      expect(flag.properties.targetType.enum).to.have.members(['question', 'answer']);
      expect(flag.properties.reason.enum).to.have.members(['spam', 'offensive', 'personal_data', 'off_topic', 'other']);
      expect(flag.properties.note).to.include({ maxLength: 500 });

      const register = bodySchema('/api/auth/register', 'post');
      expect(register.required).to.have.members(['email', 'password', 'pseudonym']);
      expect(register.properties.password).to.include({ minLength: 10 });
      expect(register.properties.pseudonym.pattern).to.be.a('string');
    });
  });
});

import type { Router } from 'express';
import type { AppContext } from '../context';
import { openApiDocument } from '../http/openapi';
import type { Metrics } from '../observability/metrics';

async function probe(name: string, check: () => Promise<unknown>): Promise<[string, string]> {
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('délai dépassé')), 2_000).unref()),
    ]);
    return [name, 'ok'];
  } catch (error) {
    return [name, error instanceof Error ? error.message : 'indisponible'];
  }
}

export function operationsRoutes(router: Router, ctx: AppContext, metrics: Metrics): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const checks = Object.fromEntries(
      await Promise.all([
        probe('postgres', () => ctx.sequelize.query('SELECT 1')),
        probe('redis', () => ctx.redis.ping()),
        probe('queues', () => Promise.all(ctx.queues.all().map((queue) => queue.getJobCounts('waiting')))),
      ]),
    );
    const ready = Object.values(checks).every((status) => status === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', checks });
  });

  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  router.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from './config';
import type { AppContext } from './context';
import { AppError, errorHandler } from './errors';
import { ApiRouter } from './http/route';
import { csrfProtection } from './middlewares/csrf';
import { sessionMiddleware } from './middlewares/session';
import { loadViewer } from './middlewares/viewer';
import { createMetrics } from './observability/metrics';
import { answerRoutes } from './routes/answers';
import { authRoutes } from './routes/auth';
import { catalogueRoutes } from './routes/catalogue';
import { expertRoutes } from './routes/experts';
import { meRoutes } from './routes/me';
import { moderationRoutes } from './routes/moderation';
import { operationsRoutes } from './routes/operations';
import { organisationRoutes } from './routes/organisations';
import { questionRoutes } from './routes/questions';
import { sessionRoutes } from './routes/sessions';
import { userRoutes } from './routes/users';
import { voteRoutes } from './routes/votes';

const clientDist =
  process.env.CLIENT_DIST_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client/dist');

/**
 * The client's page, with the deployment's brand set on <html>; read again only when the build
 * changes it. Null while the client is not built.
 */
function clientPageReader(indexFile: string, brand: Config['brand']): () => string | null {
  let cached: { mtimeMs: number; html: string } | null = null;
  return () => {
    if (!existsSync(indexFile)) return null;
    const { mtimeMs } = statSync(indexFile);
    if (cached?.mtimeMs !== mtimeMs) {
      const html = readFileSync(indexFile, 'utf8').replace('data-brand="etat"', `data-brand="${brand}"`);
      cached = { mtimeMs, html };
    }
    return cached.html;
  };
}

export function createApp(
  ctx: AppContext,
  session: RequestHandler = sessionMiddleware(ctx.config, ctx.redis),
): Express {
  const { config, logger } = ctx;
  const app = express();
  const metrics = createMetrics();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'upgrade-insecure-requests': config.publicOrigin.startsWith('https://') ? [] : null,
          'connect-src': ["'self'", config.publicOrigin.replace(/^http/, 'ws')],
        },
      },
    }),
  );
  app.use(metrics.middleware);
  // The client's JavaScript and CSS shrink to a fifth, JSON lists to a tenth: on a phone on a slow
  // network, that is most of the first render (bench/README.md, "Client benchmark").
  app.use(compression());
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));

  operationsRoutes(app, ctx, metrics);

  const api = new ApiRouter(ctx);
  authRoutes(api);
  questionRoutes(api);
  answerRoutes(api);
  voteRoutes(api);
  catalogueRoutes(api);
  userRoutes(api);
  meRoutes(api);
  moderationRoutes(api);
  expertRoutes(api);
  organisationRoutes(api);
  sessionRoutes(api);

  app.use('/api', express.json({ limit: '100kb', strict: true }), session, loadViewer, csrfProtection);
  app.use(api.router);
  app.use('/api', () => {
    throw new AppError(404, 'not_found', 'Cette adresse de l’API n’existe pas.');
  });

  // Vite names assets after their content: a new build never reuses a name, so they never change.
  // A missing one is a 404, never the page (a script answered with HTML breaks in confusing ways).
  app.use(
    '/assets',
    express.static(path.join(clientDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  // History API fallback: every other GET is a page of the single-page client.
  const clientPage = clientPageReader(path.join(clientDist, 'index.html'), config.brand);
  app.get(/^(?!\/api\/|\/socket\.io\/).*/, (_req, res) => {
    const html = clientPage();
    if (html !== null) return res.set('Cache-Control', 'no-cache').type('html').send(html);
    res
      .status(503)
      .type('text/plain; charset=utf-8')
      .send('Le client web n’est pas construit : lancez « npm run build ».');
  });

  app.use(errorHandler(logger));
  return app;
}

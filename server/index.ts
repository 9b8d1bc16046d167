import { createServer } from 'node:http';
import { loadConfig } from './config';
import { createApp } from './app';
import { createContext } from './bootstrap';
import { migrate } from '../db/migrator';
import { ensureServices, exitOnServiceError } from './infra/services';

async function main(): Promise<void> {
  const config = loadConfig();
  await ensureServices(config.databaseUrl, config.redisUrl);
  const ctx = createContext(config);
  await migrate(ctx.sequelize);
  const server = createServer(createApp(ctx));
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`\nLe port ${config.port} est déjà utilisé : arrêtez l’autre programme ou choisissez PORT=…\n`);
    } else {
      console.error('\nLe serveur HTTP n’a pas pu démarrer :', error.message);
    }
    process.exit(1);
  });
  server.listen(config.port, () => {
    ctx.logger.info(`Entraide Entreprises écoute sur http://localhost:${config.port}`);
  });

  let closing = false;
  // Stop accepting, let requests in flight finish (they still need the database), then close
  // the connections: a rolling restart must not fail anyone's post.
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    ctx.logger.info({ signal }, 'arrêt en cours');
    server.close(() => void ctx.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => {
      ctx.logger.warn('requêtes encore en cours après 10 s : arrêt forcé');
      process.exit(1);
    }, 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch(exitOnServiceError);

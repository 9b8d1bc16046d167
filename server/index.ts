import { loadConfig } from './config';
import { createContext } from './bootstrap';
import { migrate } from '../db/migrator';
import { ensureServices, exitOnServiceError } from './infra/services';
import { listen } from './listen';

async function main(): Promise<void> {
  const config = loadConfig();
  await ensureServices(config.databaseUrl, config.redisUrl);
  const ctx = createContext(config);
  await migrate(ctx.sequelize);
  const running = await listen(ctx, config.port).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`\nLe port ${config.port} est déjà utilisé : arrêtez l’autre programme ou choisissez PORT=…\n`);
    } else {
      console.error('\nLe serveur HTTP n’a pas pu démarrer :', error.message);
    }
    process.exit(1);
  });
  ctx.logger.info(`Entraide Entreprises écoute sur http://localhost:${running.port}`);

  let closing = false;
  // Stop accepting, let requests in flight finish (they still need the database), then close
  // the connections: a rolling restart must not fail anyone's post.
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    ctx.logger.info({ signal }, 'arrêt en cours');
    setTimeout(() => {
      ctx.logger.warn('requêtes encore en cours après 10 s : arrêt forcé');
      process.exit(1);
    }, 10_000).unref();
    void running
      .close()
      .then(() => ctx.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch(exitOnServiceError);

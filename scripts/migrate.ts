import { loadConfig } from '../server/config';
import { createSequelize } from '../db';
import { migrate } from '../db/migrator';
import { ensurePostgres, exitOnServiceError } from '../server/infra/services';

async function main(): Promise<void> {
  const config = loadConfig();
  await ensurePostgres(config.databaseUrl);
  const sequelize = createSequelize({ url: config.databaseUrl, poolMax: 2 });
  const applied = await migrate(sequelize);
  console.log(applied.length ? `Migrations appliquées : ${applied.join(', ')}` : 'Schéma déjà à jour.');
  await sequelize.close();
}

main().catch(exitOnServiceError);

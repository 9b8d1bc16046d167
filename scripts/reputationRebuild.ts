// npm run reputation:rebuild — recomputes every user's reputation from the votes and acceptances
// in PostgreSQL (the rules of server/reputation/rules.ts), and the per-theme totals from the ledger.
import { loadConfig } from '../server/config';
import { createSequelize } from '../db';
import { migrate } from '../db/migrator';
import { ensurePostgres, exitOnServiceError } from '../server/infra/services';
import { rebuildReputation } from '../server/reputation/rebuild';

async function main(): Promise<void> {
  const config = loadConfig();
  await ensurePostgres(config.databaseUrl);
  const sequelize = createSequelize({ url: config.databaseUrl, poolMax: 2 });
  try {
    await migrate(sequelize);
    const report = await rebuildReputation(sequelize, config.reputation);
    console.log(`Réputation recalculée pour ${report.users} comptes : ${report.corrected} total(s) corrigé(s).`);
    if (report.ledgerDiffers > 0) {
      console.log(
        `${report.ledgerDiffers} compte(s) dont l’historique diffère encore de l’état ` +
          `(${report.pendingWork} changement(s) en attente des workers : lancez-les avec npm run workers).`,
      );
    }
  } finally {
    await sequelize.close();
  }
}

main().catch(exitOnServiceError);

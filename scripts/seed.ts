import { loadConfig } from '../server/config';
import { createSequelize } from '../db';
import { migrate } from '../db/migrator';
import { seedDemo } from '../db/seeders/demo';
import { rebuildLexicon } from '../workers/search/lexicon';
import { ensurePostgres, exitOnServiceError } from '../server/infra/services';

export async function runSeed(databaseUrl: string): Promise<void> {
  await ensurePostgres(databaseUrl);
  const sequelize = createSequelize({ url: databaseUrl, poolMax: 2 });
  try {
    await migrate(sequelize);
    const report = await seedDemo(sequelize);
    await rebuildLexicon(sequelize);
    console.log(
      `Données de démonstration : ${report.tags} thèmes, ${report.organisations} organisations partenaires, ` +
        `${report.users} comptes, ${report.experts} experts vérifiés, ${report.questions} questions, ` +
        `${report.answers} réponses et ${report.votes} votes ajoutés (ce qui existait déjà est conservé).`,
    );
  } finally {
    await sequelize.close();
  }
}

if (process.argv[1]?.endsWith('seed.ts')) {
  runSeed(loadConfig().databaseUrl).catch(exitOnServiceError);
}

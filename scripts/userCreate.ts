import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../server/config';
import { createSequelize } from '../db';
import { migrate } from '../db/migrator';
import { userRegistrar } from '../server/commands/userRegistrar';
import { AppError } from '../server/errors';
import { email, password, pseudonym } from '../server/routes/schemas';
import { ensurePostgres, exitOnServiceError } from '../server/infra/services';

const usage = `Usage : npm run user:create -- --role admin|moderator|expert|member --email … --password … --pseudonym …`;

const argsSchema = z.object({
  role: z.enum(['member', 'expert', 'moderator', 'admin'], {
    error: 'Le rôle doit être member, expert, moderator ou admin.',
  }),
  email,
  password,
  pseudonym,
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'member' },
      email: { type: 'string' },
      password: { type: 'string' },
      pseudonym: { type: 'string' },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `✖ --${issue.path.join('.')} : ${issue.message}`).join('\n'));
    console.error(usage);
    process.exit(2);
  }
  const config = loadConfig();
  await ensurePostgres(config.databaseUrl);
  const sequelize = createSequelize({ url: config.databaseUrl, poolMax: 2 });
  try {
    await migrate(sequelize);
    const user = await userRegistrar(sequelize, parsed.data);
    console.log(`Compte créé : #${user.id} ${user.pseudonym} (${user.role}, ${user.email})`);
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`✖ ${error.message}`);
      process.exitCode = 1;
    } else throw error;
  } finally {
    await sequelize.close();
  }
}

main().catch(exitOnServiceError);

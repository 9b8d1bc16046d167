import { Umzug, SequelizeStorage, type MigrationFn } from 'umzug';
import type { Sequelize } from 'sequelize';
import * as core from './migrations/0001-core';
import * as scoreVersion from './migrations/0002-score-version';
import * as reputation from './migrations/0003-reputation';
import * as moderation from './migrations/0004-moderation';
import * as experts from './migrations/0005-experts';
import * as liveSessions from './migrations/0006-live-sessions';

export type Migration = MigrationFn<Sequelize>;

// Migrations are listed here rather than globbed so that the bundle of migrations is the same
// under tsx, in tests and in any build, and their order is explicit.
const migrations = [
  { name: '0001-core', module: core },
  { name: '0002-score-version', module: scoreVersion },
  { name: '0003-reputation', module: reputation },
  { name: '0004-moderation', module: moderation },
  { name: '0005-experts', module: experts },
  { name: '0006-live-sessions', module: liveSessions },
];

export function createMigrator(sequelize: Sequelize): Umzug<Sequelize> {
  return new Umzug({
    migrations: migrations.map(({ name, module }) => ({
      name,
      up: module.up,
      down: module.down,
    })),
    context: sequelize,
    storage: new SequelizeStorage({ sequelize, tableName: 'schema_migrations' }),
    logger: undefined,
  });
}

export async function migrate(sequelize: Sequelize): Promise<string[]> {
  // One migrator at a time: several server instances may start together.
  const lockKey = 724_301;
  await sequelize.query('SELECT pg_advisory_lock(:lockKey)', { replacements: { lockKey } });
  try {
    const applied = await createMigrator(sequelize).up();
    return applied.map((m) => m.name);
  } finally {
    await sequelize.query('SELECT pg_advisory_unlock(:lockKey)', { replacements: { lockKey } });
  }
}

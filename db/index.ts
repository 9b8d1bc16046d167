import { Sequelize } from 'sequelize';
import pg from 'pg';
import { initModels } from './models';

// Return bigint counts (COUNT(*)) as JS numbers: they never get near 2^53 here.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

export interface DbOptions {
  url: string;
  poolMax?: number;
  logging?: boolean;
}

export function createSequelize({ url, poolMax = 10, logging = false }: DbOptions): Sequelize {
  const sequelize = new Sequelize(url, {
    dialect: 'postgres',
    dialectModule: pg,
    logging: logging ? (sql) => console.log(sql) : false,
    pool: { max: poolMax, min: 0, idle: 10_000, acquire: 10_000 },
    define: { underscored: true },
    dialectOptions: { connectionTimeoutMillis: 5_000 },
  });
  initModels(sequelize);
  return sequelize;
}

export * from './models';

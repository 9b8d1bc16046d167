import type { Migration } from '../migrator';

// Every score change bumps its target's version in the same UPDATE, so that coalesced live
// updates can be ordered: a client keeps the highest version it has seen.
export const up: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE questions ADD COLUMN score_version integer NOT NULL DEFAULT 0;
    ALTER TABLE answers ADD COLUMN score_version integer NOT NULL DEFAULT 0;
  `);
};

export const down: Migration = async ({ context: sequelize }) => {
  await sequelize.query(`
    ALTER TABLE questions DROP COLUMN score_version;
    ALTER TABLE answers DROP COLUMN score_version;
  `);
};

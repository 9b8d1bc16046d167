import { QueryTypes } from 'sequelize';
import type { User } from '../../db/models';
import type { TestClient } from './client';
import { buildUser, clientFor } from './factories';
import { testEnv } from './hooks';

/** `count` members, each logged in with a client of their own; 50 of reputation may vote up and down. */
export async function buildVoters(count: number, reputation = 50): Promise<TestClient[]> {
  const users: User[] = [];
  for (let i = 0; i < count; i += 1) users.push(await buildUser({ reputation }));
  return Promise.all(users.map((user) => clientFor(user)));
}

/** A post's score and score version, as PostgreSQL holds them. */
export async function storedScore(
  table: 'questions' | 'answers',
  id: number,
): Promise<{ score: number; version: number }> {
  const [row] = await testEnv().ctx.sequelize.query<{ score: number; version: number }>(
    `SELECT score, score_version AS version FROM ${table} WHERE id = :id`,
    { replacements: { id }, type: QueryTypes.SELECT },
  );
  return row!;
}

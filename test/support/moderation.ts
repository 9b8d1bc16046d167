import { QueryTypes } from 'sequelize';
import { testEnv } from './hooks';

/** Posts still awaiting their automated checks. */
export async function postsAwaitingChecks(): Promise<{ targetType: 'question' | 'answer'; targetId: number }[]> {
  return testEnv().ctx.sequelize.query(
    `SELECT 'question' AS "targetType", id AS "targetId" FROM questions WHERE check_pending
     UNION ALL SELECT 'answer', id FROM answers WHERE check_pending ORDER BY 2`,
    { type: QueryTypes.SELECT },
  );
}

/**
 * Resolves once the moderation worker (running beside the test server) has checked every post
 * sent so far: what a test awaits after posting through the API, before reading what follows.
 */
export async function moderated(timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await postsAwaitingChecks()).length > 0) {
    if (Date.now() > deadline) throw new Error(`posts still awaiting their checks after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Runs `work` with the moderation worker stopped, as when the workers are down. */
export async function withModerationStopped<T>(work: () => Promise<T>): Promise<T> {
  const { moderation } = testEnv();
  await moderation.pause();
  try {
    return await work();
  } finally {
    moderation.resume();
  }
}

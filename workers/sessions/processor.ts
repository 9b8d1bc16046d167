import type { Job } from 'bullmq';
import type { SessionJobs } from '../../server/contracts/jobs';
import type { CommandContext } from '../../server/context';
import { openDueSessions } from '../../server/sessions/lifecycle';

export function sessionsProcessor(ctx: CommandContext) {
  return async (job: Job): Promise<unknown> => {
    switch (job.name as keyof SessionJobs) {
      case 'sessions.openQuestions':
        return { announced: await openDueSessions(ctx) };
      default:
        throw new Error(`unknown sessions job ${job.name}`);
    }
  };
}

import type { Job } from 'bullmq';
import type { Sequelize } from 'sequelize';
import type { SearchJobs } from '../../server/contracts/jobs';
import { indexQuestionWords, rebuildLexicon } from './lexicon';

export function searchProcessor(sequelize: Sequelize) {
  return async (job: Job): Promise<number> => {
    switch (job.name as keyof SearchJobs) {
      case 'search.index':
        return indexQuestionWords(sequelize, (job.data as SearchJobs['search.index']).questionId);
      case 'search.rebuild':
        return rebuildLexicon(sequelize);
      default:
        throw new Error(`tâche inconnue : ${job.name}`);
    }
  };
}

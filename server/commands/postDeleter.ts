import { Answer, Question, type User } from '../../db/models';
import { assertCanChange, assertVisible } from '../policies/posts';
import { syncAnswerCount } from './postStatus';
import type { CommandContext } from '../context';
import { recordReputationWork } from '../reputation/outbox';
import { answerChanged, inTransaction, questionChanged } from './effects';
import { resolveLiveCase } from '../sessions/queue';

// Deletion is a status: the text stays in the database (for moderation and the author's
// export) but is never shown to anyone but moderators again.

export async function questionDeleter(ctx: CommandContext, viewer: User, questionId: number): Promise<Question> {
  return inTransaction(ctx, async (transaction, after) => {
    const question = assertVisible(
      viewer,
      await Question.findByPk(questionId, { transaction, lock: transaction.LOCK.UPDATE }),
      'Question',
    );
    assertCanChange(viewer, question);
    if (question.status === 'deleted') assertVisible(null, null, 'Question');
    question.status = 'deleted';
    await question.save({ transaction });
    // Withdrawn from a session's queue by its asker: nothing is left for the moderators to decide.
    if (question.liveActive && question.liveState === 'pending') {
      await resolveLiveCase(ctx, transaction, after, questionId, 'reject', 'Question supprimée par son auteur.');
    }
    // Its votes and acceptance, and its answers', stop counting.
    await recordReputationWork(ctx, transaction, after, [`question:${questionId}`]);
    questionChanged(ctx, after, questionId);
    return question;
  });
}

export async function answerDeleter(ctx: CommandContext, viewer: User, answerId: number): Promise<Answer> {
  const { sequelize } = ctx;
  return inTransaction(ctx, async (transaction, after) => {
    const answer = assertVisible(
      viewer,
      await Answer.findByPk(answerId, { transaction, lock: transaction.LOCK.UPDATE }),
      'Réponse',
    );
    assertCanChange(viewer, answer);
    if (answer.status === 'deleted') assertVisible(null, null, 'Réponse');
    const previousStatus = answer.status;
    answer.status = 'deleted';
    await answer.save({ transaction });
    await syncAnswerCount(sequelize, answer.questionId, previousStatus, 'deleted', transaction);
    await sequelize.query(
      `UPDATE questions SET accepted_answer_id = NULL WHERE id = :questionId AND accepted_answer_id = :answerId`,
      { replacements: { questionId: answer.questionId, answerId }, transaction },
    );
    await recordReputationWork(ctx, transaction, after, [`answer:${answerId}`]);
    answerChanged(ctx, after, answer);
    return answer;
  });
}

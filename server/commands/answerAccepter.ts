import { Answer, Question, type User } from '../../db/models';
import { forbidden, notFound } from '../errors';
import { assertVisible } from '../policies/posts';
import type { CommandContext } from '../context';
import { recordReputationWork } from '../reputation/outbox';
import { answerAccepted, inTransaction } from './effects';

/** Accepts an answer, or un-accepts it when it is already the accepted one. */
export async function answerAccepter(
  ctx: CommandContext,
  viewer: User,
  answerId: number,
): Promise<{ question: Question; acceptedAnswerId: number | null }> {
  return inTransaction(ctx, async (transaction, after) => {
    const answer = await Answer.findByPk(answerId, { transaction });
    if (!answer || answer.status !== 'published') throw notFound('Réponse introuvable.');
    // Locking the question serialises two accepts on the same question.
    const question = assertVisible(
      viewer,
      await Question.findByPk(answer.questionId, { transaction, lock: transaction.LOCK.UPDATE }),
      'Question',
    );
    if (question.authorId !== viewer.id) {
      throw forbidden('Seul l’auteur de la question peut accepter une réponse.', 'not_question_author');
    }
    question.acceptedAnswerId = question.acceptedAnswerId === answerId ? null : answerId;
    question.lastActivityAt = new Date();
    await question.save({ transaction });
    await recordReputationWork(ctx, transaction, after, [`question:${question.id}`]);
    answerAccepted(ctx, after, question.id, question.acceptedAnswerId);
    return { question, acceptedAnswerId: question.acceptedAnswerId };
  });
}

import { Answer, Question, Revision, type User } from '../../db/models';
import { notFound } from '../errors';
import { renderMarkdown } from '../lib/markdown';
import { statusOnSubmit } from '../policies/posts';
import type { CommandContext } from '../context';
import { questionChanged } from './effects';

export interface AnswerCreatorProps {
  author: User;
  questionId: number;
  body: string;
  anonymous: boolean;
}

export async function answerCreator(
  ctx: CommandContext,
  { author, questionId, body, anonymous }: AnswerCreatorProps,
): Promise<{ answer: Answer; question: Question }> {
  const { sequelize } = ctx;
  return sequelize.transaction(async (transaction) => {
    const question = await Question.findByPk(questionId, { transaction });
    if (!question || question.status !== 'published') throw notFound('Question introuvable.');
    const answer = await Answer.create(
      { questionId, authorId: author.id, anonymous, body, bodyHtml: renderMarkdown(body), status: statusOnSubmit() },
      { transaction },
    );
    if (answer.status === 'published') {
      await sequelize.query(
        `UPDATE questions SET answer_count = answer_count + 1, last_activity_at = now() WHERE id = :questionId`,
        { replacements: { questionId }, transaction },
      );
    }
    await Revision.create(
      { targetType: 'answer', targetId: answer.id, revision: 1, editorId: author.id, title: null, body, tags: null },
      { transaction },
    );
    questionChanged(ctx, transaction, questionId);
    return { answer, question };
  });
}

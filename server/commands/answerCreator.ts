import { Answer, Question, type User } from '../../db/models';
import { summaryColumns } from '../queries/questionLists';
import { notFound } from '../errors';
import { renderMarkdown } from '../lib/markdown';
import { statusOnSubmit } from '../policies/posts';
import { assertLinksAllowed } from '../policies/privileges';
import type { CommandContext } from '../context';
import { answerChanged, inTransaction } from './effects';
import { submitForChecks } from './postStatus';
import { assertAnswersInSession } from '../sessions/access';

export interface AnswerCreatorProps {
  author: User;
  questionId: number;
  body: string;
  anonymous: boolean;
}

export interface CreatedAnswer {
  answer: Answer;
  /** The question's accepted answer at the time of posting (for the presenter). */
  acceptedAnswerId: number | null;
}

/**
 * The hottest write path of the product, in two statements inside the transaction: the
 * question's counters move first (which also proves it exists and is published, and holds its
 * row so two answers count twice, never once), then the answer and its first revision go in
 * together. It awaits the automated checks, which publish it (and notify the asker).
 */
export async function answerCreator(
  ctx: CommandContext,
  { author, questionId, body, anonymous }: AnswerCreatorProps,
): Promise<CreatedAnswer> {
  const { sequelize } = ctx;
  assertLinksAllowed(author, [body], ctx.config.reputation);
  const status = statusOnSubmit();
  const bodyHtml = renderMarkdown(body);
  return inTransaction(ctx, async (transaction, after) => {
    const [question] = await sequelize.query(
      `UPDATE questions
       SET answer_count = answer_count + :counted,
           last_activity_at = CASE WHEN :counted = 1 THEN now() ELSE last_activity_at END
       WHERE id = :questionId AND status = 'published'
       RETURNING ${summaryColumns('questions')}`,
      {
        replacements: { questionId, counted: status === 'published' ? 1 : 0 },
        model: Question,
        mapToModel: true,
        transaction,
      },
    );
    if (!question) throw notFound('Question introuvable.');
    if (question.liveActive) await assertAnswersInSession(sequelize, question, author, transaction);
    const [answer] = await sequelize.query(
      `WITH answer AS (
         INSERT INTO answers (question_id, author_id, anonymous, body, body_html, status, check_pending)
         VALUES (:questionId, :authorId, :anonymous, :body, :bodyHtml, :status, true) RETURNING *
       ), revision AS (
         INSERT INTO revisions (target_type, target_id, revision, editor_id, body)
         SELECT 'answer', id, 1, author_id, body FROM answer
       )
       SELECT * FROM answer`,
      {
        replacements: { questionId, authorId: author.id, anonymous, body, bodyHtml, status },
        model: Answer,
        mapToModel: true,
        transaction,
      },
    );
    submitForChecks(ctx, after, answer!, 'answer');
    // The command holds the answer, its author and the question: nothing is read again.
    answerChanged(ctx, after, answer!, { created: true, author, question });
    return { answer: answer!, acceptedAnswerId: question.acceptedAnswerId };
  });
}

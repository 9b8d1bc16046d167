import type { Transaction } from 'sequelize';
import { Question, QuestionTag, Revision, type User } from '../../db/models';
import { excerpt, plainForm, renderMarkdown } from '../lib/markdown';
import { statusOnSubmit } from '../policies/posts';
import { assertLinksAllowed } from '../policies/privileges';
import type { CommandContext } from '../context';
import { type AfterCommit, inTransaction, questionChanged } from './effects';
import { resolveTags } from './tagResolver';
import { submitForChecks } from './postStatus';

export interface QuestionCreatorProps {
  author: User;
  title: string;
  body: string;
  tags: string[];
  anonymous: boolean;
}

export async function questionCreator(ctx: CommandContext, props: QuestionCreatorProps): Promise<Question> {
  assertLinksAllowed(props.author, [props.title, props.body], ctx.config.reputation);
  return inTransaction(ctx, (transaction, after) => insertQuestion(ctx, transaction, after, props));
}

/**
 * Writes a new question, pending its automated checks, with its themes and first revision: the
 * one way a question is born, in the feed or in a live session (`live`: the session's columns).
 */
export async function insertQuestion(
  ctx: CommandContext,
  transaction: Transaction,
  after: AfterCommit,
  { author, title, body, tags, anonymous }: QuestionCreatorProps,
  live: Partial<Pick<Question, 'liveSessionId' | 'liveState' | 'liveActive'>> = {},
): Promise<Question> {
  const tagRows = await resolveTags(tags, transaction);
  const question = await Question.create(
    {
      authorId: author.id,
      anonymous,
      title,
      body,
      bodyHtml: renderMarkdown(body),
      excerpt: excerpt(body),
      // Removing accents decomposes some scripts (Hangul): keep within title_plain's 150 characters.
      titlePlain: plainForm(title).slice(0, 150),
      status: statusOnSubmit(),
      checkPending: true,
      ...live,
    },
    { transaction },
  );
  await QuestionTag.bulkCreate(
    tagRows.map((tag, position) => ({ questionId: question.id, tagId: tag.id, position })),
    { transaction },
  );
  await Revision.create(
    { targetType: 'question', targetId: question.id, revision: 1, editorId: author.id, title, body, tags },
    { transaction },
  );
  submitForChecks(ctx, after, question, 'question');
  questionChanged(ctx, after, question.id, true);
  return question;
}

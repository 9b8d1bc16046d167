import { Question, QuestionTag, Revision, type User } from '../../db/models';
import { excerpt, plainForm, renderMarkdown } from '../lib/markdown';
import { statusOnSubmit } from '../policies/posts';
import { assertLinksAllowed } from '../policies/privileges';
import type { CommandContext } from '../context';
import { inTransaction, questionChanged } from './effects';
import { resolveTags } from './tagResolver';
import { submitForChecks } from './postStatus';

export interface QuestionCreatorProps {
  author: User;
  title: string;
  body: string;
  tags: string[];
  anonymous: boolean;
  liveSessionId?: number | null;
}

export async function questionCreator(
  ctx: CommandContext,
  { author, title, body, tags, anonymous, liveSessionId = null }: QuestionCreatorProps,
): Promise<Question> {
  assertLinksAllowed(author, [title, body], ctx.config.reputation);
  return inTransaction(ctx, async (transaction, after) => {
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
        liveSessionId,
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
  });
}

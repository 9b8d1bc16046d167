import { QueryTypes, type Transaction } from 'sequelize';
import { Answer, Question, QuestionTag, Revision, type User } from '../../db/models';
import type { TargetType } from '../contracts/dto';
import { conflict, validationFailed } from '../errors';
import { excerpt, plainForm, renderMarkdown } from '../lib/markdown';
import { assertCanEdit, assertVisible, statusOnSubmit } from '../policies/posts';
import { assertLinksAllowed } from '../policies/privileges';
import { submitForChecks, syncAnswerCount, statusAfterEdit } from './postStatus';
import { resolveTags } from './tagResolver';
import type { CommandContext } from '../context';
import { answerChanged, inTransaction, questionChanged } from './effects';

async function nextRevision(targetType: TargetType, targetId: number, transaction: Transaction): Promise<number> {
  const latest = (await Revision.max('revision', { where: { targetType, targetId }, transaction })) as number | null;
  return (latest ?? 0) + 1;
}

function assertEditable(post: { status: string }): void {
  if (post.status === 'deleted') throw conflict('Ce message a été supprimé : il ne peut plus être modifié.', 'deleted');
}

export interface QuestionEditorProps {
  editor: User;
  questionId: number;
  title?: string;
  body?: string;
  tags?: string[];
}

export async function questionEditor(
  ctx: CommandContext,
  { editor, questionId, title, body, tags }: QuestionEditorProps,
): Promise<Question> {
  const { sequelize } = ctx;
  return inTransaction(ctx, async (transaction, after) => {
    const question = assertVisible(
      editor,
      await Question.findByPk(questionId, { transaction, lock: transaction.LOCK.UPDATE }),
      'Question',
    );
    assertCanEdit(editor, question, ctx.config.reputation);
    assertLinksAllowed(editor, [title, body], ctx.config.reputation);
    assertEditable(question);
    // The session's moderators approved this text: its asker may not change it behind them.
    if (question.liveActive && !editor.isModerator) {
      throw conflict(
        'Une question de session ne peut pas être modifiée tant que la session n’est pas terminée.',
        'live_session',
      );
    }

    const currentTags = (
      await sequelize.query<{ slug: string }>(
        `SELECT t.slug FROM question_tags qt JOIN tags t ON t.id = qt.tag_id WHERE qt.question_id = :questionId ORDER BY qt.position`,
        { replacements: { questionId }, type: QueryTypes.SELECT, transaction },
      )
    ).map((row) => row.slug);
    const tagsChanged = tags !== undefined && tags.join('\n') !== currentTags.join('\n');
    const titleChanged = title !== undefined && title !== question.title;
    const bodyChanged = body !== undefined && body !== question.body;
    if (!tagsChanged && !titleChanged && !bodyChanged) {
      throw validationFailed('Aucune modification : le titre, le texte et les thèmes sont identiques.');
    }

    if (tagsChanged) {
      const tagRows = await resolveTags(tags, transaction);
      await QuestionTag.destroy({ where: { questionId }, transaction });
      await QuestionTag.bulkCreate(
        tagRows.map((tag, position) => ({ questionId, tagId: tag.id, position })),
        { transaction },
      );
    }
    if (titleChanged) {
      question.title = title;
      // Removing accents decomposes some scripts (Hangul): keep within title_plain's 150 characters.
      question.titlePlain = plainForm(title).slice(0, 150);
    }
    if (bodyChanged) {
      question.body = body;
      question.bodyHtml = renderMarkdown(body);
      question.excerpt = excerpt(body);
    }
    question.status = statusAfterEdit(question.status, statusOnSubmit());
    question.checkPending = question.status === 'pending';
    question.lastActivityAt = new Date();
    await question.save({ transaction });
    if (question.checkPending) submitForChecks(ctx, after, question, 'question');
    await Revision.create(
      {
        targetType: 'question',
        targetId: questionId,
        revision: await nextRevision('question', questionId, transaction),
        editorId: editor.id,
        title: question.title,
        body: question.body,
        tags: tags ?? currentTags,
      },
      { transaction },
    );
    after(() => ctx.queues.indexQuestion(questionId));
    questionChanged(ctx, after, questionId, false, currentTags);
    return question;
  });
}

export interface AnswerEditorProps {
  editor: User;
  answerId: number;
  body: string;
}

export async function answerEditor(
  ctx: CommandContext,
  { editor, answerId, body }: AnswerEditorProps,
): Promise<Answer> {
  const { sequelize } = ctx;
  return inTransaction(ctx, async (transaction, after) => {
    const answer = assertVisible(
      editor,
      await Answer.findByPk(answerId, { transaction, lock: transaction.LOCK.UPDATE }),
      'Réponse',
    );
    assertCanEdit(editor, answer, ctx.config.reputation);
    assertLinksAllowed(editor, [body], ctx.config.reputation);
    assertEditable(answer);
    if (body === answer.body) throw validationFailed('Aucune modification : le texte est identique.');

    const previousStatus = answer.status;
    answer.body = body;
    answer.bodyHtml = renderMarkdown(body);
    answer.status = statusAfterEdit(previousStatus, statusOnSubmit());
    answer.checkPending = answer.status === 'pending';
    await answer.save({ transaction });
    await syncAnswerCount(sequelize, answer.questionId, previousStatus, answer.status, transaction);
    if (answer.checkPending) submitForChecks(ctx, after, answer, 'answer');
    await Revision.create(
      {
        targetType: 'answer',
        targetId: answerId,
        revision: await nextRevision('answer', answerId, transaction),
        editorId: editor.id,
        title: null,
        body,
        tags: null,
      },
      { transaction },
    );
    answerChanged(ctx, after, answer);
    return answer;
  });
}

import { QueryTypes, type Transaction } from 'sequelize';
import { type LiveSession, Question, Revision, type User } from '../../db/models';
import type { LiveQuestionState } from '../contracts/dto';
import type { CommandContext } from '../context';
import { conflict, forbidden, notFound, validationFailed } from '../errors';
import { excerpt, markdownToText, plainForm, renderMarkdown } from '../lib/markdown';
import { recordModerationAction } from '../moderation/cases';
import { assertLinksAllowed } from '../policies/privileges';
import { recordReputationWork, type ReputationSubject } from '../reputation/outbox';
import { inTransaction, scoreChanged, type AfterCommit } from '../commands/effects';
import { notifyUser } from '../commands/notifier';
import { changePostStatus } from '../commands/postStatus';
import { insertQuestion } from '../commands/questionCreator';
import { assertNotEnded, assertRunsSession, lockSession, questionsOpen, roleIn, sessionExpertIds } from './access';
import { isPublicSessionQuestion, sessionChanged, sessionQuestionChanged } from './broadcast';
import { resolveLiveCase } from './queue';

// The audience's questions and what the session's moderators and experts do with them
// (docs/SESSIONS.md). Every command takes the session's row under a share lock first: the
// session's end, which takes it for update, waits for them, and never finds a half-done change.

const TITLE_MIN = 15;
const TITLE_MAX = 150;

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * Audience questions have a body only: their title (15 to 150 characters, what lists and search
 * show once the session ends) is its first line, or its opening words when that line is short.
 */
export function titleFromBody(body: string): string {
  const firstLine = body
    .split('\n')
    .map((line) => markdownToText(line))
    .find((line) => line.length > 0);
  const text = firstLine && firstLine.length >= TITLE_MIN ? firstLine : markdownToText(body);
  const title = cutAtWord(text, TITLE_MAX);
  return title.length >= TITLE_MIN ? title : cutAtWord(`Question posée en session : ${title}`, TITLE_MAX);
}

async function sessionTagSlugs(ctx: CommandContext, sessionId: number, transaction: Transaction): Promise<string[]> {
  const rows = await ctx.sequelize.query<{ slug: string }>(
    `SELECT t.slug FROM live_session_tags st JOIN tags t ON t.id = st.tag_id WHERE st.session_id = :sessionId
     ORDER BY st.position`,
    { replacements: { sessionId }, type: QueryTypes.SELECT, transaction },
  );
  return rows.map((row) => row.slug);
}

export interface SessionQuestionCreatorProps {
  author: User;
  sessionId: number;
  body: string;
  anonymous: boolean;
  title?: string;
  tags?: string[];
}

/**
 * An audience question: an ordinary question linked to its session, filed under the session's
 * themes unless its asker chose others, which waits for the automated checks like every post
 * (sessions/queue.ts then puts it in the session's queue instead of publishing it).
 */
export async function sessionQuestionCreator(
  ctx: CommandContext,
  { author, sessionId, body, anonymous, title: givenTitle, tags: givenTags }: SessionQuestionCreatorProps,
): Promise<Question> {
  const title = givenTitle ?? titleFromBody(body);
  assertLinksAllowed(author, [title, body], ctx.config.reputation);
  return inTransaction(ctx, async (transaction, after) => {
    const session = await lockSession(sessionId, transaction);
    assertNotEnded(session);
    if (!questionsOpen(session)) {
      const opens = session.questionsOpenAt!.toLocaleString('fr-FR', {
        timeZone: 'Europe/Paris',
        dateStyle: 'long',
        timeStyle: 'short',
      });
      throw conflict(`Cette session recevra vos questions à partir du ${opens}.`, 'questions_closed');
    }
    const tags = givenTags ?? (await sessionTagSlugs(ctx, sessionId, transaction));
    return insertQuestion(
      ctx,
      transaction,
      after,
      { author, title, body, tags, anonymous },
      { liveSessionId: sessionId, liveState: 'pending', liveActive: true },
    );
  });
}

/** A question of this session, locked; 404 for the staff too while the checks hold it. */
async function lockSessionQuestion(
  session: LiveSession,
  questionId: number,
  transaction: Transaction,
): Promise<Question> {
  const question = await Question.findOne({
    where: { id: questionId, liveSessionId: session.id },
    transaction,
    lock: transaction.LOCK.UPDATE,
  });
  if (!question || question.status === 'deleted' || question.liveQueuedAt === null) {
    throw notFound('Question introuvable dans cette session.');
  }
  return question;
}

/** Its open `live_question` case, which another moderator may hold: 409, as on the cases route. */
async function assertCaseFree(
  ctx: CommandContext,
  questionId: number,
  moderator: User,
  transaction: Transaction,
): Promise<void> {
  const [row] = await ctx.sequelize.query<{ claimed_by: number | null; pseudonym: string | null }>(
    `SELECT c.claimed_by, u.pseudonym FROM moderation_cases c LEFT JOIN users u ON u.id = c.claimed_by
     WHERE c.kind = 'live_question' AND c.target_type = 'question' AND c.target_id = :questionId
       AND c.status <> 'resolved'
     FOR UPDATE OF c`,
    { replacements: { questionId }, type: QueryTypes.SELECT, transaction },
  );
  if (row && row.claimed_by !== null && row.claimed_by !== moderator.id) {
    throw conflict(
      `Cette question est déjà prise en charge par ${row.pseudonym ?? 'un autre modérateur'}.`,
      'already_claimed',
    );
  }
}

const stateOf = (question: Question): LiveQuestionState => (question.liveState ?? 'pending') as LiveQuestionState;

/** What each state may become through the state route (merging has its own). */
const TRANSITIONS: Record<LiveQuestionState, LiveQuestionState[]> = {
  pending: ['approved', 'dismissed'],
  approved: ['approved', 'answering', 'answered', 'dismissed'],
  answering: ['approved', 'answering', 'answered', 'dismissed'],
  answered: ['answering', 'answered'],
  dismissed: [],
  merged: [],
};

export const STATE_LABELS: Record<LiveQuestionState, string> = {
  pending: 'en attente',
  approved: 'approuvée',
  answering: 'en cours de réponse',
  answered: 'répondue',
  dismissed: 'écartée',
  merged: 'regroupée',
};

export interface StateChange {
  state: Exclude<LiveQuestionState, 'pending' | 'merged'>;
  reason?: string;
  /** Assigns the question to one of the session's experts; null takes the assignment back. */
  expertId?: number | null;
  /** Edit then approve: the text as the moderator corrected it. */
  body?: string;
}

async function nextRevision(questionId: number, transaction: Transaction): Promise<number> {
  const latest = (await Revision.max('revision', {
    where: { targetType: 'question', targetId: questionId },
    transaction,
  })) as number | null;
  return (latest ?? 0) + 1;
}

interface SessionNotice {
  sessionId: number;
  sessionTitle: string;
}

async function dismiss(
  ctx: CommandContext,
  transaction: Transaction,
  after: AfterCommit,
  moderator: User,
  question: Question,
  notice: SessionNotice,
  reason: string,
): Promise<void> {
  question.liveState = 'dismissed';
  question.liveDismissReason = reason;
  question.liveDraftingExpertId = null;
  question.liveDraftingAt = null;
  await changePostStatus(
    ctx,
    transaction,
    after,
    {
      targetType: 'question',
      targetId: question.id,
      status: 'hidden',
      reasons: [{ check: 'live_dismissed', detail: reason }],
    },
    question,
  );
  const caseId = await resolveLiveCase(ctx, transaction, after, question.id, 'reject', reason, moderator.id);
  await recordModerationAction(ctx.sequelize, transaction, {
    moderatorId: moderator.id,
    action: 'reject',
    caseId,
    targetType: 'question',
    targetId: question.id,
    subjectUserId: question.authorId,
    reason,
  });
  if (question.authorId !== null) {
    await notifyUser(ctx, transaction, after, question.authorId, 'session_question_dismissed', {
      ...notice,
      questionId: question.id,
      questionTitle: question.title,
      reason,
    });
  }
}

/**
 * The session's moderators move a question through the session: approve it (optionally with a
 * corrected text, kept as a revision), mark it being answered or answered, assign it to one of the
 * experts, or dismiss it with a reason its asker reads. Approving or dismissing a waiting
 * question settles its `live_question` case, which another moderator may hold (409).
 */
export async function sessionQuestionStateChanger(
  ctx: CommandContext,
  moderator: User,
  sessionId: number,
  questionId: number,
  change: StateChange,
): Promise<Question> {
  return inTransaction(ctx, async (transaction, after) => {
    const session = await lockSession(sessionId, transaction);
    assertRunsSession(moderator, session);
    assertNotEnded(session);
    const question = await lockSessionQuestion(session, questionId, transaction);
    const from = stateOf(question);
    if (!TRANSITIONS[from].includes(change.state)) {
      throw conflict(
        `Une question ${STATE_LABELS[from]} ne peut pas devenir ${STATE_LABELS[change.state]}.`,
        'invalid_live_state',
      );
    }
    if (change.body !== undefined && !(from === 'pending' && change.state === 'approved')) {
      throw validationFailed('Le texte ne se corrige qu’en approuvant une question en attente.', [
        { path: 'body.body', message: 'Texte modifiable à l’approbation seulement' },
      ]);
    }
    if (
      change.expertId != null &&
      !(await sessionExpertIds(ctx.sequelize, sessionId, transaction)).includes(change.expertId)
    ) {
      throw validationFailed('Cet expert ne participe pas à la session.', [
        { path: 'body.expertId', message: 'Expert absent de la session' },
      ]);
    }
    const notice = { sessionId, sessionTitle: session.title };
    const wasPublic = isPublicSessionQuestion(question);
    // Told first among the after-commit steps (it reads the question once committed): the
    // audience is waiting for it, the case and the notifications are not as pressed.
    sessionQuestionChanged(ctx, after, question.id);
    if (from === 'pending') await assertCaseFree(ctx, questionId, moderator, transaction);
    if (change.expertId !== undefined) question.liveAssignedExpertId = change.expertId;

    if (change.state === 'dismissed') {
      if (!change.reason) {
        throw validationFailed('Indiquez le motif : la personne qui a posé la question le lira.', [
          { path: 'body.reason', message: 'Motif obligatoire pour écarter une question' },
        ]);
      }
      await dismiss(ctx, transaction, after, moderator, question, notice, change.reason);
    } else if (from === 'pending') {
      // Approval: the question becomes public, open to votes and answers.
      if (change.body !== undefined && change.body !== question.body) {
        // Its title came from its text: it follows the correction.
        if (question.title === titleFromBody(question.body)) {
          question.title = titleFromBody(change.body);
          question.titlePlain = plainForm(question.title).slice(0, TITLE_MAX);
        }
        question.body = change.body;
        question.bodyHtml = renderMarkdown(change.body);
        question.excerpt = excerpt(change.body);
        await Revision.create(
          {
            targetType: 'question',
            targetId: question.id,
            revision: await nextRevision(question.id, transaction),
            editorId: moderator.id,
            title: question.title,
            body: question.body,
            tags: await sessionQuestionTags(ctx, question.id, transaction),
          },
          { transaction },
        );
      }
      question.liveState = change.state;
      question.liveApprovedAt = new Date();
      question.liveApprovedBy = moderator.id;
      await changePostStatus(
        ctx,
        transaction,
        after,
        { targetType: 'question', targetId: question.id, status: 'published', reasons: [] },
        question,
      );
      const note = change.body !== undefined ? 'Texte corrigé avant approbation.' : null;
      const caseId = await resolveLiveCase(ctx, transaction, after, question.id, 'approve', note, moderator.id);
      await recordModerationAction(ctx.sequelize, transaction, {
        moderatorId: moderator.id,
        action: 'approve',
        caseId,
        targetType: 'question',
        targetId: question.id,
        subjectUserId: question.authorId,
        reason: note ?? '',
      });
    } else {
      question.liveState = change.state;
      if (change.state === 'answered') {
        question.liveDraftingExpertId = null;
        question.liveDraftingAt = null;
      }
      await question.save({ transaction });
    }
    if (wasPublic !== isPublicSessionQuestion(question)) sessionChanged(ctx, after, sessionId);
    return question;
  });
}

async function sessionQuestionTags(ctx: CommandContext, questionId: number, transaction: Transaction) {
  const rows = await ctx.sequelize.query<{ slug: string }>(
    `SELECT t.slug FROM question_tags qt JOIN tags t ON t.id = qt.tag_id WHERE qt.question_id = :questionId
     ORDER BY qt.position`,
    { replacements: { questionId }, type: QueryTypes.SELECT, transaction },
  );
  return rows.map((row) => row.slug);
}

/**
 * Merges a duplicate into the question it repeats. Its votes follow: each vote moves to the
 * target (a new row dated as the old one, so that the reputation worker takes back what the old
 * one gave its author and gives the target's author what the new one is worth), except where
 * its voter already voted on the target (their vote there stands) or wrote the target (nobody
 * votes on their own post). Scores are recounted from the votes. The duplicate ends `merged`,
 * hidden like a dismissed question, and its asker is told where their question went.
 */
export async function sessionQuestionMerger(
  ctx: CommandContext,
  moderator: User,
  sessionId: number,
  questionId: number,
  intoId: number,
): Promise<{ question: Question; merged: Question }> {
  if (questionId === intoId) throw validationFailed('Une question ne peut pas être regroupée avec elle-même.');
  const { sequelize } = ctx;
  return inTransaction(ctx, async (transaction, after) => {
    const session = await lockSession(sessionId, transaction);
    assertRunsSession(moderator, session);
    assertNotEnded(session);
    // Both rows, in id order: two merges the other way round wait rather than deadlock.
    const [first, second] = [questionId, intoId].sort((a, b) => a - b);
    const locked = new Map<number, Question>();
    for (const id of [first!, second!]) locked.set(id, await lockSessionQuestion(session, id, transaction));
    const source = locked.get(questionId)!;
    const target = locked.get(intoId)!;
    if (!['pending', 'approved', 'answering'].includes(source.liveState ?? '')) {
      throw conflict(
        `Une question ${STATE_LABELS[stateOf(source)]} ne peut plus être regroupée.`,
        'invalid_live_state',
      );
    }
    if (!isPublicSessionQuestion(target)) {
      throw conflict('On regroupe une question avec une question déjà approuvée de la session.', 'invalid_live_state');
    }
    if (source.liveState === 'pending') await assertCaseFree(ctx, questionId, moderator, transaction);
    const wasPublic = isPublicSessionQuestion(source);

    const moves = await sequelize.query<{ kind: 'deleted' | 'inserted'; id: number }>(
      `WITH deleted AS (
         DELETE FROM votes WHERE target_type = 'question' AND target_id = :sourceId
         RETURNING id, voter_id, value, created_at, void_reason
       ), inserted AS (
         INSERT INTO votes (voter_id, target_type, target_id, value, created_at, updated_at, void_reason)
         SELECT d.voter_id, 'question', :targetId, d.value, d.created_at, now(),
                -- A removed voter's votes still count in scores and earn nothing, wherever they go.
                CASE WHEN d.void_reason = 'voter_removed' THEN 'voter_removed' END
         FROM deleted d
         WHERE d.voter_id IS DISTINCT FROM :targetAuthorId
           AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.voter_id = d.voter_id AND v.target_type = 'question'
                             AND v.target_id = :targetId)
         ON CONFLICT (voter_id, target_type, target_id) DO NOTHING
         RETURNING id
       )
       SELECT 'deleted' AS kind, id FROM deleted UNION ALL SELECT 'inserted', id FROM inserted`,
      {
        replacements: { sourceId: source.id, targetId: target.id, targetAuthorId: target.authorId },
        type: QueryTypes.SELECT,
        transaction,
      },
    );
    if (moves.length > 0) {
      const scores = await sequelize.query<{ id: number; score: number }>(
        `UPDATE questions q SET score = coalesce((SELECT sum(v.value) FROM votes v
                                                   WHERE v.target_type = 'question' AND v.target_id = q.id), 0),
                                score_version = score_version + 1
         WHERE q.id IN (:ids) RETURNING q.id, q.score`,
        { replacements: { ids: [source.id, target.id] }, type: QueryTypes.SELECT, transaction },
      );
      for (const row of scores) (row.id === source.id ? source : target).score = row.score;
      await recordReputationWork(
        ctx,
        transaction,
        after,
        moves.map(({ id }): ReputationSubject => `vote:${id}`),
      );
      scoreChanged(ctx, after, {
        targetType: 'question',
        targetId: target.id,
        questionId: target.id,
        liveSessionId: sessionId,
      });
    }

    const reason = `Regroupée avec la question semblable n° ${target.id} : vos votes l’ont suivie.`;
    source.liveState = 'merged';
    source.liveMergedIntoId = target.id;
    source.liveDraftingExpertId = null;
    source.liveDraftingAt = null;
    await changePostStatus(
      ctx,
      transaction,
      after,
      {
        targetType: 'question',
        targetId: source.id,
        status: 'hidden',
        reasons: [{ check: 'live_merged', detail: reason }],
      },
      source,
    );
    const caseId = await resolveLiveCase(ctx, transaction, after, source.id, 'reject', reason, moderator.id);
    await recordModerationAction(sequelize, transaction, {
      moderatorId: moderator.id,
      action: 'reject',
      caseId,
      targetType: 'question',
      targetId: source.id,
      subjectUserId: source.authorId,
      reason,
    });
    if (source.authorId !== null) {
      await notifyUser(ctx, transaction, after, source.authorId, 'session_question_merged', {
        sessionId,
        sessionTitle: session.title,
        questionId: source.id,
        questionTitle: source.title,
        mergedIntoId: target.id,
      });
    }
    sessionQuestionChanged(ctx, after, source.id);
    sessionQuestionChanged(ctx, after, target.id);
    if (wasPublic) sessionChanged(ctx, after, sessionId);
    return { question: target, merged: source };
  });
}

/**
 * « Je rédige une réponse »: one of the session's experts says, for everyone to see, that they
 * are writing the answer to a question in play. One expert at a time: another's mark is a 409.
 * It ends when their answer is published, or when they (or a moderator) take it back.
 */
export async function sessionDraftingMarker(
  ctx: CommandContext,
  viewer: User,
  sessionId: number,
  questionId: number,
  drafting: boolean,
): Promise<Question> {
  return inTransaction(ctx, async (transaction, after) => {
    const session = await lockSession(sessionId, transaction);
    const experts = await sessionExpertIds(ctx.sequelize, sessionId, transaction);
    const role = roleIn(viewer, session, experts);
    const isExpert = experts.includes(viewer.id);
    if (drafting ? !isExpert : !isExpert && role !== 'moderator') {
      throw forbidden('Seuls les experts de la session indiquent qu’ils rédigent une réponse.');
    }
    assertNotEnded(session);
    const question = await lockSessionQuestion(session, questionId, transaction);
    if (drafting) {
      if (question.liveState !== 'approved' && question.liveState !== 'answering') {
        throw conflict('On ne rédige une réponse qu’à une question approuvée de la session.', 'invalid_live_state');
      }
      if (question.liveDraftingExpertId !== null && question.liveDraftingExpertId !== viewer.id) {
        throw conflict('Un autre expert rédige déjà une réponse à cette question.', 'already_drafting');
      }
      if (question.liveDraftingExpertId === viewer.id) return question;
      question.liveDraftingExpertId = viewer.id;
      question.liveDraftingAt = new Date();
    } else {
      if (question.liveDraftingExpertId === null) return question;
      if (question.liveDraftingExpertId !== viewer.id && role !== 'moderator') {
        throw forbidden('Seul l’expert qui rédige, ou un modérateur de la session, peut retirer cette indication.');
      }
      question.liveDraftingExpertId = null;
      question.liveDraftingAt = null;
    }
    await question.save({ transaction });
    sessionQuestionChanged(ctx, after, question.id);
    return question;
  });
}

/**
 * `POST /api/moderation/cases/:id/resolve` on a `live_question` case: approving approves the
 * question in its session, rejecting dismisses it there, with the note as the reason its asker
 * reads (so a note is required).
 */
export async function liveCaseResolver(
  ctx: CommandContext,
  moderator: User,
  row: { id: number; status: string; organisation_id: number | null; target_id: number | null },
  { decision, note }: { decision: 'approve' | 'reject'; note: string | null },
): Promise<void> {
  assertRunsSession(moderator, { organisationId: row.organisation_id ?? 0 });
  if (row.status === 'resolved') throw conflict('Ce dossier est déjà traité.', 'case_resolved');
  const question = row.target_id === null ? null : await Question.findByPk(row.target_id);
  if (!question || question.liveSessionId === null) throw notFound('Question introuvable.');
  if (question.status === 'deleted') {
    // Its asker deleted it while it waited: nothing left to decide but the case itself.
    await inTransaction(ctx, async (transaction, after) => {
      await resolveLiveCase(
        ctx,
        transaction,
        after,
        question.id,
        'reject',
        'Question supprimée par son auteur.',
        moderator.id,
      );
    });
    return;
  }
  if (decision === 'reject' && (!note || note.length < 5)) {
    throw validationFailed('Indiquez le motif (note) : la personne qui a posé la question le lira.', [
      { path: 'body.note', message: 'Motif obligatoire pour écarter une question de session' },
    ]);
  }
  await sessionQuestionStateChanger(
    ctx,
    moderator,
    question.liveSessionId,
    question.id,
    decision === 'approve' ? { state: 'approved' } : { state: 'dismissed', reason: note!.slice(0, 500) },
  );
}

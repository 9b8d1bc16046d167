import { QueryTypes, type Transaction } from 'sequelize';
import { type Answer, Question, type User } from '../../db/models';
import type { ModerationReason, PostStatus, TargetType } from '../contracts/dto';
import type { CommandContext } from '../context';
import { authorOnly, presentAnswer, presentQuestionSummary } from '../presenters';
import { loadPresentationData, loadTagSlugs } from '../presenters/load';
import { FEED_ROOM, questionRoom, sessionRoom, tagRoom } from '../realtime/rooms';

// What follows a committed change: the visitors' page cache, real-time events, jobs. Effects
// are collected while the transaction runs and performed only once it has committed, so a
// rolled-back post never reaches a screen or a worker. An effect that fails is logged and never
// fails the request: the data is committed, the cache expires, reloading catches up.

export type Effect = () => Promise<void>;
export type AfterCommit = (effect: Effect) => void;

export async function inTransaction<T>(
  ctx: CommandContext,
  work: (transaction: Transaction, after: AfterCommit) => Promise<T>,
): Promise<T> {
  const effects: Effect[] = [];
  const result = await ctx.sequelize.transaction((transaction) => work(transaction, (effect) => effects.push(effect)));
  for (const effect of effects) {
    await effect().catch((err: unknown) => ctx.logger.warn({ err }, 'after-commit effect failed'));
  }
  return result;
}

/** Rooms that show a question in a list: the live feed and its themes. */
function listRooms(tags: string[]): string[] {
  return [FEED_ROOM, ...tags.map(tagRoom)];
}

async function publishQuestion(
  ctx: CommandContext,
  questionOrId: number | Question,
  created: boolean,
  formerTags: string[] = [],
): Promise<void> {
  const question = typeof questionOrId === 'number' ? await Question.findByPk(questionOrId) : questionOrId;
  if (!question) return;
  const questionId = question.id;
  const summary = presentQuestionSummary(
    question,
    await loadPresentationData(ctx.sequelize, { questions: [question] }),
  );
  // The themes it just left still show it: they are told too (the payload's tags say it left).
  // A question of a session that has not ended is in no list yet: only its page and its session
  // show it (the session is told of every change through `session:question`, of a removal here).
  const live = question.liveActive && question.liveSessionId !== null;
  const publicRooms = [
    ...(live ? [] : listRooms([...new Set([...summary.tags, ...formerTags])])),
    questionRoom(questionId),
  ];
  const removalRooms = live ? [...publicRooms, sessionRoom(question.liveSessionId!)] : publicRooms;
  const ownRooms = question.authorId === null ? [] : [ctx.realtime.userRoom(question.authorId)];
  const event = created ? 'question:created' : 'question:updated';
  if (question.status === 'published') {
    await ctx.realtime.emit([...publicRooms, ...ownRooms], event, { question: summary });
    return;
  }
  // Not (or no longer) public: it leaves every public screen, and only its author follows it.
  if (!created) await ctx.realtime.emit(removalRooms, 'question:removed', { questionId });
  await ctx.realtime.emit(ownRooms, event, { question: summary });
}

/** What a command may already hold about an answer's change, so that nothing is read again. */
export interface AnswerChange {
  created?: boolean;
  /** The answer's author, when the command has it (a new answer's author is the viewer). */
  author?: User;
  /** The question as the transaction left it. */
  question?: Question;
}

async function publishAnswer(
  ctx: CommandContext,
  answer: Answer,
  { created = false, author, question }: AnswerChange,
): Promise<void> {
  const parent =
    question ??
    (await Question.findByPk(answer.questionId, {
      attributes: ['id', 'acceptedAnswerId', 'liveSessionId', 'liveActive'],
    }));
  const acceptedAnswerId = parent?.acceptedAnswerId ?? null;
  const data = author ? authorOnly(author) : await loadPresentationData(ctx.sequelize, { answers: [answer] });
  const payload = { questionId: answer.questionId, answer: presentAnswer(answer, acceptedAnswerId, data) };
  const questionRooms = [questionRoom(answer.questionId)];
  // The experts' answers arrive live in their session too, while it runs.
  if (parent?.liveActive && parent.liveSessionId !== null) questionRooms.push(sessionRoom(parent.liveSessionId));
  const ownRooms = answer.authorId === null ? [] : [ctx.realtime.userRoom(answer.authorId)];
  const event = created ? 'answer:created' : 'answer:updated';
  if (answer.status === 'published') {
    await ctx.realtime.emit([...questionRooms, ...ownRooms], event, payload);
    return;
  }
  if (!created)
    await ctx.realtime.emit(questionRooms, 'answer:removed', { questionId: answer.questionId, answerId: answer.id });
  await ctx.realtime.emit(ownRooms, event, payload);
}

/** A question was created, edited or deleted; `formerTags`: its themes before an edit. */
export function questionChanged(
  ctx: CommandContext,
  after: AfterCommit,
  questionId: number,
  created = false,
  formerTags: string[] = [],
): void {
  after(async () => {
    await ctx.pageCache.invalidate(questionId);
    await publishQuestion(ctx, questionId, created, formerTags);
  });
}

/**
 * An answer was created, edited or deleted: its question's page and summary change too (its
 * answer count), except for a new answer that is not published, which counts for nothing yet.
 */
export function answerChanged(
  ctx: CommandContext,
  after: AfterCommit,
  answer: Answer,
  change: AnswerChange = {},
): void {
  after(async () => {
    await ctx.pageCache.invalidate(answer.questionId);
    await publishAnswer(ctx, answer, change);
    if (change.created && answer.status !== 'published') return;
    await publishQuestion(ctx, change.question ?? answer.questionId, false);
  });
}

/**
 * What an answer shows changed while the answer itself did not (an organisation recommends it):
 * its page and the screens that show it get it again.
 */
export function answerPresentationChanged(ctx: CommandContext, after: AfterCommit, answer: Answer): void {
  after(async () => {
    await ctx.pageCache.invalidate(answer.questionId);
    await publishAnswer(ctx, answer, {});
  });
}

/**
 * A user's expert badge was granted or withdrawn: every visitor's cached page that shows one of
 * their signed posts is invalidated, so the badge and the expert notice change together there
 * at once. Open screens get them at their next load (nothing is pushed: it would be a burst of
 * updates for an expert who answered much).
 */
export function authorBadgeChanged(ctx: CommandContext, after: AfterCommit, userId: number): void {
  after(async () => {
    const pages = await ctx.sequelize.query<{ id: number }>(
      `SELECT id FROM questions WHERE author_id = :userId AND NOT anonymous
       UNION SELECT question_id FROM answers WHERE author_id = :userId AND NOT anonymous`,
      { replacements: { userId }, type: QueryTypes.SELECT },
    );
    for (const { id } of pages) await ctx.pageCache.invalidate(id);
  });
}

export function answerAccepted(
  ctx: CommandContext,
  after: AfterCommit,
  questionId: number,
  answerId: number | null,
): void {
  after(async () => {
    await ctx.pageCache.invalidate(questionId);
    await ctx.realtime.emit([questionRoom(questionId)], 'answer:accepted', { questionId, answerId });
    await publishQuestion(ctx, questionId, false);
  });
}

/**
 * A score moved: coalesced live counts for every screen that shows it. `liveSessionId`: the
 * session that has not ended its question belongs to, whose audience sees the votes live (and no
 * list shows it yet).
 */
export function scoreChanged(
  ctx: CommandContext,
  after: AfterCommit,
  target: { targetType: TargetType; targetId: number; questionId: number; liveSessionId?: number | null },
): void {
  const publish = async () => {
    let rooms = [questionRoom(target.questionId)];
    if (target.liveSessionId) {
      rooms.push(sessionRoom(target.liveSessionId));
    } else if (target.targetType === 'question') {
      const tags = (await loadTagSlugs(ctx.sequelize, [target.questionId])).get(target.questionId) ?? [];
      rooms = [...listRooms(tags), ...rooms];
    }
    await ctx.realtime.voteChanged({ targetType: target.targetType, targetId: target.targetId, rooms });
  };
  // Independent: the live count does not wait for the cache.
  after(async () => {
    await Promise.all([ctx.pageCache.invalidate(target.questionId), publish()]);
  });
}

/** A post's status changed: its author (only) learns it, with the reasons. */
export function postStatusChanged(
  ctx: CommandContext,
  after: AfterCommit,
  change: {
    targetType: TargetType;
    targetId: number;
    authorId: number | null;
    status: PostStatus;
    reasons: ModerationReason[];
  },
): void {
  if (change.authorId === null) return;
  const { targetType, targetId, status, reasons } = change;
  after(() =>
    ctx.realtime.emit([ctx.realtime.userRoom(change.authorId!)], 'post:status', {
      targetType,
      targetId,
      status,
      reasons,
    }),
  );
}

import { LiveSession, Question, User } from '../../db/models';
import type { AfterCommit } from '../commands/effects';
import type { CommandContext } from '../context';
import { sessionQueueRoom, sessionRoom, sessionStaffRoom } from '../realtime/rooms';
import { PUBLIC_STATES, presentSessionInfo, presentSessionQuestions } from './present';

// Who is told what when a session or one of its questions changes, after commit only. A public
// question goes to everyone in `session:{id}`; one the public may not see (pending, dismissed,
// merged) only to its asker's own room, with the reason, and to the session's staff room, with
// the moderation case: the same rule as every pending post.

export const isPublicSessionQuestion = (question: Question) =>
  question.status === 'published' && (PUBLIC_STATES as readonly string[]).includes(question.liveState ?? '');

export function sessionQuestionChanged(ctx: CommandContext, after: AfterCommit, questionId: number): void {
  after(async () => {
    const question = await Question.findByPk(questionId);
    if (!question || question.liveSessionId === null || question.status === 'deleted') return;
    const sessionId = question.liveSessionId;
    if (isPublicSessionQuestion(question)) {
      const [presented] = await presentSessionQuestions(ctx.sequelize, [question], { viewer: null, staff: false });
      await ctx.realtime.emit([sessionRoom(sessionId)], 'session:question', { question: presented! });
      return;
    }
    const author = question.authorId === null ? null : await User.findByPk(question.authorId);
    if (author) {
      const [own] = await presentSessionQuestions(ctx.sequelize, [question], { viewer: author, staff: false });
      await ctx.realtime.emit([ctx.realtime.userRoom(author.id)], 'session:question', { question: own! });
    }
    // The staff see only what the automated checks let through.
    if (question.liveQueuedAt !== null) {
      const [staffView] = await presentSessionQuestions(ctx.sequelize, [question], { viewer: null, staff: true });
      await ctx.realtime.emit([sessionStaffRoom(sessionId), sessionQueueRoom(sessionId)], 'session:question', {
        question: staffView!,
      });
    }
  });
}

/** Its status, its public question count or its opening changed: everyone watching it is told. */
export function sessionChanged(ctx: CommandContext, after: AfterCommit, sessionId: number): void {
  after(async () => {
    const session = await LiveSession.findByPk(sessionId);
    if (!session) return;
    const info = await presentSessionInfo(ctx.sequelize, ctx.realtime, session);
    await ctx.realtime.emit([sessionRoom(sessionId)], 'session:updated', { session: info });
  });
}

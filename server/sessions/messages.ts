import { Op } from 'sequelize';
import { LiveSessionMessage, User } from '../../db/models';
import type { Page, SessionMessage } from '../contracts/dto';
import type { CommandContext } from '../context';
import { forbidden } from '../errors';
import { inTransaction } from '../commands/effects';
import { presentUserRef } from '../presenters';
import { decodeCursor, encodeCursor, isInt32 } from '../queries/cursor';
import { sessionStaffRoom } from '../realtime/rooms';
import { findSession, lockSession, roleIn, sessionExpertIds } from './access';

// The private channel between a session's moderators and its experts: « la question 12 est pour
// vous », « je prends la suivante ». Nobody else reads it, other organisations' moderators and
// the platform's included; it is the staff's working chat, not a post (no automated checks).

async function assertInChannel(viewer: User, sessionId: number): Promise<void> {
  const session = await findSession(sessionId);
  const role = roleIn(viewer, session, await sessionExpertIds(LiveSessionMessage.sequelize!, sessionId));
  if (role !== 'moderator' && role !== 'expert') {
    throw forbidden('Ce fil est réservé aux modérateurs et aux experts de la session.');
  }
}

function present(message: LiveSessionMessage, authors: Map<number, User>): SessionMessage {
  const author = message.authorId === null ? undefined : authors.get(message.authorId);
  return {
    id: message.id,
    sessionId: message.sessionId,
    author: author ? presentUserRef(author) : null,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
  };
}

const isIdCursor = (value: unknown): value is { id: number } =>
  typeof value === 'object' && value !== null && isInt32((value as { id?: unknown }).id);

/** The channel, newest first: `nextCursor` goes back to older messages. */
export async function listSessionMessages(
  viewer: User,
  sessionId: number,
  { limit, cursor }: { limit: number; cursor?: string },
): Promise<Page<SessionMessage>> {
  await assertInChannel(viewer, sessionId);
  const before = cursor ? decodeCursor(cursor, isIdCursor).id : null;
  const rows = await LiveSessionMessage.findAll({
    where: { sessionId, ...(before !== null ? { id: { [Op.lt]: before } } : {}) },
    order: [['id', 'DESC']],
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const authorIds = [...new Set(page.map((m) => m.authorId).filter((id): id is number => id !== null))];
  const authors = new Map((await User.findAll({ where: { id: authorIds } })).map((u) => [u.id, u]));
  return {
    items: page.map((message) => present(message, authors)),
    nextCursor: rows.length > limit ? encodeCursor({ id: page.at(-1)!.id }) : null,
  };
}

export async function sessionMessagePoster(
  ctx: CommandContext,
  viewer: User,
  sessionId: number,
  body: string,
): Promise<SessionMessage> {
  await assertInChannel(viewer, sessionId);
  return inTransaction(ctx, async (transaction, after) => {
    await lockSession(sessionId, transaction);
    const message = await LiveSessionMessage.create({ sessionId, authorId: viewer.id, body }, { transaction });
    const presented = present(message, new Map([[viewer.id, viewer]]));
    after(() => ctx.realtime.emit([sessionStaffRoom(sessionId)], 'session:message', { message: presented }));
    return presented;
  });
}

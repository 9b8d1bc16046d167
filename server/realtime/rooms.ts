import { createHmac } from 'node:crypto';
import { Question, Tag, type User } from '../../db/models';
import type { SocketErrorCode } from '../contracts/events';
import { canView } from '../policies/posts';
import { isPlatformModerator } from '../policies/moderation';
import { MAX_INT } from '../queries/cursor';
import { authorizeSessionRoom } from '../sessions/rooms';

export const FEED_ROOM = 'questions';
export const MODERATION_ROOM = 'moderation';
export const tagRoom = (slug: string) => `tag:${slug}`;
export const questionRoom = (id: number) => `question:${id}`;
/** A live session's audience: anyone may watch it. */
export const sessionRoom = (id: number) => `session:${id}`;
/** A live session's staff (its moderators and experts): the private channel and the queue. */
export const sessionStaffRoom = (id: number) => `session:${id}:staff`;
/** The staff's view of a live session's queue, without the channel: also platform moderators'. */
export const sessionQueueRoom = (id: number) => `session:${id}:queue`;

/**
 * A user's private room. Its name is keyed with the server secret: room names travel through
 * Redis in clear with each event, and a pending anonymous post's room must not name its author.
 */
export function userRoom(userId: number, secret: string): string {
  return `user:${createHmac('sha256', secret).update(`user-room:${userId}`).digest('base64url').slice(0, 22)}`;
}

export class RoomRefusal extends Error {
  constructor(
    readonly code: SocketErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function parseId(text: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_INT ? id : null;
}

/**
 * The rooms a client may subscribe to, checked against what the viewer may see. Throws a
 * RoomRefusal with the code for the acknowledgement.
 */
export async function authorizeRoom(room: unknown, viewer: User | null): Promise<string> {
  if (typeof room !== 'string' || room.length > 80) throw new RoomRefusal('invalid_room', 'Salon inconnu.');
  if (room === FEED_ROOM) return room;
  // `session:{id}`, `session:{id}:staff` and `session:{id}:queue` (server/sessions/rooms.ts).
  if (room.startsWith('session:')) return authorizeSessionRoom(room, viewer);
  if (room === MODERATION_ROOM) {
    // Partner organisations' moderators act on their own sessions only, not on this queue.
    if (!isPlatformModerator(viewer)) throw new RoomRefusal('forbidden', 'Ce salon est réservé aux modérateurs.');
    return room;
  }
  const [kind, key, ...rest] = room.split(':');
  if (rest.length > 0 || key === undefined) throw new RoomRefusal('invalid_room', 'Salon inconnu.');
  switch (kind) {
    case 'tag': {
      if (
        !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key) ||
        !(await Tag.findOne({ where: { slug: key }, attributes: ['id'] }))
      ) {
        throw new RoomRefusal('not_found', 'Thème inconnu.');
      }
      return room;
    }
    case 'question': {
      const id = parseId(key);
      const question = id === null ? null : await Question.findByPk(id, { attributes: ['id', 'authorId', 'status'] });
      if (!question || !canView(viewer, question)) throw new RoomRefusal('not_found', 'Question introuvable.');
      return questionRoom(question.id);
    }
    case 'user':
      throw new RoomRefusal('forbidden', 'Chaque utilisateur rejoint son propre salon automatiquement.');
    default:
      throw new RoomRefusal('invalid_room', 'Salon inconnu.');
  }
}

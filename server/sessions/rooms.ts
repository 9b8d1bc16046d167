import { LiveSession, type User } from '../../db/models';
import { RoomRefusal } from '../realtime/rooms';
import { MAX_INT } from '../queries/cursor';
import { findSession, roleIn, sessionExpertIds } from './access';

/**
 * `session:{id}` is open to anyone while the session exists; `session:{id}:staff` (the private
 * channel and the queue) only to those who may read the channel over HTTP: the session's
 * organisation's moderators, admins and its experts.
 */
export async function authorizeSessionRoom(room: string, viewer: User | null): Promise<string> {
  const match = /^session:([1-9][0-9]{0,9})(:staff)?$/.exec(room);
  if (!match || Number(match[1]) > MAX_INT) throw new RoomRefusal('invalid_room', 'Salon inconnu.');
  const sessionId = Number(match[1]);
  const session = await findSession(sessionId).catch(() => null);
  if (!session) throw new RoomRefusal('not_found', 'Session introuvable.');
  if (!match[2]) return room;
  const role = roleIn(viewer, session, await sessionExpertIds(LiveSession.sequelize!, sessionId));
  if (role !== 'moderator' && role !== 'expert') {
    throw new RoomRefusal('forbidden', 'Ce salon est réservé aux modérateurs et aux experts de la session.');
  }
  return room;
}

import { LiveSession, type User } from '../../db/models';
import { RoomRefusal } from '../realtime/rooms';
import { MAX_INT } from '../queries/cursor';
import { findSession, roleIn, sessionExpertIds } from './access';

/**
 * `session:{id}` is open to anyone while the session exists; `session:{id}:staff` (the private
 * channel and the queue) only to those who may read the channel over HTTP: the session's
 * organisation's moderators, admins and its experts; `session:{id}:queue` (the queue alone) to
 * them and to platform moderators, who watch it without acting in it (`observer`).
 */
export async function authorizeSessionRoom(room: string, viewer: User | null): Promise<string> {
  const match = /^session:([1-9][0-9]{0,9})(:staff|:queue)?$/.exec(room);
  if (!match || Number(match[1]) > MAX_INT) throw new RoomRefusal('invalid_room', 'Salon inconnu.');
  const sessionId = Number(match[1]);
  const session = await findSession(sessionId).catch(() => null);
  if (!session) throw new RoomRefusal('not_found', 'Session introuvable.');
  if (!match[2]) return room;
  const role = roleIn(viewer, session, await sessionExpertIds(LiveSession.sequelize!, sessionId));
  if (role === 'moderator' || role === 'expert' || (role === 'observer' && match[2] === ':queue')) return room;
  throw new RoomRefusal(
    'forbidden',
    match[2] === ':queue'
      ? 'Ce salon est réservé aux modérateurs et aux experts de la session, et aux modérateurs de la plateforme.'
      : 'Ce salon est réservé aux modérateurs et aux experts de la session.',
  );
}

import { QueryTypes, type Transaction } from 'sequelize';
import type { NotificationData, NotificationKind } from '../contracts/dto';
import type { CommandContext } from '../context';
import { presentNotification, type NotificationRow } from '../presenters/notifications';
import type { AfterCommit } from './effects';

/**
 * A notification a command writes in its own transaction (the reputation worker writes its own
 * in the job's): stored with the change, pushed to the user's room only once it is committed.
 * A closed account gets none, as the worker's never do.
 */
export async function notifyUser(
  ctx: CommandContext,
  transaction: Transaction,
  after: AfterCommit,
  userId: number,
  kind: NotificationKind,
  data: NotificationData,
): Promise<void> {
  const [row] = await ctx.sequelize.query<NotificationRow>(
    `INSERT INTO notifications (user_id, kind, data)
     SELECT :userId, :kind, :data::jsonb WHERE EXISTS (SELECT 1 FROM users WHERE id = :userId AND removed_at IS NULL)
     RETURNING id, kind, data, read_at, created_at, updated_at`,
    { replacements: { userId, kind, data: JSON.stringify(data) }, type: QueryTypes.SELECT, transaction },
  );
  if (!row) return;
  after(() =>
    ctx.realtime.emit([ctx.realtime.userRoom(userId)], 'notification', { notification: presentNotification(row) }),
  );
}

import { z } from 'zod';
import { QueryTypes } from 'sequelize';
import type { ApiRouter } from '../http/route';
import { presentNotification, type NotificationRow } from '../presenters/notifications';
import { decodeCursor, encodeCursor, isInt32 } from '../queries/cursor';
import { id, pagination } from './schemas';

const isNotificationCursor = (value: unknown): value is { updatedAt: string; id: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { updatedAt?: unknown }).updatedAt === 'string' &&
  !Number.isNaN(Date.parse((value as { updatedAt: string }).updatedAt)) &&
  isInt32((value as { id?: unknown }).id);

export function meRoutes(api: ApiRouter): void {
  const { sequelize } = api.ctx;

  api.route({
    method: 'get',
    path: '/api/me/notifications',
    summary: 'Mes notifications, les plus récentes d’abord, avec le nombre de non lues',
    tag: 'Compte',
    access: 'member',
    allowSuspended: true,
    query: z.object({
      unread: z
        .enum(['true', 'false'], { error: 'Le filtre « unread » doit valoir true ou false.' })
        .optional()
        .transform((value) => value === 'true'),
      ...pagination,
    }),
    responses: { 200: '{items: Notification[], nextCursor, unreadCount}' },
    handler: async ({ query, viewer }) => {
      const after = query.cursor ? decodeCursor(query.cursor, isNotificationCursor) : null;
      const rows = await sequelize.query<NotificationRow>(
        `SELECT id, kind, data, read_at, created_at, updated_at FROM notifications
         WHERE user_id = :userId ${query.unread ? 'AND read_at IS NULL' : ''}
           ${after ? 'AND (updated_at, id) < (:updatedAt::timestamptz, :id)' : ''}
         ORDER BY updated_at DESC, id DESC LIMIT :limit`,
        {
          replacements: { userId: viewer.id, limit: query.limit + 1, ...(after ?? {}) },
          type: QueryTypes.SELECT,
        },
      );
      const [unread] = await sequelize.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM notifications WHERE user_id = :userId AND read_at IS NULL`,
        { replacements: { userId: viewer.id }, type: QueryTypes.SELECT },
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        body: {
          items: page.map(presentNotification),
          nextCursor:
            rows.length > query.limit && last
              ? encodeCursor({ updatedAt: new Date(last.updated_at).toISOString(), id: Number(last.id) })
              : null,
          unreadCount: unread!.count,
        },
      };
    },
  });

  api.route({
    method: 'post',
    path: '/api/me/notifications/read',
    summary: 'Marquer des notifications comme lues (toutes si « ids » est absent)',
    tag: 'Compte',
    access: 'member',
    allowSuspended: true,
    body: z.object({
      ids: z
        .array(id, { error: 'Le champ « ids » doit être une liste d’identifiants.' })
        .min(1, { error: 'Donnez au moins un identifiant.' })
        .max(100, { error: 'Au plus 100 notifications à la fois.' })
        .optional(),
    }),
    responses: { 200: '{unreadCount}' },
    handler: async ({ body, viewer }) => {
      // Only the viewer's own: someone else's ids are silently outside the WHERE.
      await sequelize.query(
        `UPDATE notifications SET read_at = now()
         WHERE user_id = :userId AND read_at IS NULL ${body.ids ? 'AND id IN (:ids)' : ''}`,
        { replacements: { userId: viewer.id, ids: body.ids ?? [] } },
      );
      const [unread] = await sequelize.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM notifications WHERE user_id = :userId AND read_at IS NULL`,
        { replacements: { userId: viewer.id }, type: QueryTypes.SELECT },
      );
      return { body: { unreadCount: unread!.count } };
    },
  });
}

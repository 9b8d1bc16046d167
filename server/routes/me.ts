import { z } from 'zod';
import { QueryTypes } from 'sequelize';
import type { ApiRouter } from '../http/route';
import { presentNotification, type NotificationRow } from '../presenters/notifications';
import { decodeCursor, encodeCursor, isInt32, isIsoInstant } from '../queries/cursor';
import type { ModerationReason, MyPost, PostStatus } from '../contracts/dto';
import { excerpt } from '../lib/markdown';
import { validationFailed } from '../errors';
import { profileEditor } from '../commands/profileEditor';
import { accountEraser } from '../commands/accountEraser';
import { endSession } from '../middlewares/session';
import { presentUserProfile } from '../presenters/profile';
import { exportAccount } from '../queries/accountExport';
import { currentPassword, id, pagination, pseudonym, text } from './schemas';

const isNotificationCursor = (value: unknown): value is { updatedAt: string; id: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { updatedAt?: unknown }).updatedAt === 'string' &&
  !Number.isNaN(Date.parse((value as { updatedAt: string }).updatedAt)) &&
  isInt32((value as { id?: unknown }).id);

const isPostCursor = (value: unknown): value is { createdAt: string; key: string } =>
  typeof value === 'object' &&
  value !== null &&
  isIsoInstant((value as { createdAt?: unknown }).createdAt) &&
  typeof (value as { key?: unknown }).key === 'string' &&
  /^[qa]\d{1,10}$/.test((value as { key: string }).key);

export function meRoutes(api: ApiRouter): void {
  const { sequelize, limiters } = api.ctx;

  api.route({
    method: 'patch',
    path: '/api/me',
    summary: 'Modifier mon pseudonyme ou ma présentation',
    tag: 'Compte',
    access: 'member',
    // The pseudonym and the bio are public: a suspension stops them changing as it stops posts.
    allowSuspended: false,
    rateLimit: 'editPerUser',
    body: z.object({ pseudonym: pseudonym.optional(), bio: text('La présentation', 0, 1000).optional() }),
    responses: { 200: '{user: UserProfile}', 403: 'Compte suspendu', 409: 'Pseudonyme déjà pris' },
    handler: async ({ body, viewer }) => {
      if (body.pseudonym === undefined && body.bio === undefined) {
        throw validationFailed('Indiquez au moins un champ à modifier : pseudonym ou bio.');
      }
      const user = await profileEditor(api.ctx, { user: viewer, ...body });
      return { body: { user: await presentUserProfile(sequelize, user) } };
    },
  });

  api.route({
    method: 'get',
    path: '/api/me/export',
    summary: 'Toutes mes données (compte, messages anonymes compris, votes, signalements, notifications, réputation)',
    tag: 'Compte',
    access: 'member',
    // A suspended user's data is still theirs.
    allowSuspended: true,
    rateLimit: 'exportPerUser',
    responses: { 200: 'AccountExport (fichier JSON à télécharger)', 429: 'Trop de demandes' },
    handler: async ({ res, viewer }) => {
      const data = await exportAccount(sequelize, viewer);
      res.setHeader('Content-Disposition', 'attachment; filename="entraide-mes-donnees.json"');
      res.setHeader('Cache-Control', 'no-store');
      return { body: data };
    },
  });

  api.route({
    method: 'delete',
    path: '/api/me',
    summary: 'Supprimer mon compte : mes données personnelles sont effacées, mes messages restent, anonymes',
    tag: 'Compte',
    access: 'member',
    // Erasure is a right a suspension does not take away.
    allowSuspended: true,
    body: z.object({ password: currentPassword }),
    responses: { 204: 'Compte supprimé, session terminée', 401: 'Mot de passe incorrect', 429: 'Trop de tentatives' },
    handler: async ({ req, res, body, viewer }) => {
      // Password guesses against one account share one budget, through login or through here.
      await limiters.consume('loginPerEmail', `email:${viewer.email.toLowerCase()}`);
      await accountEraser(api.ctx, { user: viewer, password: body.password });
      // Committed: the closed account's sessions are refused anyway, so Redis failing here must
      // not turn the erasure into an error.
      await endSession(req, res).catch((err: unknown) => api.ctx.logger.warn({ err }, 'session not ended'));
      return { status: 204 };
    },
  });

  api.route({
    method: 'get',
    path: '/api/me/posts',
    summary: 'Tous mes messages, anonymes compris, avec leur statut et, s’ils sont retenus, les raisons',
    tag: 'Compte',
    access: 'member',
    allowSuspended: true,
    query: z.object({
      status: z
        .enum(['pending', 'published', 'hidden', 'deleted'], {
          error: 'Le statut doit être pending, published, hidden ou deleted.',
        })
        .optional(),
      ...pagination,
    }),
    responses: { 200: '{items: MyPost[], nextCursor}' },
    handler: async ({ query, viewer }) => {
      const after = query.cursor ? decodeCursor(query.cursor, isPostCursor) : null;
      // One ordering key for both kinds: creation time, then a kind-and-id tiebreaker.
      const rows = await sequelize.query<{
        target_type: 'question' | 'answer';
        id: number;
        question_id: number;
        title: string;
        body: string;
        anonymous: boolean;
        status: PostStatus;
        moderation_reasons: ModerationReason[];
        created_at: Date;
        updated_at: Date;
        key: string;
      }>(
        `SELECT * FROM (
           SELECT 'question' AS target_type, id, id AS question_id, title, body, anonymous, status,
                  moderation_reasons, created_at, updated_at, 'q' || id AS key
           FROM questions WHERE author_id = :userId
           UNION ALL
           SELECT 'answer', a.id, a.question_id, q.title, a.body, a.anonymous, a.status,
                  a.moderation_reasons, a.created_at, a.updated_at, 'a' || a.id
           FROM answers a JOIN questions q ON q.id = a.question_id WHERE a.author_id = :userId
         ) posts
         WHERE true ${query.status ? 'AND status = :status' : ''}
           ${after ? 'AND (created_at, key) < (:createdAt::timestamptz, :key)' : ''}
         ORDER BY created_at DESC, key DESC LIMIT :limit`,
        {
          replacements: { userId: viewer.id, status: query.status ?? null, limit: query.limit + 1, ...(after ?? {}) },
          type: QueryTypes.SELECT,
        },
      );
      const page = rows.slice(0, query.limit);
      const items: MyPost[] = page.map((row) => ({
        targetType: row.target_type,
        id: row.id,
        questionId: row.question_id,
        title: row.title,
        excerpt: excerpt(row.body),
        anonymous: row.anonymous,
        status: row.status,
        reasons: row.status === 'published' ? [] : row.moderation_reasons,
        createdAt: new Date(row.created_at).toISOString(),
        updatedAt: new Date(row.updated_at).toISOString(),
      }));
      const last = page.at(-1);
      return {
        body: {
          items,
          nextCursor:
            rows.length > query.limit && last
              ? encodeCursor({ createdAt: new Date(last.created_at).toISOString(), key: last.key })
              : null,
        },
      };
    },
  });

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

import { z } from 'zod';
import { QueryTypes } from 'sequelize';
import { Op } from 'sequelize';
import { User } from '../../db/models';
import type { ModerationLogEntry } from '../contracts/dto';
import type { ApiRouter } from '../http/route';
import { notFound } from '../errors';
import { caseClaimer, caseResolver } from '../commands/caseDecider';
import { caseAuthorRevealer, caseAuthorSuspender, userSuspender } from '../commands/userSuspender';
import { findCase, presentCases, type CaseRow } from '../moderation/cases';
import { MAX_SUSPENSION_DAYS } from '../moderation/rules';
import { assertCanModerate, isPlatformModerator } from '../policies/moderation';
import { presentUserRef } from '../presenters';
import { decodeCursor, encodeCursor, isInt32, isIsoInstant } from '../queries/cursor';
import { idParams, pagination, text } from './schemas';

const isCaseCursor = (value: unknown): value is { createdAt: string; id: number } =>
  typeof value === 'object' &&
  value !== null &&
  isIsoInstant((value as { createdAt?: unknown }).createdAt) &&
  isInt32((value as { id?: unknown }).id);
const isIdCursor = (value: unknown): value is { id: number } =>
  typeof value === 'object' && value !== null && isInt32((value as { id?: unknown }).id);

const suspension = z.object({
  days: z.coerce
    .number({ error: 'La durée doit être un nombre de jours.' })
    .int({ error: 'La durée doit être un nombre entier de jours.' })
    .min(1, { error: `La durée doit être comprise entre 1 et ${MAX_SUSPENSION_DAYS} jours.` })
    .max(MAX_SUSPENSION_DAYS, { error: `La durée doit être comprise entre 1 et ${MAX_SUSPENSION_DAYS} jours.` }),
  reason: text('Le motif', 5, 500),
});

export function moderationRoutes(api: ApiRouter): void {
  const { sequelize } = api.ctx;

  async function presentedCase(id: number) {
    const row = await findCase(sequelize, id);
    if (!row) throw notFound('Dossier de modération introuvable.');
    return (await presentCases(sequelize, [row]))[0]!;
  }

  api.route({
    method: 'get',
    path: '/api/moderation/cases',
    summary: 'La file des dossiers de modération, les plus anciens d’abord',
    tag: 'Modération',
    access: 'moderator',
    allowSuspended: true,
    query: z.object({
      status: z
        .enum(['open', 'claimed', 'resolved'], { error: 'Le statut doit être open, claimed ou resolved.' })
        .optional(),
      kind: z
        .enum(['auto', 'flag', 'expert_verification', 'live_question'], { error: 'Type de dossier inconnu.' })
        .optional(),
      ...pagination,
    }),
    responses: { 200: '{items: ModerationCase[], nextCursor}' },
    handler: async ({ query, viewer }) => {
      const after = query.cursor ? decodeCursor(query.cursor, isCaseCursor) : null;
      const rows = await sequelize.query<CaseRow>(
        `SELECT * FROM moderation_cases
         WHERE ${query.status ? 'status = :status' : `status <> 'resolved'`}
           ${query.kind ? 'AND kind = :kind' : ''}
           ${isPlatformModerator(viewer) ? '' : 'AND organisation_id = :organisationId'}
           ${after ? 'AND (created_at, id) > (:createdAt::timestamptz, :id)' : ''}
         ORDER BY created_at, id LIMIT :limit`,
        {
          replacements: {
            status: query.status ?? null,
            kind: query.kind ?? null,
            organisationId: viewer.organisationId ?? 0,
            limit: query.limit + 1,
            ...(after ?? {}),
          },
          type: QueryTypes.SELECT,
        },
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        body: {
          items: await presentCases(sequelize, page),
          nextCursor:
            rows.length > query.limit && last
              ? encodeCursor({ createdAt: new Date(last.created_at).toISOString(), id: last.id })
              : null,
        },
      };
    },
  });

  api.route({
    method: 'get',
    path: '/api/moderation/cases/:id',
    summary: 'Un dossier de modération',
    tag: 'Modération',
    access: 'moderator',
    allowSuspended: true,
    params: idParams,
    responses: { 200: '{case: ModerationCase}', 404: 'Dossier introuvable' },
    handler: async ({ params, viewer }) => {
      const presented = await presentedCase(params.id);
      assertCanModerate(viewer, presented.organisationId);
      return { body: { case: presented } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/moderation/cases/:id/claim',
    summary: 'Prendre en charge un dossier (409 s’il est déjà pris par un autre modérateur)',
    tag: 'Modération',
    access: 'moderator',
    params: idParams,
    responses: { 200: '{case: ModerationCase}', 404: 'Dossier introuvable', 409: 'Déjà pris ou déjà traité' },
    handler: async ({ params, viewer }) => {
      await caseClaimer(api.ctx, viewer, params.id);
      return { body: { case: await presentedCase(params.id) } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/moderation/cases/:id/resolve',
    summary: 'Décider : « approve » publie le message, « reject » le masque et en dit la raison à son auteur',
    tag: 'Modération',
    access: 'moderator',
    params: idParams,
    body: z.object({
      decision: z.enum(['approve', 'reject'], { error: 'La décision doit être approve ou reject.' }),
      note: text('La note', 3, 1000).optional(),
    }),
    responses: { 200: '{case: ModerationCase}', 404: 'Dossier introuvable', 409: 'Pris par un autre ou déjà traité' },
    handler: async ({ params, body, viewer }) => {
      await caseResolver(api.ctx, viewer, params.id, { decision: body.decision, note: body.note ?? null });
      return { body: { case: await presentedCase(params.id) } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/moderation/users/:id/suspend',
    summary: 'Suspendre un compte pour N jours : il ne peut plus publier, voter ni signaler',
    tag: 'Modération',
    access: 'moderator',
    params: idParams,
    body: suspension,
    responses: { 200: '{suspendedUntil}', 403: 'Réservé à la modération de la plateforme', 404: 'Introuvable' },
    handler: async ({ params, body, viewer }) => {
      const until = await userSuspender(api.ctx, viewer, params.id, body);
      return { body: { suspendedUntil: until.toISOString() } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/moderation/cases/:id/suspend-author',
    summary: 'Suspendre l’auteur du message d’un dossier, même anonyme, sans révéler qui il est',
    tag: 'Modération',
    access: 'moderator',
    params: idParams,
    body: suspension,
    responses: { 200: '{suspendedUntil}', 403: 'Réservé à la modération de la plateforme', 404: 'Introuvable' },
    handler: async ({ params, body, viewer }) => {
      const until = await caseAuthorSuspender(api.ctx, viewer, params.id, body);
      return { body: { suspendedUntil: until.toISOString() } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/moderation/cases/:id/reveal-author',
    summary: 'Révéler l’auteur d’un message anonyme (équipe de l’État seulement ; motif journalisé)',
    tag: 'Modération',
    access: 'moderator',
    params: idParams,
    body: z.object({ reason: text('Le motif', 10, 500) }),
    responses: { 200: '{author: UserRef}', 403: 'Réservé aux administrateurs', 404: 'Introuvable' },
    handler: async ({ params, body, viewer }) => {
      return { body: { author: await caseAuthorRevealer(api.ctx, viewer, params.id, body.reason) } };
    },
  });

  api.route({
    method: 'get',
    path: '/api/moderation/log',
    summary: 'Le journal de modération : chaque action, qui, quoi, quand, pourquoi (les plus récentes d’abord)',
    tag: 'Modération',
    access: 'moderator',
    allowSuspended: true,
    query: z.object(pagination),
    responses: { 200: '{items: ModerationLogEntry[], nextCursor}' },
    handler: async ({ query, viewer }) => {
      const before = query.cursor ? decodeCursor(query.cursor, isIdCursor).id : null;
      const rows = await sequelize.query<{
        id: string;
        action: ModerationLogEntry['action'];
        moderator_id: number | null;
        case_id: number | null;
        target_type: 'question' | 'answer' | null;
        target_id: number | null;
        subject_user_id: number | null;
        reason: string;
        created_at: Date;
        anonymous: boolean | null;
      }>(
        `SELECT l.*, coalesce(q.anonymous, a.anonymous) AS anonymous FROM moderation_log l
         LEFT JOIN questions q ON l.target_type = 'question' AND q.id = l.target_id
         LEFT JOIN answers a ON l.target_type = 'answer' AND a.id = l.target_id
         LEFT JOIN moderation_cases c ON c.id = l.case_id
         WHERE true ${before ? 'AND l.id < :before' : ''}
           ${isPlatformModerator(viewer) ? '' : 'AND c.organisation_id = :organisationId'}
         ORDER BY l.id DESC LIMIT :limit`,
        {
          replacements: { before, limit: query.limit + 1, organisationId: viewer.organisationId ?? 0 },
          type: QueryTypes.SELECT,
        },
      );
      const page = rows.slice(0, query.limit);
      const ids = [...new Set(page.flatMap((r) => [r.moderator_id, r.subject_user_id]).filter((id) => id !== null))];
      const users = new Map(
        (await User.findAll({ where: { id: { [Op.in]: ids.length ? ids : [0] } } })).map((u) => [u.id, u]),
      );
      const items: ModerationLogEntry[] = page.map((row) => {
        // Who wrote an anonymous post stays hidden from moderators; admins may see it.
        const unmasks = row.anonymous === true && viewer.role !== 'admin';
        const subject = row.subject_user_id !== null && !unmasks ? users.get(row.subject_user_id) : undefined;
        const moderator = row.moderator_id !== null ? users.get(row.moderator_id) : undefined;
        return {
          id: Number(row.id),
          action: row.action,
          moderator: moderator ? presentUserRef(moderator) : null,
          caseId: row.case_id,
          targetType: row.target_type,
          targetId: row.target_id,
          user: subject ? presentUserRef(subject) : null,
          reason: row.reason,
          createdAt: new Date(row.created_at).toISOString(),
        };
      });
      return {
        body: {
          items,
          nextCursor: rows.length > query.limit ? encodeCursor({ id: Number(page.at(-1)!.id) }) : null,
        },
      };
    },
  });
}

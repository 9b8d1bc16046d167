import { z } from 'zod';
import type { ApiRouter } from '../http/route';
import { validationFailed } from '../errors';
import { findSession } from '../sessions/access';
import { exportSession } from '../sessions/export';
import {
  sessionCreator,
  sessionEnder,
  sessionStarter,
  sessionSubscriber,
  MAX_SESSION_EXPERTS,
} from '../sessions/lifecycle';
import { listSessionMessages, sessionMessagePoster } from '../sessions/messages';
import { presentSessions } from '../sessions/present';
import { listSessions, loadSessionPage, loadSessionQuestion } from '../sessions/queries';
import {
  sessionDraftingMarker,
  sessionQuestionCreator,
  sessionQuestionMerger,
  sessionQuestionStateChanger,
} from '../sessions/questions';
import { anonymousFlag, id, idParams, pagination, questionTags, questionTitle, tagSlug, text } from './schemas';

// Live Q&A sessions run by partner organisations (docs/SESSIONS.md). Every staff action checks
// the session's organisation itself: a moderator of another organisation gets 403 on each.

const instant = (label: string) =>
  z
    .string({ error: `${label} doit être une date ISO 8601.` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
      error: `${label} doit être une date ISO 8601 avec son fuseau (2026-03-12T18:00:00Z).`,
    })
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: `${label} n’est pas une date valide.` })
    .transform((value) => new Date(value))
    .openapi({ type: 'string', format: 'date-time' });

const questionParams = z.object({ id, qid: id });
const audienceQuestionBody = text('La question', 20, 2000);

export function sessionRoutes(api: ApiRouter): void {
  const { sequelize, realtime } = api.ctx;

  const present = async (sessionId: number, viewer: Parameters<typeof presentSessions>[3]) => {
    const [session] = await presentSessions(sequelize, realtime, [await findSession(sessionId)], viewer);
    return session!;
  };

  api.route({
    method: 'get',
    path: '/api/sessions',
    summary:
      'Les sessions en direct : à venir et en cours les plus proches d’abord, terminées les plus récentes d’abord',
    tag: 'Sessions',
    access: 'public',
    query: z.object({
      status: z
        .enum(['scheduled', 'live', 'ended'], { error: 'Le statut doit être scheduled, live ou ended.' })
        .optional(),
      organisation: tagSlug.optional(),
      ...pagination,
    }),
    responses: { 200: '{items: LiveSession[], nextCursor}', 404: 'Organisation inconnue' },
    handler: async ({ query, viewer }) => ({ body: await listSessions(sequelize, realtime, viewer, query) }),
  });

  api.route({
    method: 'get',
    path: '/api/sessions/:id',
    summary: 'Une session et ses questions, telles que le visiteur peut les voir',
    tag: 'Sessions',
    access: 'public',
    params: idParams,
    responses: { 200: '{session, questions}', 404: 'Session introuvable' },
    handler: async ({ params, viewer }) => ({ body: await loadSessionPage(sequelize, realtime, params.id, viewer) }),
  });

  api.route({
    method: 'post',
    path: '/api/sessions',
    summary: 'Programmer une session (modérateurs de l’organisation, administrateurs)',
    tag: 'Sessions',
    access: 'member',
    body: z.object({
      title: text('Le titre', 10, 150),
      description: text('La description', 10, 5000),
      organisationId: id,
      startsAt: instant('Le début'),
      endsAt: instant('La fin'),
      expertIds: z
        .array(id, { error: 'Les experts doivent être une liste d’identifiants.' })
        .min(1, { error: 'Invitez au moins un expert vérifié.' })
        .max(MAX_SESSION_EXPERTS, { error: `Invitez au plus ${MAX_SESSION_EXPERTS} experts.` }),
      tags: questionTags.optional(),
      questionsOpenAt: instant('L’ouverture des questions').nullable().optional(),
    }),
    responses: {
      201: '{session: LiveSession}',
      403: 'Pas modérateur de cette organisation',
      404: 'Organisation introuvable',
    },
    handler: async ({ body, viewer }) => {
      const session = await sessionCreator(api.ctx, viewer, body);
      return { status: 201, body: { session: await present(session.id, viewer) } };
    },
  });

  for (const [action, summary, command] of [
    ['start', 'Ouvrir la session en direct', sessionStarter],
    ['end', 'Terminer la session : ses questions rejoignent les questions du site', sessionEnder],
  ] as const) {
    api.route({
      method: 'post',
      path: `/api/sessions/:id/${action}`,
      summary: `${summary} (modérateurs de l’organisation, administrateurs)`,
      tag: 'Sessions',
      access: 'member',
      params: idParams,
      responses: {
        200: '{session: LiveSession}',
        403: 'Pas modérateur de cette organisation',
        404: 'Session introuvable',
        409: 'Session dans un autre état',
      },
      handler: async ({ params, viewer }) => {
        await command(api.ctx, viewer, params.id);
        return { body: { session: await present(params.id, viewer) } };
      },
    });
  }

  api.route({
    method: 'post',
    path: '/api/sessions/:id/questions',
    summary: 'Poser une question à la session : elle attend les vérifications puis les modérateurs',
    tag: 'Sessions',
    access: 'member',
    rateLimit: 'questionPerUser',
    params: idParams,
    body: z.object({
      body: audienceQuestionBody,
      anonymous: anonymousFlag,
      title: questionTitle.optional(),
      tags: questionTags.optional(),
    }),
    responses: {
      201: '{question: SessionQuestion} (liveState pending)',
      404: 'Session introuvable',
      409: 'Questions pas encore ouvertes, ou session terminée',
      429: 'Trop de questions',
    },
    handler: async ({ params, body, viewer }) => {
      const question = await sessionQuestionCreator(api.ctx, { author: viewer, sessionId: params.id, ...body });
      return { status: 201, body: { question: await loadSessionQuestion(sequelize, params.id, question.id, viewer) } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/sessions/:id/questions/:qid/state',
    summary:
      'Approuver (éventuellement corrigée), marquer en cours de réponse ou répondue, attribuer, ou écarter avec un motif',
    tag: 'Sessions',
    access: 'member',
    params: questionParams,
    body: z.object({
      state: z.enum(['approved', 'dismissed', 'answering', 'answered'], {
        error: 'L’état doit être approved, dismissed, answering ou answered.',
      }),
      reason: text('Le motif', 5, 500).optional(),
      expertId: id.nullable().optional(),
      body: audienceQuestionBody.optional(),
    }),
    responses: {
      200: '{question: SessionQuestion}',
      403: 'Pas modérateur de cette organisation',
      404: 'Question introuvable dans cette session',
      409: 'Transition impossible, session terminée ou question prise par un autre modérateur',
    },
    handler: async ({ params, body, viewer }) => {
      await sessionQuestionStateChanger(api.ctx, viewer, params.id, params.qid, body);
      return { body: { question: await loadSessionQuestion(sequelize, params.id, params.qid, viewer) } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/sessions/:id/questions/:qid/merge',
    summary: 'Regrouper une question avec une question semblable déjà approuvée : ses votes la suivent',
    tag: 'Sessions',
    access: 'member',
    params: questionParams,
    body: z.object({ intoId: id }),
    responses: {
      200: '{question: SessionQuestion, merged: SessionQuestion}',
      403: 'Pas modérateur de cette organisation',
      404: 'Question introuvable dans cette session',
      409: 'Regroupement impossible',
    },
    handler: async ({ params, body, viewer }) => {
      if (body.intoId === params.qid) {
        throw validationFailed('Une question ne peut pas être regroupée avec elle-même.', [
          { path: 'body.intoId', message: 'Même question' },
        ]);
      }
      await sessionQuestionMerger(api.ctx, viewer, params.id, params.qid, body.intoId);
      return {
        body: {
          question: await loadSessionQuestion(sequelize, params.id, body.intoId, viewer),
          merged: await loadSessionQuestion(sequelize, params.id, params.qid, viewer),
        },
      };
    },
  });

  for (const method of ['post', 'delete'] as const) {
    api.route({
      method,
      path: '/api/sessions/:id/questions/:qid/drafting',
      summary:
        method === 'post'
          ? '« Je rédige une réponse » (un expert de la session), visible de tous'
          : 'Retirer « je rédige une réponse » (l’expert, ou un modérateur de la session)',
      tag: 'Sessions',
      access: 'member',
      params: questionParams,
      responses: {
        200: '{question: SessionQuestion}',
        403: 'Pas expert de la session',
        404: 'Question introuvable dans cette session',
        409: 'Question pas approuvée, ou un autre expert rédige',
      },
      handler: async ({ params, viewer }) => {
        await sessionDraftingMarker(api.ctx, viewer, params.id, params.qid, method === 'post');
        return { body: { question: await loadSessionQuestion(sequelize, params.id, params.qid, viewer) } };
      },
    });
  }

  for (const method of ['post', 'delete'] as const) {
    api.route({
      method,
      path: '/api/sessions/:id/subscribe',
      summary:
        method === 'post'
          ? '« Prévenez-moi » : une notification à l’ouverture des questions et au début'
          : 'Ne plus être prévenu pour cette session',
      tag: 'Sessions',
      access: 'member',
      allowSuspended: true,
      params: idParams,
      responses: { 200: '{subscribed}', 404: 'Session introuvable', 409: 'Session terminée' },
      handler: async ({ params, viewer }) => ({
        body: { subscribed: await sessionSubscriber(api.ctx, viewer, params.id, method === 'post') },
      }),
    });
  }

  api.route({
    method: 'get',
    path: '/api/sessions/:id/messages',
    summary: 'Le fil privé des modérateurs et des experts de la session, le plus récent d’abord',
    tag: 'Sessions',
    access: 'member',
    allowSuspended: true,
    params: idParams,
    query: z.object(pagination),
    responses: {
      200: '{items: SessionMessage[], nextCursor}',
      403: 'Ni modérateur de l’organisation ni expert de la session',
      404: 'Session introuvable',
    },
    handler: async ({ params, query, viewer }) => ({ body: await listSessionMessages(viewer, params.id, query) }),
  });

  api.route({
    method: 'post',
    path: '/api/sessions/:id/messages',
    summary: 'Écrire dans le fil privé des modérateurs et des experts de la session',
    tag: 'Sessions',
    access: 'member',
    params: idParams,
    body: z.object({ body: text('Le message', 1, 2000) }),
    responses: {
      201: '{message: SessionMessage}',
      403: 'Ni modérateur de l’organisation ni expert de la session',
      404: 'Session introuvable',
    },
    handler: async ({ params, body, viewer }) => ({
      status: 201,
      body: { message: await sessionMessagePoster(api.ctx, viewer, params.id, body.body) },
    }),
  });

  api.route({
    method: 'get',
    path: '/api/sessions/:id/export.csv',
    summary: 'Exporter la session en CSV (questions, votes, réponses, mises à l’écart et motifs)',
    tag: 'Sessions',
    access: 'member',
    allowSuspended: true,
    params: idParams,
    responses: {
      200: 'text/csv (UTF-8 avec BOM, séparateur « ; »)',
      403: 'Pas modérateur de cette organisation',
      404: 'Session introuvable',
    },
    handler: async ({ params, viewer, res }) => {
      const { filename, csv } = await exportSession(sequelize, viewer, params.id);
      res
        .status(200)
        .set('Content-Disposition', `attachment; filename="${filename}"`)
        .set('Cache-Control', 'private, no-store')
        .type('text/csv; charset=utf-8')
        .send(csv);
    },
  });
}

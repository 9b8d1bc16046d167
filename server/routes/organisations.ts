import { z } from 'zod';
import { Question } from '../../db/models';
import type { ApiRouter } from '../http/route';
import { presentAnswer, presentUserRef } from '../presenters';
import { loadPresentationData } from '../presenters/load';
import {
  answerRecommender,
  listOrganisations,
  loadOrganisationPage,
  organisationCreator,
  organisationExpertAdder,
  organisationExpertRemover,
  organisationModeratorAdder,
  organisationModeratorRemover,
  presentedOrganisation,
} from '../organisations/organisations';
import { id, idParams, pagination, tagSlug, text } from './schemas';
import { organisationSessions } from '../sessions/queries';

// Partner organisations: their public page, their management by the State's team, and the
// recommendation of answers by their moderators.

const organisationSlug = z
  .string({ error: 'L’identifiant de l’organisation doit être un texte.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error:
      'L’identifiant de l’organisation ne peut contenir que des minuscules sans accent, des chiffres et des tirets.',
  })
  .min(2, { error: 'L’identifiant de l’organisation doit compter entre 2 et 60 caractères.' })
  .max(60, { error: 'L’identifiant de l’organisation doit compter entre 2 et 60 caractères.' });

const slugParams = z.object({ slug: tagSlug });
const memberParams = z.object({ slug: tagSlug, userId: id });
const userBody = z.object({ userId: id });

export function organisationRoutes(api: ApiRouter): void {
  const { sequelize } = api.ctx;

  api.route({
    method: 'get',
    path: '/api/organisations',
    summary: 'Les organisations partenaires, par nom',
    tag: 'Organisations',
    access: 'public',
    query: z.object(pagination),
    responses: { 200: '{items: PartnerOrganisation[], nextCursor}' },
    handler: async ({ query }) => ({ body: await listOrganisations(sequelize, query) }),
  });

  api.route({
    method: 'get',
    path: '/api/organisations/:slug',
    summary: 'Une organisation partenaire : qui elle est, ses modérateurs, ses experts et ses sessions',
    tag: 'Organisations',
    access: 'public',
    params: slugParams,
    responses: { 200: '{organisation, moderators, experts, sessions}', 404: 'Organisation introuvable' },
    handler: async ({ params, viewer }) => {
      const page = await loadOrganisationPage(sequelize, params.slug);
      // Live sessions (docs/SESSIONS.md): read from the sessions' own tables.
      const sessions = await organisationSessions(sequelize, api.ctx.realtime, page.organisation.id, viewer);
      return { body: { ...page, sessions } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/organisations',
    summary: 'Créer une organisation partenaire (équipe de l’État)',
    tag: 'Organisations',
    access: 'moderator',
    body: z.object({
      name: text('Le nom', 2, 150),
      slug: organisationSlug,
      description: text('La description', 0, 2000).default(''),
    }),
    responses: {
      201: '{organisation: PartnerOrganisation}',
      403: 'Réservé aux administrateurs',
      409: 'Slug déjà pris',
    },
    handler: async ({ body, viewer }) => {
      const organisation = await organisationCreator(api.ctx, viewer, body);
      return { status: 201, body: { organisation: await presentedOrganisation(sequelize, organisation.id) } };
    },
  });

  api.route({
    method: 'post',
    path: '/api/organisations/:slug/moderators',
    summary: 'Nommer un modérateur de l’organisation : il modère ses sessions seulement (équipe de l’État)',
    tag: 'Organisations',
    access: 'moderator',
    params: slugParams,
    body: userBody,
    responses: {
      200: '{moderator: UserRef}',
      403: 'Réservé aux administrateurs',
      404: 'Organisation ou utilisateur introuvable',
      409: 'Administrateur, modérateur de la plateforme ou rattaché à une autre organisation',
    },
    handler: async ({ params, body, viewer }) => ({
      body: { moderator: presentUserRef(await organisationModeratorAdder(api.ctx, viewer, params.slug, body.userId)) },
    }),
  });

  api.route({
    method: 'delete',
    path: '/api/organisations/:slug/moderators/:userId',
    summary: 'Retirer un modérateur de l’organisation : il redevient membre (ou expert) (équipe de l’État)',
    tag: 'Organisations',
    access: 'moderator',
    params: memberParams,
    responses: { 204: 'Retiré', 403: 'Réservé aux administrateurs', 404: 'Pas modérateur de cette organisation' },
    handler: async ({ params, viewer }) => {
      await organisationModeratorRemover(api.ctx, viewer, params.slug, params.userId);
      return { status: 204 };
    },
  });

  api.route({
    method: 'post',
    path: '/api/organisations/:slug/experts',
    summary: 'Rattacher un expert vérifié à l’organisation (équipe de l’État)',
    tag: 'Organisations',
    access: 'moderator',
    params: slugParams,
    body: userBody,
    responses: {
      200: '{expert: UserRef}',
      403: 'Réservé aux administrateurs',
      404: 'Organisation ou utilisateur introuvable',
      409: 'Pas expert vérifié, ou rattaché à une autre organisation',
    },
    handler: async ({ params, body, viewer }) => ({
      body: { expert: presentUserRef(await organisationExpertAdder(api.ctx, viewer, params.slug, body.userId)) },
    }),
  });

  api.route({
    method: 'delete',
    path: '/api/organisations/:slug/experts/:userId',
    summary: 'Détacher un expert de l’organisation (équipe de l’État)',
    tag: 'Organisations',
    access: 'moderator',
    params: memberParams,
    responses: { 204: 'Détaché', 403: 'Réservé aux administrateurs', 404: 'Pas un expert de cette organisation' },
    handler: async ({ params, viewer }) => {
      await organisationExpertRemover(api.ctx, viewer, params.slug, params.userId);
      return { status: 204 };
    },
  });

  for (const method of ['post', 'delete'] as const) {
    api.route({
      method,
      path: '/api/answers/:id/recommend',
      summary:
        method === 'post'
          ? 'Marquer une réponse « recommandée par » mon organisation (modérateur d’une organisation partenaire)'
          : 'Retirer la recommandation de mon organisation',
      tag: 'Organisations',
      access: 'moderator',
      params: idParams,
      responses: {
        200: '{answer}',
        403: 'Pas modérateur d’une organisation partenaire, ou sa propre réponse',
        404: 'Réponse introuvable',
        409: 'Réponse non publiée',
      },
      handler: async ({ params, viewer }) => {
        const answer = await answerRecommender(api.ctx, viewer, params.id, method === 'post');
        const question = await Question.findByPk(answer.questionId, { attributes: ['id', 'acceptedAnswerId'] });
        const data = await loadPresentationData(sequelize, { answers: [answer], viewer });
        return { body: { answer: presentAnswer(answer, question?.acceptedAnswerId ?? null, data) } };
      },
    });
  }
}

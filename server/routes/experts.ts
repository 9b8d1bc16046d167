import { z } from 'zod';
import type { ApiRouter } from '../http/route';
import { presentUserRef } from '../presenters';
import { EXPERT_REGISTERS, PROFESSION_LABELS, REGISTER_OF_PROFESSION } from '../experts/registers';
import { expertRequester, expertRevoker } from '../experts/verification';
import { loadExpertRequest } from '../experts/requests';
import { listExperts } from '../experts/directory';
import {
  assertVerifiedExpert,
  contactRequestReader,
  contactRequester,
  listContactRequests,
  normaliseFrenchPhone,
} from '../experts/contactRequests';
import { idParams, pagination, questionTags, tagSlug, text } from './schemas';

// Experts (docs/EXPERTS.md): the request for the badge, its revocation, the directory, and
// contact requests, which go from a member to an expert only: no route lets an expert write first.

const profession = z.enum(['avocat', 'expert-comptable', 'consultant', 'autre'], {
  error: 'La profession doit être avocat, expert-comptable, consultant ou autre.',
});

const expertRequestBody = z
  .object({
    profession,
    register: z.enum(EXPERT_REGISTERS, {
      error: 'Le registre doit être barreau, ordre-experts-comptables ou autre.',
    }),
    registerName: text('Le nom du registre', 3, 150),
    registrationNumber: text('Le numéro d’inscription', 1, 50).refine((value) => /^[\p{L}\p{N} ./-]*$/u.test(value), {
      error:
        'Le numéro d’inscription ne peut contenir que des lettres, des chiffres, des espaces, des points, des tirets et des barres obliques.',
    }),
    areas: z
      .array(text('Un domaine d’intervention', 2, 80), { error: 'Les domaines d’intervention doivent être une liste.' })
      .min(1, { error: 'Indiquez au moins un domaine d’intervention.' })
      .max(3, { error: 'Indiquez au plus 3 domaines d’intervention.' }),
    bio: text('La présentation', 20, 1000),
    tags: questionTags,
  })
  .superRefine((value, ctx) => {
    const expected = REGISTER_OF_PROFESSION[value.profession];
    if (value.register !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['register'],
        message: `Pour la profession « ${PROFESSION_LABELS[value.profession].toLowerCase()} », le registre est « ${expected} ».`,
      });
    }
  });

const contactBody = z
  .object({
    message: text('Le message', 20, 2000),
    // Strict: nothing but these two may ever travel to the expert.
    share: z.strictObject(
      {
        email: z.boolean({ error: 'Le champ « share.email » doit être vrai ou faux.' }).default(false),
        phone: z
          .string({ error: 'Le numéro de téléphone doit être un texte.' })
          .max(30, { error: 'Le numéro de téléphone est trop long.' })
          .transform((value, ctx) => {
            if (value.trim() === '') return null;
            const phone = normaliseFrenchPhone(value);
            if (phone) return phone;
            ctx.addIssue({
              code: 'custom',
              message: 'Le numéro de téléphone doit être un numéro français, par exemple 06 12 34 56 78.',
            });
            return z.NEVER;
          })
          .optional(),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? 'Seuls « email » et « phone » peuvent être partagés avec l’expert.'
            : 'Indiquez ce que vous partagez avec l’expert : « share » avec « email » ou « phone ».',
      },
    ),
  })
  .superRefine((value, ctx) => {
    if (!value.share.email && !value.share.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['share'],
        message:
          'Indiquez au moins un moyen de vous recontacter : votre adresse électronique (share.email) ou un numéro de téléphone (share.phone).',
      });
    }
  });

export function expertRoutes(api: ApiRouter): void {
  const { sequelize } = api.ctx;

  api.route({
    method: 'post',
    path: '/api/me/expert',
    summary: 'Demander le statut d’expert vérifié : un modérateur vérifie l’inscription au registre officiel',
    tag: 'Experts',
    access: 'member',
    rateLimit: 'editPerUser',
    body: expertRequestBody,
    responses: {
      202: '{request: ExpertRequest} (dossier de vérification ouvert)',
      409: 'Une demande est déjà en cours, ou déjà expert vérifié',
    },
    handler: async ({ body, viewer }) => ({
      status: 202,
      body: { request: await expertRequester(api.ctx, viewer, body) },
    }),
  });

  api.route({
    method: 'get',
    path: '/api/me/expert',
    summary: 'Ma demande de statut d’expert et la décision (avec la note du modérateur)',
    tag: 'Experts',
    access: 'member',
    allowSuspended: true,
    responses: { 200: '{request: ExpertRequest | null}' },
    handler: async ({ viewer }) => ({ body: { request: await loadExpertRequest(sequelize, viewer.id) } }),
  });

  api.route({
    method: 'post',
    path: '/api/moderation/experts/:id/revoke',
    summary: 'Retirer le badge d’expert vérifié, avec un motif que l’expert reçoit (modération de la plateforme)',
    tag: 'Modération',
    access: 'moderator',
    params: idParams,
    body: z.object({ reason: text('Le motif', 5, 1000) }),
    responses: {
      200: '{user: UserRef}',
      403: 'Réservé à la modération de la plateforme',
      404: 'Utilisateur introuvable',
      409: 'Pas expert vérifié',
    },
    handler: async ({ params, body, viewer }) => ({
      body: { user: presentUserRef(await expertRevoker(api.ctx, viewer, params.id, body.reason)) },
    }),
  });

  api.route({
    method: 'get',
    path: '/api/experts',
    summary:
      'L’annuaire des experts vérifiés, par réputation dans le thème demandé (sinon réputation générale) : ni classement payant, ni comparaison',
    tag: 'Experts',
    access: 'public',
    query: z.object({ tag: tagSlug.optional(), profession: profession.optional(), ...pagination }),
    responses: { 200: '{items: ExpertListing[], nextCursor}', 404: 'Thème inconnu' },
    handler: async ({ query }) => ({ body: await listExperts(sequelize, query) }),
  });

  api.route({
    method: 'post',
    path: '/api/experts/:id/contact-requests',
    summary:
      'Demander à un expert vérifié de me recontacter : il ne reçoit que le message, ce que je choisis de partager et la date',
    tag: 'Experts',
    access: 'member',
    rateLimit: 'contactPerUser',
    params: idParams,
    body: contactBody,
    responses: {
      201: '{contactRequest: SentContactRequest}',
      403: 'À soi-même',
      404: 'Pas un expert vérifié',
      429: 'Trop de demandes aujourd’hui',
    },
    handler: async ({ params, body, viewer }) => ({
      status: 201,
      body: {
        contactRequest: await contactRequester(api.ctx, viewer, params.id, {
          message: body.message,
          shareEmail: body.share.email,
          phone: body.share.phone ?? null,
        }),
      },
    }),
  });

  api.route({
    method: 'get',
    path: '/api/me/contact-requests',
    summary: 'Les demandes de contact reçues (experts vérifiés), les plus récentes d’abord',
    tag: 'Experts',
    access: 'member',
    allowSuspended: true,
    query: z.object({
      unread: z
        .enum(['true', 'false'], { error: 'Le filtre « unread » doit valoir true ou false.' })
        .optional()
        .transform((value) => value === 'true'),
      ...pagination,
    }),
    responses: { 200: '{items: ReceivedContactRequest[], nextCursor, unreadCount}', 403: 'Pas expert vérifié' },
    handler: async ({ query, viewer }) => {
      assertVerifiedExpert(viewer);
      return { body: await listContactRequests(sequelize, viewer, query) };
    },
  });

  api.route({
    method: 'post',
    path: '/api/me/contact-requests/:id/read',
    summary: 'Marquer une demande de contact reçue comme lue',
    tag: 'Experts',
    access: 'member',
    allowSuspended: true,
    params: idParams,
    responses: { 200: '{contactRequest: ReceivedContactRequest}', 403: 'Pas expert vérifié', 404: 'Introuvable' },
    handler: async ({ params, viewer }) => {
      assertVerifiedExpert(viewer);
      return { body: { contactRequest: await contactRequestReader(api.ctx, viewer, params.id) } };
    },
  });
}

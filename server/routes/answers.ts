import { z } from 'zod';
import { Answer, Question } from '../../db/models';
import { answerEditor } from '../commands/postEditor';
import { answerDeleter } from '../commands/postDeleter';
import { answerAccepter } from '../commands/answerAccepter';
import type { ApiRouter } from '../http/route';
import { assertVisible } from '../policies/posts';
import { presentAnswer } from '../presenters';
import { loadPresentationData } from '../presenters/load';
import { presentRevisions } from '../presenters/revisions';
import { idParams, postBody } from './schemas';

export function answerRoutes(api: ApiRouter): void {
  const { sequelize } = api.ctx;

  api.route({
    method: 'patch',
    path: '/api/answers/:id',
    summary: 'Modifier une réponse (auteur ou modérateur ; chaque version est conservée)',
    tag: 'Réponses',
    access: 'member',
    rateLimit: 'editPerUser',
    params: idParams,
    body: z.object({ body: postBody }),
    responses: {
      200: '{answer}',
      403: 'Ni auteur ni modérateur',
      404: 'Réponse introuvable',
      409: 'Réponse supprimée',
    },
    handler: async ({ params, body, viewer }) => {
      const answer = await answerEditor(api.ctx, { editor: viewer, answerId: params.id, body: body.body });
      const question = await Question.findByPk(answer.questionId, { attributes: ['id', 'acceptedAnswerId'] });
      const data = await loadPresentationData(sequelize, { answers: [answer], viewer });
      return { body: { answer: presentAnswer(answer, question?.acceptedAnswerId ?? null, data) } };
    },
  });

  api.route({
    method: 'delete',
    path: '/api/answers/:id',
    summary: 'Supprimer une réponse (auteur ou modérateur)',
    tag: 'Réponses',
    access: 'member',
    params: idParams,
    responses: { 204: 'Supprimée', 403: 'Ni auteur ni modérateur', 404: 'Réponse introuvable' },
    handler: async ({ params, viewer }) => {
      await answerDeleter(api.ctx, viewer, params.id);
      return { status: 204 };
    },
  });

  api.route({
    method: 'post',
    path: '/api/answers/:id/accept',
    summary: 'Accepter une réponse (l’auteur de la question ; à nouveau pour annuler)',
    tag: 'Réponses',
    access: 'member',
    params: idParams,
    responses: { 200: '{acceptedAnswerId}', 403: 'Pas l’auteur de la question', 404: 'Réponse introuvable' },
    handler: async ({ params, viewer }) => {
      const { acceptedAnswerId } = await answerAccepter(api.ctx, viewer, params.id);
      return { body: { acceptedAnswerId } };
    },
  });

  api.route({
    method: 'get',
    path: '/api/answers/:id/revisions',
    summary: 'Les versions successives d’une réponse, la plus récente d’abord',
    tag: 'Réponses',
    access: 'public',
    params: idParams,
    responses: { 200: 'Revision[]', 404: 'Réponse introuvable' },
    handler: async ({ params, viewer }) => {
      const answer = assertVisible(viewer, await Answer.findByPk(params.id), 'Réponse');
      return { body: await presentRevisions('answer', answer) };
    },
  });
}

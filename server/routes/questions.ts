import { z } from 'zod';
import { Question } from '../../db/models';
import { questionCreator } from '../commands/questionCreator';
import { questionEditor } from '../commands/postEditor';
import { questionDeleter } from '../commands/postDeleter';
import { answerCreator } from '../commands/answerCreator';
import type { ApiRouter } from '../http/route';
import { assertVisible } from '../policies/posts';
import { authorOnly, presentAnswer, presentQuestion } from '../presenters';
import { presentRevisions } from '../presenters/revisions';
import { loadPresentationData, presentQuestionSummaries } from '../presenters/load';
import { listQuestions } from '../queries/questionLists';
import { similarQuestions } from '../queries/search';
import { loadQuestionPage } from '../queries/questionPage';
import { validationFailed } from '../errors';
import { anonymousFlag, idParams, pagination, postBody, questionTags, questionTitle, tagSlug, text } from './schemas';

export function questionRoutes(api: ApiRouter): void {
  const { sequelize } = api.ctx;

  api.route({
    method: 'get',
    path: '/api/questions',
    summary: 'Liste des questions publiées',
    tag: 'Questions',
    access: 'public',
    query: z.object({
      sort: z
        .enum(['newest', 'active', 'unanswered', 'top'], {
          error: 'Le tri doit être newest, active, unanswered ou top.',
        })
        .default('newest'),
      tag: tagSlug.optional(),
      ...pagination,
    }),
    responses: { 200: '{items: QuestionSummary[], nextCursor}', 404: 'Thème inconnu' },
    handler: async ({ query }) => {
      const page = await listQuestions(sequelize, query);
      return { body: { items: await presentQuestionSummaries(sequelize, page.items), nextCursor: page.nextCursor } };
    },
  });

  api.route({
    method: 'get',
    path: '/api/questions/similar',
    summary: 'Questions proches d’un titre (pendant la saisie)',
    tag: 'Questions',
    access: 'public',
    query: z.object({ title: text('Le titre', 0, 150) }),
    responses: { 200: 'QuestionSummary[] (5 au plus)' },
    handler: async ({ query }) => ({
      body: await presentQuestionSummaries(sequelize, await similarQuestions(sequelize, query.title)),
    }),
  });

  api.route({
    method: 'post',
    path: '/api/questions',
    summary: 'Poser une question',
    tag: 'Questions',
    access: 'member',
    rateLimit: 'questionPerUser',
    body: z.object({ title: questionTitle, body: postBody, tags: questionTags, anonymous: anonymousFlag }),
    responses: { 201: '{question}', 429: 'Trop de questions' },
    handler: async ({ viewer, body }) => {
      const question = await questionCreator(api.ctx, { author: viewer, ...body });
      const data = await loadPresentationData(sequelize, { questions: [question], viewer });
      return { status: 201, body: { question: presentQuestion(question, data) } };
    },
  });

  api.route({
    method: 'get',
    path: '/api/questions/:id',
    summary: 'Une question et ses réponses (acceptée, puis par score, puis la plus ancienne)',
    tag: 'Questions',
    access: 'public',
    params: idParams,
    responses: { 200: '{question, answers}', 404: 'Question introuvable' },
    handler: async ({ params, viewer }) => {
      if (viewer) return { body: await loadQuestionPage(sequelize, params.id, viewer) };
      // Visitors all see the same page: served pre-serialised from the shared cache.
      const { pageCache } = api.ctx;
      const cached = await pageCache.read(params.id);
      if (cached?.json) return { json: cached.json };
      const json = JSON.stringify(await loadQuestionPage(sequelize, params.id, null));
      if (cached) await pageCache.store(params.id, cached.version, json);
      return { json };
    },
  });

  api.route({
    method: 'patch',
    path: '/api/questions/:id',
    summary: 'Modifier une question (auteur ou modérateur ; chaque version est conservée)',
    tag: 'Questions',
    access: 'member',
    rateLimit: 'editPerUser',
    params: idParams,
    body: z.object({ title: questionTitle.optional(), body: postBody.optional(), tags: questionTags.optional() }),
    responses: {
      200: '{question}',
      403: 'Ni auteur ni modérateur',
      404: 'Question introuvable',
      409: 'Question supprimée',
    },
    handler: async ({ params, body, viewer }) => {
      if (body.title === undefined && body.body === undefined && body.tags === undefined) {
        throw validationFailed('Indiquez au moins un champ à modifier : title, body ou tags.');
      }
      const question = await questionEditor(api.ctx, { editor: viewer, questionId: params.id, ...body });
      const data = await loadPresentationData(sequelize, { questions: [question], viewer });
      return { body: { question: presentQuestion(question, data) } };
    },
  });

  api.route({
    method: 'delete',
    path: '/api/questions/:id',
    summary: 'Supprimer une question (auteur ou modérateur)',
    tag: 'Questions',
    access: 'member',
    params: idParams,
    responses: { 204: 'Supprimée', 403: 'Ni auteur ni modérateur', 404: 'Question introuvable' },
    handler: async ({ params, viewer }) => {
      await questionDeleter(api.ctx, viewer, params.id);
      return { status: 204 };
    },
  });

  api.route({
    method: 'get',
    path: '/api/questions/:id/revisions',
    summary: 'Les versions successives d’une question, la plus récente d’abord',
    tag: 'Questions',
    access: 'public',
    params: idParams,
    responses: { 200: 'Revision[]', 404: 'Question introuvable' },
    handler: async ({ params, viewer }) => {
      const question = assertVisible(viewer, await Question.findByPk(params.id), 'Question');
      return { body: await presentRevisions('question', question) };
    },
  });

  api.route({
    method: 'post',
    path: '/api/questions/:id/answers',
    summary: 'Répondre à une question',
    tag: 'Réponses',
    access: 'member',
    rateLimit: 'answerPerUser',
    params: idParams,
    body: z.object({ body: postBody, anonymous: anonymousFlag }),
    responses: { 201: '{answer}', 404: 'Question introuvable', 429: 'Trop de réponses' },
    handler: async ({ params, body, viewer }) => {
      const { answer, acceptedAnswerId } = await answerCreator(api.ctx, {
        author: viewer,
        questionId: params.id,
        ...body,
      });
      // The author is the viewer and a new answer has no votes: nothing more to load.
      return { status: 201, body: { answer: presentAnswer(answer, acceptedAnswerId, authorOnly(viewer, true)) } };
    },
  });
}

import { z } from 'zod';
import { QueryTypes } from 'sequelize';
import { flagCreator } from '../commands/flagCreator';
import type { Tag } from '../contracts/dto';
import type { ApiRouter } from '../http/route';
import { presentQuestionSummary } from '../presenters';
import { loadPresentationData } from '../presenters/load';
import { searchQuestions } from '../queries/search';
import { id, pagination, tagSlug, targetType, text } from './schemas';

export function catalogueRoutes(api: ApiRouter): void {
  const { sequelize } = api.ctx;

  api.route({
    method: 'get',
    path: '/api/tags',
    summary: 'Les thèmes, avec leur nombre de questions publiées',
    tag: 'Thèmes',
    access: 'public',
    responses: { 200: 'Tag[]' },
    handler: async () => ({
      body: await sequelize.query<Tag>(
        `SELECT t.slug, t.name, t.description,
                (SELECT count(*) FROM question_tags qt JOIN questions q ON q.id = qt.question_id
                 WHERE qt.tag_id = t.id AND q.status = 'published' AND NOT q.live_active)::int AS "questionCount"
         FROM tags t ORDER BY t.name`,
        { type: QueryTypes.SELECT },
      ),
    }),
  });

  api.route({
    method: 'get',
    path: '/api/search',
    summary: 'Recherche en français (racines, sans accents, tolérante aux fautes de frappe)',
    tag: 'Questions',
    access: 'public',
    query: z.object({
      q: text('La recherche', 1, 200),
      tag: tagSlug.optional(),
      ...pagination,
    }),
    responses: { 200: '{items: (QuestionSummary & {highlight})[], nextCursor, corrections}' },
    handler: async ({ query }) => {
      const result = await searchQuestions(sequelize, query);
      const data = await loadPresentationData(sequelize, { questions: result.items.map((hit) => hit.question) });
      return {
        body: {
          items: result.items.map((hit) => ({
            ...presentQuestionSummary(hit.question, data),
            highlight: hit.highlight,
          })),
          nextCursor: result.nextCursor,
          corrections: result.corrections,
        },
      };
    },
  });

  api.route({
    method: 'post',
    path: '/api/flags',
    summary: 'Signaler un message aux modérateurs',
    tag: 'Modération',
    access: 'member',
    rateLimit: 'flagPerUser',
    body: z.object({
      targetType,
      targetId: id,
      reason: z.enum(['spam', 'offensive', 'personal_data', 'off_topic', 'other'], {
        error: 'Le motif doit être spam, offensive, personal_data, off_topic ou other.',
      }),
      note: text('La note', 0, 500).default(''),
    }),
    responses: { 201: '{flag}', 403: 'Son propre message', 404: 'Message introuvable', 409: 'Déjà signalé' },
    handler: async ({ body, viewer }) => {
      const flag = await flagCreator(api.ctx, { flagger: viewer, ...body });
      return {
        status: 201,
        body: {
          flag: {
            id: flag.id,
            targetType: flag.targetType,
            targetId: flag.targetId,
            reason: flag.reason,
            createdAt: flag.createdAt.toISOString(),
          },
        },
      };
    },
  });
}

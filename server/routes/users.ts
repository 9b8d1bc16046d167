import { z } from 'zod';
import { QueryTypes } from 'sequelize';
import { Answer, Organisation, User } from '../../db/models';
import type { UserProfile } from '../contracts/dto';
import type { ApiRouter } from '../http/route';
import { notFound } from '../errors';
import { presentAnswer, presentUserRef } from '../presenters';
import { loadPresentationData, presentQuestionSummaries } from '../presenters/load';
import { listQuestions } from '../queries/questionLists';
import { decodeCursor, encodeCursor, isOffsetCursor } from '../queries/cursor';
import { idParams, pagination } from './schemas';

async function findUser(id: number): Promise<User> {
  const user = await User.findByPk(id, { include: [{ model: Organisation, as: 'organisation' }] });
  if (!user) throw notFound('Utilisateur introuvable.');
  return user;
}

// Profiles only ever count and list a user's public posts: anonymous posts stay unlinked.
const PUBLIC_ANSWERS = `a.author_id = :userId AND NOT a.anonymous AND a.status = 'published'`;

export function userRoutes(api: ApiRouter): void {
  const { sequelize } = api.ctx;

  api.route({
    method: 'get',
    path: '/api/users/:id',
    summary: 'Profil public d’un utilisateur',
    tag: 'Utilisateurs',
    access: 'public',
    params: idParams,
    responses: { 200: 'UserProfile', 404: 'Utilisateur introuvable' },
    handler: async ({ params }) => {
      const user = await findUser(params.id);
      const replacements = { userId: user.id };
      const [counts] = await sequelize.query<{ answerCount: number; acceptedCount: number }>(
        `SELECT count(*)::int AS "answerCount",
                count(*) FILTER (WHERE q.accepted_answer_id = a.id)::int AS "acceptedCount"
         FROM answers a JOIN questions q ON q.id = a.question_id
         WHERE ${PUBLIC_ANSWERS} AND q.status = 'published'`,
        { replacements, type: QueryTypes.SELECT },
      );
      // Until the reputation ledger exists, standing in a theme is the net score of the user's
      // public answers there.
      const tagReputation = await sequelize.query<{ tag: string; reputation: number }>(
        `SELECT t.slug AS tag, sum(a.score)::int AS reputation
         FROM answers a JOIN questions q ON q.id = a.question_id
         JOIN question_tags qt ON qt.question_id = q.id JOIN tags t ON t.id = qt.tag_id
         WHERE ${PUBLIC_ANSWERS} AND q.status = 'published'
         GROUP BY t.slug HAVING sum(a.score) > 0 ORDER BY reputation DESC, t.slug`,
        { replacements, type: QueryTypes.SELECT },
      );
      const profile: UserProfile = {
        ...presentUserRef(user),
        bio: user.bio,
        createdAt: user.createdAt.toISOString(),
        organisation: user.organisation
          ? { id: user.organisation.id, slug: user.organisation.slug, name: user.organisation.name }
          : null,
        tagReputation,
        answerCount: counts?.answerCount ?? 0,
        acceptedCount: counts?.acceptedCount ?? 0,
      };
      return { body: profile };
    },
  });

  api.route({
    method: 'get',
    path: '/api/users/:id/questions',
    summary: 'Les questions publiques (non anonymes) d’un utilisateur',
    tag: 'Utilisateurs',
    access: 'public',
    params: idParams,
    query: z.object(pagination),
    responses: { 200: '{items: QuestionSummary[], nextCursor}', 404: 'Utilisateur introuvable' },
    handler: async ({ params, query }) => {
      const user = await findUser(params.id);
      const page = await listQuestions(sequelize, { sort: 'newest', authorId: user.id, ...query });
      return { body: { items: await presentQuestionSummaries(sequelize, page.items), nextCursor: page.nextCursor } };
    },
  });

  api.route({
    method: 'get',
    path: '/api/users/:id/answers',
    summary: 'Les réponses publiques (non anonymes) d’un utilisateur',
    tag: 'Utilisateurs',
    access: 'public',
    params: idParams,
    query: z.object({
      sort: z.enum(['top', 'newest'], { error: 'Le tri doit être top ou newest.' }).default('top'),
      ...pagination,
    }),
    responses: { 200: '{items: Answer[], nextCursor}', 404: 'Utilisateur introuvable' },
    handler: async ({ params, query, viewer }) => {
      const user = await findUser(params.id);
      const offset = query.cursor ? decodeCursor(query.cursor, isOffsetCursor).offset : 0;
      const answers = await sequelize.query(
        `SELECT a.* FROM answers a JOIN questions q ON q.id = a.question_id
         WHERE ${PUBLIC_ANSWERS} AND q.status = 'published'
         ORDER BY ${query.sort === 'top' ? 'a.score DESC, a.id DESC' : 'a.created_at DESC, a.id DESC'}
         LIMIT :limit OFFSET :offset`,
        { replacements: { userId: user.id, limit: query.limit + 1, offset }, model: Answer, mapToModel: true },
      );
      const page = answers.slice(0, query.limit);
      const accepted = await sequelize.query<{ accepted_answer_id: number }>(
        `SELECT accepted_answer_id FROM questions WHERE accepted_answer_id IN (:ids)`,
        { replacements: { ids: page.length ? page.map((a) => a.id) : [0] }, type: QueryTypes.SELECT },
      );
      const acceptedIds = new Set(accepted.map((row) => row.accepted_answer_id));
      const data = await loadPresentationData(sequelize, { answers: page, viewer });
      return {
        body: {
          items: page.map((a) => presentAnswer(a, acceptedIds.has(a.id) ? a.id : null, data)),
          nextCursor: answers.length > query.limit ? encodeCursor({ offset: offset + query.limit }) : null,
        },
      };
    },
  });
}

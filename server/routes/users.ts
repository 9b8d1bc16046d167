import { z } from 'zod';
import { QueryTypes } from 'sequelize';
import { Answer, Organisation, User } from '../../db/models';
import type { ApiRouter } from '../http/route';
import { notFound } from '../errors';
import { presentAnswer } from '../presenters';
import { loadPresentationData, presentQuestionSummaries } from '../presenters/load';
import { listQuestions } from '../queries/questionLists';
import { decodeCursor, encodeCursor, isInt32, isOffsetCursor } from '../queries/cursor';
import { presentReputationEvent, type ReputationEventRow } from '../presenters/reputation';
import { userRemover } from '../commands/userRemover';
import { isErased } from '../commands/accountClosing';
import { PUBLIC_ANSWERS, presentUserProfile } from '../presenters/profile';
import { idParams, pagination, text } from './schemas';

const isIdCursor = (value: unknown): value is { id: number } =>
  typeof value === 'object' && value !== null && isInt32((value as { id?: unknown }).id);

/** An erased account has no profile left: its ledger and lists would only tie its old posts together. */
async function findUser(id: number): Promise<User> {
  const user = await User.findByPk(id, { include: [{ model: Organisation, as: 'organisation' }] });
  if (!user || isErased(user)) throw notFound('Utilisateur introuvable.');
  return user;
}

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
    handler: async ({ params }) => ({ body: await presentUserProfile(sequelize, await findUser(params.id)) }),
  });

  api.route({
    method: 'get',
    path: '/api/users/:id/reputation',
    summary: 'L’historique de réputation d’un utilisateur : une ligne par cause, la plus récente d’abord',
    tag: 'Utilisateurs',
    access: 'public',
    params: idParams,
    query: z.object(pagination),
    responses: { 200: '{items: ReputationEvent[], nextCursor, reputation}', 404: 'Utilisateur introuvable' },
    handler: async ({ params, query, viewer }) => {
      const user = await findUser(params.id);
      const before = query.cursor ? decodeCursor(query.cursor, isIdCursor).id : null;
      const rows = await sequelize.query<ReputationEventRow>(
        `SELECT e.id, e.amount, e.reason, e.reversal, e.question_id, e.answer_id, q.title,
                q.status = 'published' AS question_published,
                ARRAY(SELECT t.slug FROM unnest(e.tag_ids) WITH ORDINALITY AS x(tag_id, n)
                      JOIN tags t ON t.id = x.tag_id ORDER BY x.n) AS tags,
                to_char(e.day, 'YYYY-MM-DD') AS day, e.created_at
         FROM reputation_events e LEFT JOIN questions q ON q.id = e.question_id
         WHERE e.user_id = :userId ${before ? 'AND e.id < :before' : ''}
         ORDER BY e.id DESC LIMIT :limit`,
        { replacements: { userId: user.id, before, limit: query.limit + 1 }, type: QueryTypes.SELECT },
      );
      const page = rows.slice(0, query.limit);
      const ownerOrModerator = viewer !== null && (viewer.id === user.id || viewer.isModerator);
      const options = { dailyCap: api.ctx.config.reputation.dailyVoteCap, ownerOrModerator };
      return {
        body: {
          items: page.map((row) => presentReputationEvent(row, options)),
          nextCursor: rows.length > query.limit ? encodeCursor({ id: Number(page.at(-1)!.id) }) : null,
          reputation: user.reputation,
        },
      };
    },
  });

  api.route({
    method: 'delete',
    path: '/api/users/:id',
    summary: 'Supprimer un compte pour abus (équipe de l’État) : la réputation donnée par ses votes est retirée',
    tag: 'Utilisateurs',
    access: 'moderator',
    allowSuspended: true,
    params: idParams,
    body: z.object({ reason: text('Le motif', 5, 500) }),
    responses: { 204: 'Compte supprimé', 403: 'Réservé aux administrateurs', 404: 'Utilisateur introuvable' },
    handler: async ({ params, body, viewer }) => {
      await userRemover(api.ctx, { admin: viewer, userId: params.id, reason: body.reason });
      return { status: 204 };
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

import { voteCaster } from '../commands/voteCaster';
import type { TargetType } from '../contracts/dto';
import type { ApiRouter } from '../http/route';
import { idParams, voteBody } from './schemas';

const labels: Record<TargetType, { path: string; name: string; notFound: string }> = {
  question: { path: '/api/questions/:id/vote', name: 'une question', notFound: 'Question introuvable' },
  answer: { path: '/api/answers/:id/vote', name: 'une réponse', notFound: 'Réponse introuvable' },
};

export function voteRoutes(api: ApiRouter): void {
  for (const targetType of ['question', 'answer'] as const) {
    const label = labels[targetType];
    api.route({
      method: 'post',
      path: label.path,
      summary: `Voter pour (1) ou contre (-1) ${label.name}, ou retirer son vote (0)`,
      tag: 'Votes',
      access: 'member',
      rateLimit: 'votePerUser',
      params: idParams,
      body: voteBody,
      responses: {
        200: '{score, viewerVote}',
        403: 'Vote sur son propre message (own_post)',
        404: label.notFound,
      },
      handler: async ({ params, body, viewer }) => {
        const { score, viewerVote } = await voteCaster(api.ctx, {
          voter: viewer,
          targetType,
          targetId: params.id,
          value: body.value,
        });
        return { body: { score, viewerVote } };
      },
    });
  }
}

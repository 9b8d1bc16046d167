import { UniqueConstraintError } from 'sequelize';
import { Answer, Flag, Question, type User } from '../../db/models';
import type { FlagReason, TargetType } from '../contracts/dto';
import { conflict, forbidden } from '../errors';
import { caseChanged, openCase, recordModerationAction } from '../moderation/cases';
import { FLAG_HIDE_THRESHOLD, flagWeight } from '../moderation/rules';
import { assertVisible } from '../policies/posts';
import { assertPrivilege } from '../policies/privileges';
import type { CommandContext } from '../context';
import { inTransaction } from './effects';
import { changePostStatus } from './postStatus';

export interface FlagCreatorProps {
  flagger: User;
  targetType: TargetType;
  targetId: number;
  reason: FlagReason;
  note: string;
}

const REASON_LABELS: Record<FlagReason, string> = {
  spam: 'Spam ou publicité',
  offensive: 'Propos injurieux ou menaçants',
  personal_data: 'Données personnelles',
  off_topic: 'Hors sujet',
  other: 'Autre motif',
};

/**
 * A member's flag: one per member and post. Flags add up in the post's flag case, each weighing
 * by its author's reputation; once they reach the threshold the post is hidden until a moderator
 * decides (a moderator's flag hides it at once).
 */
export async function flagCreator(
  ctx: CommandContext,
  { flagger, targetType, targetId, reason, note }: FlagCreatorProps,
): Promise<Flag> {
  assertPrivilege(flagger, 'flag', ctx.config.reputation);
  return inTransaction(ctx, async (transaction, after) => {
    const model = (targetType === 'question' ? Question : Answer) as typeof Question;
    const target = assertVisible(
      flagger,
      await model.findByPk(targetId, { attributes: ['id', 'authorId', 'status'], transaction }),
      targetType === 'question' ? 'Question' : 'Réponse',
    );
    if (target.authorId === flagger.id) {
      throw forbidden('Vous ne pouvez pas signaler votre propre message : modifiez-le ou supprimez-le.', 'own_post');
    }
    let flag: Flag;
    try {
      flag = await Flag.create({ flaggerId: flagger.id, targetType, targetId, reason, note }, { transaction });
    } catch (error) {
      if (error instanceof UniqueConstraintError)
        throw conflict('Vous avez déjà signalé ce message.', 'already_flagged');
      throw error;
    }
    const weight = flagWeight(flagger);
    const flagCase = await openCase(ctx.sequelize, transaction, {
      kind: 'flag',
      targetType,
      targetId,
      reasons: [
        {
          check: `flag_${reason}`,
          detail: note ? `${REASON_LABELS[reason]} : ${note}` : REASON_LABELS[reason],
          score: weight,
        },
      ],
      flagWeight: weight,
      reasonsMerge: 'append',
    });
    if (target.status === 'published' && flagCase.flag_weight >= FLAG_HIDE_THRESHOLD) {
      await changePostStatus(ctx, transaction, after, {
        targetType,
        targetId,
        status: 'hidden',
        reasons: [
          {
            check: 'flags',
            detail: 'Votre message est masqué après plusieurs signalements, en attendant l’avis d’un modérateur.',
          },
        ],
      });
      await recordModerationAction(ctx.sequelize, transaction, {
        moderatorId: flagger.isModerator ? flagger.id : null,
        action: 'hide_by_flags',
        caseId: flagCase.id,
        targetType,
        targetId,
        reason: `Signalements cumulés : ${flagCase.flag_weight} (seuil ${FLAG_HIDE_THRESHOLD})`,
      });
    }
    caseChanged(ctx, after, flagCase.id);
    return flag;
  });
}

import { UniqueConstraintError } from 'sequelize';
import { Answer, Flag, Question, type User } from '../../db/models';
import type { FlagReason, TargetType } from '../contracts/dto';
import { conflict, forbidden } from '../errors';
import { assertVisible } from '../policies/posts';
import { assertPrivilege } from '../policies/privileges';
import type { CommandContext } from '../context';
import { inTransaction } from './effects';

export interface FlagCreatorProps {
  flagger: User;
  targetType: TargetType;
  targetId: number;
  reason: FlagReason;
  note: string;
}

export async function flagCreator(
  ctx: CommandContext,
  { flagger, targetType, targetId, reason, note }: FlagCreatorProps,
): Promise<Flag> {
  assertPrivilege(flagger, 'flag', ctx.config.reputation);
  return inTransaction(ctx, async (transaction) => {
    const model = (targetType === 'question' ? Question : Answer) as typeof Question;
    const target = assertVisible(
      flagger,
      await model.findByPk(targetId, { attributes: ['id', 'authorId', 'status'], transaction }),
      targetType === 'question' ? 'Question' : 'Réponse',
    );
    if (target.authorId === flagger.id) {
      throw forbidden('Vous ne pouvez pas signaler votre propre message : modifiez-le ou supprimez-le.', 'own_post');
    }
    try {
      return await Flag.create({ flaggerId: flagger.id, targetType, targetId, reason, note }, { transaction });
    } catch (error) {
      if (error instanceof UniqueConstraintError)
        throw conflict('Vous avez déjà signalé ce message.', 'already_flagged');
      throw error;
    }
  });
}

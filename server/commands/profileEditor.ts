import { UniqueConstraintError } from 'sequelize';
import type { User } from '../../db/models';
import { conflict } from '../errors';
import type { CommandContext } from '../context';
import { inTransaction } from './effects';

export interface ProfileEditorProps {
  user: User;
  pseudonym?: string;
  bio?: string;
}

/**
 * Changes the user's own pseudonym or bio. Posts carry the author's id, not the pseudonym, so
 * they show the new one at once (a visitor's cached page within its minute of life).
 */
export async function profileEditor(ctx: CommandContext, { user, pseudonym, bio }: ProfileEditorProps): Promise<User> {
  try {
    return await inTransaction(ctx, async (transaction) => {
      if (pseudonym !== undefined) user.pseudonym = pseudonym;
      if (bio !== undefined) user.bio = bio;
      return user.save({ transaction });
    });
  } catch (error) {
    // Only the pseudonym is unique among what changes here (case-insensitively, as at registration).
    if (error instanceof UniqueConstraintError) throw conflict('Ce pseudonyme est déjà pris.', 'pseudonym_taken');
    throw error;
  }
}

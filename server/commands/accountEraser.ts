import { randomBytes } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import type { User } from '../../db/models';
import { AppError } from '../errors';
import { recordReputationWork, type ReputationSubject } from '../reputation/outbox';
import type { CommandContext } from '../context';
import { caseChanged } from '../moderation/cases';
import { closeAccount } from './accountClosing';
import { inTransaction } from './effects';
import { hashPassword, passwordMatches } from './userRegistrar';

export interface AccountEraserProps {
  user: User;
  /** The current password: a session left open on a shared computer must not be enough. */
  password: string;
}

/**
 * What an erased account is called, as pseudonym and as address. Registration allows neither an
 * accent in a pseudonym nor an address without "@", so no account can already hold it, and the
 * real address is free to register again.
 */
export const erasedPlaceholder = (userId: number): string => `compte-supprimé-${userId}`;

/**
 * Erases an account at its owner's request (RGPD): the person's data goes, their posts stay for
 * the people they helped, anonymous like any anonymous post, and nobody else's reputation moves.
 * Unlike a removal for abuse (userRemover), the votes they cast keep their effect.
 */
export async function accountEraser(ctx: CommandContext, { user, password }: AccountEraserProps): Promise<void> {
  if (!(await passwordMatches(user, password))) {
    throw new AppError(401, 'invalid_credentials', 'Mot de passe incorrect : votre compte n’a pas été supprimé.');
  }
  // The hash of a secret nobody keeps: no password opens the account again. Computed before the
  // transaction so that the row lock is not held while argon2 works.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  const { sequelize } = ctx;
  await inTransaction(ctx, async (transaction, after) => {
    await closeAccount(transaction, user.id, {
      email: erasedPlaceholder(user.id),
      pseudonym: erasedPlaceholder(user.id),
      passwordHash,
      bio: '',
      expertProfession: null,
      expertVerified: false,
      expertRegisterName: null,
      removalReason: null,
    });
    const replacements = { userId: user.id };
    // The author stays recorded, as for every anonymous post: moderators still judge the posts
    // by their author's standing, and the reputation worker finds what to take back.
    const questions = await sequelize.query<{ id: number }>(
      `UPDATE questions SET anonymous = true WHERE author_id = :userId AND NOT anonymous RETURNING id`,
      { replacements, type: QueryTypes.SELECT, transaction },
    );
    const answers = await sequelize.query<{ id: number; questionId: number }>(
      `UPDATE answers SET anonymous = true WHERE author_id = :userId AND NOT anonymous
       RETURNING id, question_id AS "questionId"`,
      { replacements, type: QueryTypes.SELECT, transaction },
    );
    await sequelize.query(`DELETE FROM notifications WHERE user_id = :userId`, { replacements, transaction });
    // An expert request names a registration: it goes, and the case still waiting on it closes.
    const closedCases = await sequelize.query<{ id: number }>(
      `UPDATE moderation_cases SET status = 'resolved', decision = 'reject', note = 'Compte supprimé par son titulaire.',
              resolved_at = now(), updated_at = now()
       WHERE id = (SELECT case_id FROM expert_profiles WHERE user_id = :userId) AND status <> 'resolved'
       RETURNING id`,
      { replacements, type: QueryTypes.SELECT, transaction },
    );
    for (const { id } of closedCases) caseChanged(ctx, after, id);
    await sequelize.query(`DELETE FROM expert_profiles WHERE user_id = :userId`, { replacements, transaction });
    // Contact requests hold the contact details a member shared: sent or received, they go too.
    await sequelize.query(`DELETE FROM contact_requests WHERE requester_id = :userId OR expert_id = :userId`, {
      replacements,
      transaction,
    });

    // Anonymous posts earn nothing: the worker takes back what these earned while signed (its
    // author's and asker's units only; voters and other answerers keep theirs).
    const subjects: ReputationSubject[] = [
      ...questions.map(({ id }): ReputationSubject => `question:${id}`),
      ...answers.map(({ id }): ReputationSubject => `answer:${id}`),
    ];
    await recordReputationWork(ctx, transaction, after, subjects);

    // The visitors' cached pages name the author until invalidated. Nothing is pushed live: a
    // burst of updates on these posts at once would tell every screen they share an author.
    const pages = new Set([...questions.map(({ id }) => id), ...answers.map(({ questionId }) => questionId)]);
    after(async () => {
      for (const questionId of pages) await ctx.pageCache.invalidate(questionId);
    });
  });
}

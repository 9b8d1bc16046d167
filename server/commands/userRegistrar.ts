import argon2 from 'argon2';
import { UniqueConstraintError, type Sequelize } from 'sequelize';
import { User } from '../../db/models';
import type { Role } from '../contracts/dto';
import { conflict } from '../errors';

export interface UserRegistrarProps {
  email: string;
  password: string;
  pseudonym: string;
  role?: Role;
}

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

export async function userRegistrar(
  sequelize: Sequelize,
  { email, password, pseudonym, role = 'member' }: UserRegistrarProps,
): Promise<User> {
  const passwordHash = await hashPassword(password);
  try {
    return await sequelize.transaction((transaction) =>
      User.create({ email: email.toLowerCase(), passwordHash, pseudonym, role }, { transaction }),
    );
  } catch (error) {
    if (error instanceof UniqueConstraintError) {
      // Say which one is taken only for the pseudonym, which is public anyway; an email that
      // exists gets the same answer so that registration cannot test who has an account.
      const taken = await User.count({
        where: sequelize.where(sequelize.fn('lower', sequelize.col('pseudonym')), pseudonym.toLowerCase()),
      });
      throw conflict(
        taken ? 'Ce pseudonyme est déjà pris.' : 'Impossible de créer ce compte avec ces informations.',
        taken ? 'pseudonym_taken' : 'conflict',
      );
    }
    throw error;
  }
}

const byEmail = (email: string) =>
  User.sequelize!.where(User.sequelize!.fn('lower', User.sequelize!.col('email')), email.toLowerCase());

/** A valid password for that email, or null. Always hashes, so timing does not reveal accounts. */
export async function authenticate(email: string, password: string): Promise<User | null> {
  const user = await User.findOne({ where: byEmail(email) });
  if (!user) {
    await argon2.verify(DUMMY_HASH, password).catch(() => false);
    return null;
  }
  return (await passwordMatches(user, password)) ? user : null;
}

/** Whether `password` is the user's; a hash argon2 cannot read matches nothing. */
export const passwordMatches = (user: User, password: string): Promise<boolean> =>
  argon2.verify(user.passwordHash, password).catch(() => false);

const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG0ZZk1mGQpCw';

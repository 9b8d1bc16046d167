import { Tag, User, type Answer, type Question } from '../../db/models';
import { inTransaction } from '../../server/commands/effects';
import { changePostStatus } from '../../server/commands/postStatus';
import type { Role } from '../../server/contracts/dto';
import { hashPassword } from '../../server/commands/userRegistrar';
import { questionCreator } from '../../server/commands/questionCreator';
import { answerCreator } from '../../server/commands/answerCreator';
import { TestClient } from './client';
import { testEnv } from './hooks';

export const DEFAULT_PASSWORD = 'motdepasse-de-test';
let defaultHash: Promise<string> | undefined;
let sequence = 0;

export interface BuildUserOptions {
  role?: Role;
  pseudonym?: string;
  email?: string;
  reputation?: number;
  suspendedUntil?: Date | null;
}

export async function buildUser(options: BuildUserOptions = {}): Promise<User> {
  sequence += 1;
  defaultHash ??= hashPassword(DEFAULT_PASSWORD);
  return User.create({
    email: options.email ?? `user${sequence}@exemple.test`,
    pseudonym: options.pseudonym ?? `membre${sequence}`,
    passwordHash: await defaultHash,
    role: options.role ?? 'member',
    // A head start outside the ledger (rebuild tests give none): what the user earned before.
    reputation: options.reputation ?? 1,
    reputationEarned: (options.reputation ?? 1) - 1,
    suspendedUntil: options.suspendedUntil ?? null,
  });
}

export async function buildTag(slug = 'tresorerie-financement', name = 'Trésorerie et financement'): Promise<Tag> {
  const [tag] = await Tag.findOrCreate({
    where: { slug },
    defaults: { slug, name, description: `Questions sur ${name}` },
  });
  return tag;
}

export interface BuildQuestionOptions {
  author?: User;
  title?: string;
  body?: string;
  tags?: string[];
  anonymous?: boolean;
}

/**
 * Publishes a new post as the moderation worker publishes a clean one (the checks and the worker
 * have their own tests): through the same command, so that its effects follow.
 */
async function publish<T extends Question | Answer>(post: T, targetType: 'question' | 'answer'): Promise<T> {
  const { ctx } = testEnv();
  await inTransaction(ctx, (transaction, after) =>
    changePostStatus(ctx, transaction, after, { targetType, targetId: post.id, status: 'published', reasons: [] }),
  );
  return (await post.reload()) as T;
}

export async function buildQuestion(options: BuildQuestionOptions = {}): Promise<Question> {
  sequence += 1;
  const tags = options.tags ?? [(await buildTag()).slug];
  for (const slug of tags) await buildTag(slug, slug);
  const question = await questionCreator(testEnv().ctx, {
    author: options.author ?? (await buildUser()),
    title: options.title ?? `Question de test numéro ${sequence} sur la trésorerie`,
    body: options.body ?? `Corps de la question de test numéro ${sequence}, assez long pour être valide.`,
    tags,
    anonymous: options.anonymous ?? false,
  });
  return publish(question, 'question');
}

export interface BuildAnswerOptions {
  question?: Question;
  author?: User;
  body?: string;
  anonymous?: boolean;
}

export async function buildAnswer(options: BuildAnswerOptions = {}): Promise<Answer> {
  sequence += 1;
  const question = options.question ?? (await buildQuestion());
  const { answer } = await answerCreator(testEnv().ctx, {
    author: options.author ?? (await buildUser()),
    questionId: question.id,
    body: options.body ?? `Réponse de test numéro ${sequence}, avec assez de texte pour passer.`,
    anonymous: options.anonymous ?? false,
  });
  return publish(answer, 'answer');
}

/** A client logged in as `user` through the real login route. */
export async function clientFor(user: User): Promise<TestClient> {
  const client = new TestClient();
  await client.login(user.email, DEFAULT_PASSWORD);
  return client;
}

import { QueryTypes, UniqueConstraintError, type Sequelize, type Transaction } from 'sequelize';
import { Answer, Organisation, User } from '../../db/models';
import type { OrganisationPage, PartnerOrganisation, Page } from '../contracts/dto';
import type { CommandContext } from '../context';
import { answerPresentationChanged, inTransaction } from '../commands/effects';
import { conflict, forbidden, notFound } from '../errors';
import { presentUserRef } from '../presenters';
import { decodeCursor, encodeCursor, isInt32 } from '../queries/cursor';

// Partner organisations (a CCI, Bpifrance, a professional order…). `users.organisation_id` links
// a user to one organisation: as its moderator (role `moderator`: they act on its sessions only)
// or as one of its verified experts. The State's team (admins) manages them.

interface OrganisationRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  created_at: Date;
  moderator_count: number;
  expert_count: number;
  recommendation_count: number;
}

const WITH_COUNTS = `
  SELECT o.id, o.slug, o.name, o.description, o.created_at,
    (SELECT count(*)::int FROM users u
     WHERE u.organisation_id = o.id AND u.role = 'moderator' AND u.removed_at IS NULL) AS moderator_count,
    (SELECT count(*)::int FROM users u
     WHERE u.organisation_id = o.id AND u.expert_verified AND u.removed_at IS NULL) AS expert_count,
    (SELECT count(*)::int FROM answer_recommendations r JOIN answers a ON a.id = r.answer_id
     WHERE r.organisation_id = o.id AND a.status = 'published') AS recommendation_count
  FROM organisations o`;

function presentOrganisation(row: OrganisationRow): PartnerOrganisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    moderatorCount: row.moderator_count,
    expertCount: row.expert_count,
    recommendationCount: row.recommendation_count,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

const isNameCursor = (value: unknown): value is { name: string; id: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { name?: unknown }).name === 'string' &&
  (value as { name: string }).name.length <= 150 &&
  isInt32((value as { id?: unknown }).id);

/** `GET /api/organisations`: by name. */
export async function listOrganisations(
  sequelize: Sequelize,
  { limit, cursor }: { limit: number; cursor?: string },
): Promise<Page<PartnerOrganisation>> {
  const after = cursor ? decodeCursor(cursor, isNameCursor) : null;
  const rows = await sequelize.query<OrganisationRow>(
    `SELECT * FROM (${WITH_COUNTS}) o ${after ? 'WHERE (o.name, o.id) > (:name, :id)' : ''}
     ORDER BY o.name, o.id LIMIT :limit`,
    { replacements: { limit: limit + 1, ...(after ?? {}) }, type: QueryTypes.SELECT },
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(presentOrganisation),
    nextCursor: rows.length > limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
  };
}

/** `GET /api/organisations/:slug`: who it is, its moderators, its experts (its sessions later). */
export async function loadOrganisationPage(sequelize: Sequelize, slug: string): Promise<OrganisationPage> {
  const [row] = await sequelize.query<OrganisationRow>(`${WITH_COUNTS} WHERE o.slug = :slug`, {
    replacements: { slug },
    type: QueryTypes.SELECT,
  });
  if (!row) throw notFound('Organisation introuvable.');
  const members = await User.findAll({
    where: { organisationId: row.id, removedAt: null },
    order: [['pseudonym', 'ASC']],
  });
  return {
    organisation: presentOrganisation(row),
    moderators: members.filter((u) => u.role === 'moderator').map(presentUserRef),
    experts: members.filter((u) => u.expertVerified && u.expertProfession).map(presentUserRef),
    sessions: [],
  };
}

export async function presentedOrganisation(sequelize: Sequelize, id: number): Promise<PartnerOrganisation> {
  const [row] = await sequelize.query<OrganisationRow>(`${WITH_COUNTS} WHERE o.id = :id`, {
    replacements: { id },
    type: QueryTypes.SELECT,
  });
  return presentOrganisation(row!);
}

function assertAdmin(viewer: User): void {
  if (viewer.role !== 'admin') {
    throw forbidden('Seule l’équipe de l’État gère les organisations partenaires.');
  }
}

export async function organisationCreator(
  ctx: CommandContext,
  admin: User,
  props: { name: string; slug: string; description: string },
): Promise<Organisation> {
  assertAdmin(admin);
  try {
    return await inTransaction(ctx, (transaction) => Organisation.create(props, { transaction }));
  } catch (error) {
    if (error instanceof UniqueConstraintError) {
      throw conflict('Une organisation porte déjà cet identifiant (slug).', 'slug_taken');
    }
    throw error;
  }
}

async function findOrganisation(slug: string): Promise<Organisation> {
  const organisation = await Organisation.findOne({ where: { slug } });
  if (!organisation) throw notFound('Organisation introuvable.');
  return organisation;
}

/** The account, locked; a closed one is not found. */
async function lockedUser(userId: number, transaction: Transaction): Promise<User> {
  const user = await User.findByPk(userId, { transaction, lock: transaction.LOCK.UPDATE });
  if (!user || user.removedAt) throw notFound('Utilisateur introuvable.');
  return user;
}

/** A user belongs to one organisation at most: moving them is two explicit steps, never a side effect. */
function assertNotInAnotherOrganisation(user: User, organisation: { id: number }): void {
  if (user.organisationId !== null && user.organisationId !== organisation.id) {
    throw conflict(
      'Ce compte est rattaché à une autre organisation : retirez-le d’abord de celle-ci.',
      'other_organisation',
    );
  }
}

/**
 * Makes a member (or an expert) one of the organisation's moderators: they then moderate its
 * sessions only. Accounts that already moderate the whole platform, admins, and users linked to
 * another organisation are refused rather than silently moved.
 */
export async function organisationModeratorAdder(
  ctx: CommandContext,
  admin: User,
  slug: string,
  userId: number,
): Promise<User> {
  assertAdmin(admin);
  const organisation = await findOrganisation(slug);
  return inTransaction(ctx, async (transaction) => {
    const user = await lockedUser(userId, transaction);
    if (user.role === 'admin') {
      throw conflict('Un administrateur ne peut pas devenir modérateur d’une organisation.', 'is_admin');
    }
    if (user.role === 'moderator' && user.organisationId === null) {
      throw conflict('Ce compte modère déjà toute la plateforme.', 'platform_moderator');
    }
    assertNotInAnotherOrganisation(user, organisation);
    user.set({ role: 'moderator', organisationId: organisation.id });
    return user.save({ transaction });
  });
}

export async function organisationModeratorRemover(
  ctx: CommandContext,
  admin: User,
  slug: string,
  userId: number,
): Promise<void> {
  assertAdmin(admin);
  const organisation = await findOrganisation(slug);
  await inTransaction(ctx, async (transaction) => {
    const user = await User.findByPk(userId, { transaction, lock: transaction.LOCK.UPDATE });
    if (!user || user.role !== 'moderator' || user.organisationId !== organisation.id) {
      throw notFound('Ce compte ne modère pas cette organisation.');
    }
    user.set({ role: user.expertVerified ? 'expert' : 'member', organisationId: null });
    await user.save({ transaction });
  });
}

/** Links a verified expert to the organisation: they appear on its page and their profile names it. */
export async function organisationExpertAdder(
  ctx: CommandContext,
  admin: User,
  slug: string,
  userId: number,
): Promise<User> {
  assertAdmin(admin);
  const organisation = await findOrganisation(slug);
  return inTransaction(ctx, async (transaction) => {
    const user = await lockedUser(userId, transaction);
    if (!user.expertVerified) throw conflict('Ce compte n’est pas expert vérifié.', 'not_expert');
    assertNotInAnotherOrganisation(user, organisation);
    // The link is also a moderator's scope: a platform moderator or an admin would change powers.
    if (user.role === 'admin' || (user.role === 'moderator' && user.organisationId === null)) {
      throw conflict(
        'Un compte qui modère toute la plateforme ne peut pas être rattaché à une organisation.',
        'platform_moderator',
      );
    }
    user.organisationId = organisation.id;
    return user.save({ transaction });
  });
}

export async function organisationExpertRemover(
  ctx: CommandContext,
  admin: User,
  slug: string,
  userId: number,
): Promise<void> {
  assertAdmin(admin);
  const organisation = await findOrganisation(slug);
  await inTransaction(ctx, async (transaction) => {
    const user = await User.findByPk(userId, { transaction, lock: transaction.LOCK.UPDATE });
    if (!user || user.organisationId !== organisation.id || user.role === 'moderator') {
      throw notFound('Ce compte n’est pas un expert rattaché à cette organisation.');
    }
    user.organisationId = null;
    await user.save({ transaction });
  });
}

/** Only a partner organisation's moderator recommends, and always in its own organisation's name. */
export function assertPartnerModerator(viewer: User): number {
  if (viewer.role !== 'moderator' || viewer.organisationId === null) {
    throw forbidden(
      'Seuls les modérateurs d’une organisation partenaire peuvent recommander une réponse, au nom de leur organisation.',
    );
  }
  return viewer.organisationId;
}

/**
 * `POST /api/answers/:id/recommend` (idempotent) and `DELETE` (idempotent): « Recommandée par
 * <organisation> » on a published answer, not one's own. Every screen showing it is updated.
 */
export async function answerRecommender(
  ctx: CommandContext,
  moderator: User,
  answerId: number,
  recommend: boolean,
): Promise<Answer> {
  const organisationId = assertPartnerModerator(moderator);
  return inTransaction(ctx, async (transaction, after) => {
    const answer = await Answer.findByPk(answerId, { transaction, lock: transaction.LOCK.UPDATE });
    if (!answer || answer.status === 'deleted') throw notFound('Réponse introuvable.');
    const replacements = { answerId, organisationId, moderatorId: moderator.id };
    let changed: unknown[];
    if (recommend) {
      if (answer.status !== 'published') {
        throw conflict('Seule une réponse publiée peut être recommandée.', 'not_published');
      }
      if (answer.authorId === moderator.id) {
        throw forbidden('Vous ne pouvez pas recommander votre propre réponse.', 'own_post');
      }
      changed = await ctx.sequelize.query(
        `INSERT INTO answer_recommendations (answer_id, organisation_id, recommended_by)
         VALUES (:answerId, :organisationId, :moderatorId) ON CONFLICT DO NOTHING RETURNING answer_id`,
        { replacements, type: QueryTypes.SELECT, transaction },
      );
    } else {
      changed = await ctx.sequelize.query(
        `DELETE FROM answer_recommendations WHERE answer_id = :answerId AND organisation_id = :organisationId
         RETURNING answer_id`,
        { replacements, type: QueryTypes.SELECT, transaction },
      );
    }
    if (changed.length > 0) answerPresentationChanged(ctx, after, answer);
    return answer;
  });
}

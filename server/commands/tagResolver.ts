import type { Transaction } from 'sequelize';
import { Tag } from '../../db/models';
import { validationFailed } from '../errors';

/** The tags named by `slugs`, in the given order; unknown slugs are a validation error. */
export async function resolveTags(slugs: string[], transaction: Transaction): Promise<Tag[]> {
  const unique = [...new Set(slugs)];
  const tags = await Tag.findAll({ where: { slug: unique }, transaction });
  const bySlug = new Map(tags.map((t) => [t.slug, t]));
  const unknown = unique.filter((slug) => !bySlug.has(slug));
  if (unknown.length) {
    throw validationFailed(`Thème inconnu : ${unknown.join(', ')}.`, [
      { path: 'body.tags', message: `Thème inconnu : ${unknown.join(', ')}` },
    ]);
  }
  return unique.map((slug) => bySlug.get(slug)!);
}

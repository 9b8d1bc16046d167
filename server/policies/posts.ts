import type { PostStatus } from '../contracts/dto';
import type { User } from '../../db/models';
import { forbidden, notFound } from '../errors';
import type { ReputationRules } from '../reputation/rules';
import { assertPrivilege } from './privileges';

interface Post {
  authorId: number | null;
  status: PostStatus;
}

export const isAuthor = (viewer: User | null, post: Post) => viewer !== null && post.authorId === viewer.id;
export const isModerator = (viewer: User | null) => viewer !== null && viewer.isModerator;

/** Pending, hidden and deleted posts are seen only by their author and moderators. */
export function canView(viewer: User | null, post: Post): boolean {
  return post.status === 'published' || isAuthor(viewer, post) || isModerator(viewer);
}

export function assertVisible<T extends Post>(viewer: User | null, post: T | null, what: string): T {
  if (!post || !canView(viewer, post)) throw notFound(`${what} introuvable.`);
  return post;
}

export function assertCanChange(viewer: User, post: Post): void {
  if (isAuthor(viewer, post) || isModerator(viewer)) return;
  throw forbidden('Seuls l’auteur et les modérateurs peuvent modifier ou supprimer ce message.');
}

/** Authors and moderators edit a post; so may anyone with the reputation to edit others' posts. */
export function assertCanEdit(viewer: User, post: Post, rules: ReputationRules): void {
  if (isAuthor(viewer, post) || isModerator(viewer)) return;
  assertPrivilege(viewer, 'editOthers', rules);
}

/**
 * The status a new or edited post starts with: pending, seen by its author and moderators only,
 * until the moderation worker's automated checks publish it or hold it.
 */
export function statusOnSubmit(): PostStatus {
  return 'pending';
}

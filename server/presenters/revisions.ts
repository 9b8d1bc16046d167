import { Revision, User } from '../../db/models';
import type { Revision as RevisionDto } from '../contracts/dto';
import { presentUserRef } from './index';

/** Revisions of a post; the author of an anonymous post stays unnamed in its history too. */
export async function presentRevisions(
  targetType: 'question' | 'answer',
  post: { id: number; anonymous: boolean; authorId: number | null },
): Promise<RevisionDto[]> {
  const revisions = await Revision.findAll({
    where: { targetType, targetId: post.id },
    order: [['revision', 'DESC']],
  });
  const editorIds = [...new Set(revisions.map((r) => r.editorId).filter((id): id is number => id !== null))];
  const editors = new Map((await User.findAll({ where: { id: editorIds } })).map((u) => [u.id, u]));
  return revisions.map((revision) => {
    const editor = revision.editorId === null ? undefined : editors.get(revision.editorId);
    const hidden = post.anonymous && revision.editorId === post.authorId;
    return {
      id: revision.id,
      revision: revision.revision,
      title: revision.title,
      body: revision.body,
      tags: revision.tags,
      editor: editor && !hidden ? presentUserRef(editor) : null,
      createdAt: revision.createdAt.toISOString(),
    };
  });
}

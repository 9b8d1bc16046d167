import type { Sequelize } from 'sequelize';
import { Question, Tag } from '../../db/models';
import type { QuestionSort } from '../contracts/dto';
import { notFound } from '../errors';
import { decodeCursor, encodeCursor, isInt32, isIsoInstant } from './cursor';

/** What a QuestionSummary needs: lists never fetch bodies, rendered HTML or search vectors. */
export const summaryColumns = (alias: string) =>
  [
    'id',
    'author_id',
    'anonymous',
    'title',
    'excerpt',
    'status',
    'score',
    'answer_count',
    'accepted_answer_id',
    'live_session_id',
    'live_active',
    'created_at',
    'updated_at',
    'last_activity_at',
  ]
    .map((column) => `${alias}.${column}`)
    .join(', ');

type SortKey = [key: string | number, id: number];

const sortKeyGuard =
  (numeric: boolean) =>
  (value: unknown): value is SortKey =>
    Array.isArray(value) &&
    value.length === 2 &&
    (numeric ? isInt32(value[0]) : isIsoInstant(value[0])) &&
    isInt32(value[1]);

// Each sort is served by its own partial index (see the core migration).
const sorts: Record<QuestionSort, { column: string; filter: string; key: (q: Question) => string | number }> = {
  newest: { column: 'created_at', filter: '', key: (q) => q.createdAt.toISOString() },
  active: { column: 'last_activity_at', filter: '', key: (q) => q.lastActivityAt.toISOString() },
  unanswered: { column: 'created_at', filter: 'AND q.answer_count = 0', key: (q) => q.createdAt.toISOString() },
  top: { column: 'score', filter: '', key: (q) => q.score },
};

export interface QuestionListOptions {
  sort: QuestionSort;
  tag?: string;
  limit: number;
  cursor?: string;
  authorId?: number;
}

export async function listQuestions(
  sequelize: Sequelize,
  { sort, tag, limit, cursor, authorId }: QuestionListOptions,
): Promise<{ items: Question[]; nextCursor: string | null }> {
  const { column, filter, key } = sorts[sort];
  const replacements: Record<string, unknown> = { limit: limit + 1 };
  // A session's questions join the lists when the session ends (docs/SESSIONS.md).
  const conditions = [`q.status = 'published'`, 'NOT q.live_active'];
  if (filter) conditions.push(filter.replace(/^AND /, ''));
  if (tag !== undefined) {
    const tagRow = await Tag.findOne({ where: { slug: tag }, attributes: ['id'] });
    if (!tagRow) throw notFound('Thème inconnu.');
    conditions.push('q.id IN (SELECT question_id FROM question_tags WHERE tag_id = :tagId)');
    replacements.tagId = tagRow.id;
  }
  if (authorId !== undefined) {
    // A profile never lists anonymous posts.
    conditions.push('q.author_id = :authorId AND NOT q.anonymous');
    replacements.authorId = authorId;
  }
  if (cursor !== undefined) {
    const [cursorKey, cursorId] = decodeCursor(cursor, sortKeyGuard(sort === 'top'));
    conditions.push(`(q.${column}, q.id) < (:cursorKey, :cursorId)`);
    replacements.cursorKey = cursorKey;
    replacements.cursorId = cursorId;
  }
  const rows = await sequelize.query(
    `SELECT ${summaryColumns('q')} FROM questions q WHERE ${conditions.join(' AND ')}
     ORDER BY q.${column} DESC, q.id DESC LIMIT :limit`,
    { replacements, model: Question, mapToModel: true },
  );
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor([key(last), last.id]) : null,
  };
}

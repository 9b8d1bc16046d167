import { QueryTypes, type Sequelize } from 'sequelize';
import { Question, Tag } from '../../db/models';
import { notFound, validationFailed } from '../errors';
import { plainForm } from '../lib/markdown';
import { summaryColumns } from './questionLists';
import { decodeCursor, encodeCursor, isOffsetCursor } from './cursor';

// Sentinels from the Unicode private use area: ts_headline marks matches with them, then the
// whole snippet is HTML-escaped and only they become <mark> tags, so no post text is ever HTML.
const MARK_START = '\uE000';
const MARK_END = '\uE001';
// ts_headline drops whatever looks like an HTML tag (`<script>`, `<b>`): angle brackets go
// through it as these sentinels instead, and come back as the escaped text the author wrote.
const ANGLE_OPEN = '\uE002';
const ANGLE_CLOSE = '\uE003';
const MAX_WORDS = 12;
/** Words shorter than this are never "corrected": too many short words look alike. */
const MIN_CORRECTABLE_LENGTH = 4;
const MIN_SIMILARITY = 0.4;
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

export function queryWords(q: string): string[] {
  return [...new Set(plainForm(q).match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_WORDS);
}

/**
 * Typo tolerance: a word that no question contains is replaced by the nearest word that one
 * does (trigram distance on the search_terms lexicon, served by its GiST index).
 */
export async function correctWords(sequelize: Sequelize, words: string[]): Promise<Map<string, string>> {
  const candidates = words.filter((w) => w.length >= MIN_CORRECTABLE_LENGTH && !/^\d+$/.test(w));
  if (candidates.length === 0) return new Map();
  const rows = await sequelize.query<{ word: string; term: string | null; similarity: number | null; known: boolean }>(
    `SELECT w.word, nearest.term, nearest.similarity,
            EXISTS (SELECT 1 FROM search_terms s WHERE s.term = w.word) AS known
     FROM unnest(ARRAY[:words]::text[]) AS w(word)
     LEFT JOIN LATERAL (
       SELECT term, similarity(term, w.word) AS similarity FROM search_terms
       ORDER BY term <-> w.word LIMIT 1
     ) nearest ON true`,
    { replacements: { words: candidates }, type: QueryTypes.SELECT },
  );
  const corrections = new Map<string, string>();
  for (const row of rows) {
    if (!row.known && row.term && (row.similarity ?? 0) >= MIN_SIMILARITY) corrections.set(row.word, row.term);
  }
  return corrections;
}

/** A tsquery text: every word (or, with `any`, one word) must match, as itself or as its correction. */
function tsqueryText(words: string[], corrections: Map<string, string>, any: boolean): string {
  return words
    .map((word) => {
      const alternatives = [word, corrections.get(word)].filter((w): w is string => Boolean(w));
      return `(${alternatives.map((w) => `${w}:*`).join(' | ')})`;
    })
    .join(any ? ' | ' : ' & ');
}

/** Search cursors: where the page starts, and whether the search had widened to any word. */
const isSearchCursor = (value: unknown): value is { offset: number; any?: boolean } =>
  isOffsetCursor(value) && [undefined, true, false].includes((value as { any?: unknown }).any as never);

function highlightToHtml(snippet: string): string {
  const escaped = snippet
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  return escaped
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replaceAll(ANGLE_OPEN, '&lt;')
    .replaceAll(ANGLE_CLOSE, '&gt;');
}

export interface SearchOptions {
  q: string;
  tag?: string;
  limit: number;
  cursor?: string;
}

export interface SearchHit {
  question: Question;
  highlight: string;
}

export async function searchQuestions(
  sequelize: Sequelize,
  { q, tag, limit, cursor }: SearchOptions,
): Promise<{ items: SearchHit[]; nextCursor: string | null; corrections: Record<string, string> }> {
  const words = queryWords(q);
  if (words.length === 0) {
    throw validationFailed('Saisissez au moins un mot à rechercher.', [{ path: 'query.q', message: 'Aucun mot' }]);
  }
  const start = cursor === undefined ? { offset: 0, any: false } : decodeCursor(cursor, isSearchCursor);
  const corrections = await correctWords(sequelize, words);
  let tagId: number | undefined;
  if (tag !== undefined) {
    const tagRow = await Tag.findOne({ where: { slug: tag }, attributes: ['id'] });
    if (!tagRow) throw notFound('Thème inconnu.');
    tagId = tagRow.id;
  }
  const page = (any: boolean) =>
    rankedPage(sequelize, { query: tsqueryText(words, corrections, any), tagId, limit, offset: start.offset });

  let any = start.any === true;
  let rows = await page(any);
  // Nothing has every word: rather than an empty page, the questions with some of them.
  if (rows.length === 0 && !any && start.offset === 0 && words.length > 1) {
    any = true;
    rows = await page(any);
  }
  const items = rows.slice(0, limit).map((question) => ({
    question,
    highlight: highlightToHtml(String(question.getDataValue('highlight' as never))),
  }));
  return {
    items,
    nextCursor: rows.length > limit ? encodeCursor({ offset: start.offset + limit, ...(any ? { any } : {}) }) : null,
    corrections: Object.fromEntries(corrections),
  };
}

async function rankedPage(
  sequelize: Sequelize,
  { query, tagId, limit, offset }: { query: string; tagId?: number; limit: number; offset: number },
): Promise<Question[]> {
  const tagFilter =
    tagId === undefined ? '' : 'AND q.id IN (SELECT question_id FROM question_tags WHERE tag_id = :tagId)';
  // Words of the query are only ever data here: to_tsquery gets them through a bound
  // parameter, and tsqueryText keeps letters and digits only. The headline drops markdown marks,
  // but a '>' only as a quote marker at the start of a line: "CA > 100 k€" keeps its meaning.
  return sequelize.query(
    `WITH query AS (SELECT to_tsquery('fr_unaccent', :query) AS tsq),
     ranked AS (
       SELECT ${summaryColumns('q')}, q.body, ts_rank_cd(q.search_vector, query.tsq, 32) + ln(greatest(q.score, 0) + 1) * 0.05 AS rank
       FROM questions q, query
       WHERE q.search_vector @@ query.tsq AND q.status = 'published' AND NOT q.live_active ${tagFilter}
       ORDER BY rank DESC, q.id DESC
       LIMIT :limit OFFSET :offset
     )
     SELECT ${summaryColumns('ranked')}, ts_headline('fr_unaccent',
       translate(ranked.title || ' — ' || regexp_replace(
         regexp_replace(ranked.body, '^[ \t]*>[> \t]*', '', 'gn'), '[*_#\`~|]+', '', 'g'), '<>', :angles),
       query.tsq, :options) AS highlight
     FROM ranked, query ORDER BY ranked.rank DESC, ranked.id DESC`,
    {
      replacements: {
        query,
        tagId,
        limit: limit + 1,
        offset,
        options: HEADLINE_OPTIONS,
        angles: ANGLE_OPEN + ANGLE_CLOSE,
      },
      model: Question,
      mapToModel: true,
    },
  );
}

/** Up to five published questions whose titles look like `title` (shown while asking). */
export async function similarQuestions(sequelize: Sequelize, title: string): Promise<Question[]> {
  const plain = plainForm(title);
  if (plain.length < 3) return [];
  return sequelize.query(
    `SELECT ${summaryColumns('q')} FROM questions q
     WHERE q.status = 'published' AND NOT q.live_active AND q.title_plain % :plain
     ORDER BY similarity(q.title_plain, :plain) DESC, q.score DESC LIMIT 5`,
    { replacements: { plain }, model: Question, mapToModel: true },
  );
}

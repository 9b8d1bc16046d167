import type { Sequelize } from 'sequelize';

// The typo-correction lexicon (search_terms) holds the accent-free words of published
// questions. Both jobs are idempotent: adding a word that is already there changes nothing.

const WORDS_OF = (where: string) => `
  INSERT INTO search_terms (term)
  SELECT word FROM ts_stat($stat$
    SELECT to_tsvector('simple', unaccent(title || ' ' || body)) FROM questions
    WHERE status = 'published' ${where}
  $stat$)
  WHERE length(word) BETWEEN 4 AND 60 AND word ~ '^[[:alpha:]]+$'
  ON CONFLICT (term) DO NOTHING`;

/** Adds the words of one question; returns how many were new. */
export async function indexQuestionWords(sequelize: Sequelize, questionId: number): Promise<number> {
  if (!Number.isInteger(questionId)) throw new Error(`questionId invalide : ${String(questionId)}`);
  // ts_stat takes the text of a query, hence the integer spliced in after the check above.
  const [, affected] = await sequelize.query(WORDS_OF(`AND id = ${questionId}`));
  return Number(affected ?? 0);
}

/** Adds the words of every published question (reconciles jobs lost with Redis). */
export async function rebuildLexicon(sequelize: Sequelize): Promise<number> {
  const [, affected] = await sequelize.query(WORDS_OF(''));
  return Number(affected ?? 0);
}

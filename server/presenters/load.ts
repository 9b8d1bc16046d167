import { Op, QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { User, Vote, type Answer, type Question } from '../../db/models';
import type { OrganisationRef, QuestionSummary, VoteValue } from '../contracts/dto';
import { presentQuestionSummary, voteKey, type PresentationData } from './index';

interface LoadOptions {
  questions?: Question[];
  answers?: Answer[];
  viewer?: User | null;
  transaction?: Transaction;
}

/**
 * Everything presenters need beyond the rows themselves, in at most four queries whatever the
 * number of posts: tag slugs, the named authors, the viewer's own votes, and the organisations
 * recommending the answers.
 */
export async function loadPresentationData(
  sequelize: Sequelize,
  { questions = [], answers = [], viewer = null, transaction }: LoadOptions,
): Promise<PresentationData> {
  const questionIds = questions.map((q) => q.id);
  const authorIds = new Set<number>();
  for (const post of [...questions, ...answers]) {
    if (!post.anonymous && post.authorId !== null) authorIds.add(post.authorId);
  }

  const [tagsByQuestion, authors, votes, recommendations] = await Promise.all([
    loadTagSlugs(sequelize, questionIds, transaction),
    authorIds.size ? User.findAll({ where: { id: [...authorIds] }, transaction }) : [],
    viewer && (questions.length || answers.length)
      ? Vote.findAll({
          where: {
            voterId: viewer.id,
            [Op.or]: [
              ...(questions.length ? [{ targetType: 'question', targetId: questionIds }] : []),
              ...(answers.length ? [{ targetType: 'answer', targetId: answers.map((a) => a.id) }] : []),
            ],
          },
          transaction,
        })
      : [],
    loadRecommendations(
      sequelize,
      answers.map((a) => a.id),
      transaction,
    ),
  ]);

  return {
    tagsByQuestion,
    authors: new Map(authors.map((u) => [u.id, u])),
    viewerVotes: new Map(votes.map((v) => [voteKey(v.targetType, v.targetId), v.value as VoteValue])),
    recommendations,
    viewerId: viewer?.id ?? null,
  };
}

/** The organisations recommending each answer, oldest recommendation first. */
export async function loadRecommendations(
  sequelize: Sequelize,
  answerIds: number[],
  transaction?: Transaction,
): Promise<Map<number, OrganisationRef[]>> {
  const byAnswer = new Map<number, OrganisationRef[]>();
  if (answerIds.length === 0) return byAnswer;
  const rows = await sequelize.query<{ answer_id: number; slug: string; name: string }>(
    `SELECT r.answer_id, o.slug, o.name FROM answer_recommendations r JOIN organisations o ON o.id = r.organisation_id
     WHERE r.answer_id IN (:answerIds) ORDER BY r.answer_id, r.created_at, o.slug`,
    { replacements: { answerIds }, type: QueryTypes.SELECT, transaction },
  );
  for (const row of rows) {
    const list = byAnswer.get(row.answer_id) ?? [];
    list.push({ slug: row.slug, name: row.name });
    byAnswer.set(row.answer_id, list);
  }
  return byAnswer;
}

/** Tag slugs of each question, in the order the author gave them. */
export async function loadTagSlugs(
  sequelize: Sequelize,
  questionIds: number[],
  transaction?: Transaction,
): Promise<Map<number, string[]>> {
  const tagsByQuestion = new Map<number, string[]>();
  if (questionIds.length === 0) return tagsByQuestion;
  const rows = await sequelize.query<{ question_id: number; slug: string }>(
    `SELECT qt.question_id, t.slug FROM question_tags qt JOIN tags t ON t.id = qt.tag_id
     WHERE qt.question_id IN (:questionIds) ORDER BY qt.question_id, qt.position`,
    { replacements: { questionIds }, type: QueryTypes.SELECT, transaction },
  );
  for (const row of rows) {
    const list = tagsByQuestion.get(row.question_id) ?? [];
    list.push(row.slug);
    tagsByQuestion.set(row.question_id, list);
  }
  return tagsByQuestion;
}

export async function presentQuestionSummaries(
  sequelize: Sequelize,
  questions: Question[],
): Promise<QuestionSummary[]> {
  const data = await loadPresentationData(sequelize, { questions });
  return questions.map((q) => presentQuestionSummary(q, data));
}

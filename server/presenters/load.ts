import { Op, QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { User, Vote, type Answer, type Question } from '../../db/models';
import type { QuestionSummary, VoteValue } from '../contracts/dto';
import { presentQuestionSummary, voteKey, type PresentationData } from './index';

interface LoadOptions {
  questions?: Question[];
  answers?: Answer[];
  viewer?: User | null;
  transaction?: Transaction;
}

/**
 * Everything presenters need beyond the rows themselves, in at most three queries whatever the
 * number of posts: tag slugs, the named authors, and the viewer's own votes.
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

  const [tagsByQuestion, authors, votes] = await Promise.all([
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
  ]);

  return {
    tagsByQuestion,
    authors: new Map(authors.map((u) => [u.id, u])),
    viewerVotes: new Map(votes.map((v) => [voteKey(v.targetType, v.targetId), v.value as VoteValue])),
    viewerId: viewer?.id ?? null,
  };
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

import type { Sequelize } from 'sequelize';
import { Answer, Question, type User } from '../../db/models';
import type { QuestionPage } from '../contracts/dto';
import { assertVisible, canView } from '../policies/posts';
import { presentAnswer, presentQuestion } from '../presenters';
import { loadPresentationData } from '../presenters/load';

/** A question and the answers this viewer may see: accepted first, then by score, then oldest. */
export async function loadQuestionPage(
  sequelize: Sequelize,
  questionId: number,
  viewer: User | null,
): Promise<QuestionPage> {
  const question = assertVisible(viewer, await Question.findByPk(questionId), 'Question');
  const answers = (
    await Answer.findAll({
      // Visitors only ever see published answers: no need to load the others.
      where: viewer ? { questionId } : { questionId, status: 'published' },
      order: [
        [sequelize.literal(`(id = ${question.acceptedAnswerId ?? 0})`), 'DESC'],
        ['score', 'DESC'],
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
    })
  ).filter((answer) => canView(viewer, answer));
  const data = await loadPresentationData(sequelize, { questions: [question], answers, viewer });
  return {
    question: presentQuestion(question, data),
    answers: answers.map((answer) => presentAnswer(answer, question.acceptedAnswerId, data)),
  };
}

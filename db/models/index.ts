import type { Sequelize } from 'sequelize';
import { Organisation } from './Organisation';
import { User } from './User';
import { Tag } from './Tag';
import { Question } from './Question';
import { QuestionTag } from './QuestionTag';
import { Answer } from './Answer';
import { Vote } from './Vote';
import { Revision } from './Revision';
import { Flag } from './Flag';
import { ExpertProfile } from './ExpertProfile';
import { ContactRequest } from './ContactRequest';
import { AnswerRecommendation } from './AnswerRecommendation';
import { LiveSession } from './LiveSession';
import { LiveSessionExpert } from './LiveSessionExpert';
import { LiveSessionSubscription } from './LiveSessionSubscription';
import { LiveSessionMessage } from './LiveSessionMessage';

export {
  Organisation,
  User,
  Tag,
  Question,
  QuestionTag,
  Answer,
  Vote,
  Revision,
  Flag,
  ExpertProfile,
  ContactRequest,
  AnswerRecommendation,
  LiveSession,
  LiveSessionExpert,
  LiveSessionSubscription,
  LiveSessionMessage,
};

export function initModels(sequelize: Sequelize): void {
  Organisation.initModel(sequelize);
  User.initModel(sequelize);
  Tag.initModel(sequelize);
  Question.initModel(sequelize);
  QuestionTag.initModel(sequelize);
  Answer.initModel(sequelize);
  Vote.initModel(sequelize);
  Revision.initModel(sequelize);
  Flag.initModel(sequelize);
  ExpertProfile.initModel(sequelize);
  ContactRequest.initModel(sequelize);
  AnswerRecommendation.initModel(sequelize);
  LiveSession.initModel(sequelize);
  LiveSessionExpert.initModel(sequelize);
  LiveSessionSubscription.initModel(sequelize);
  LiveSessionMessage.initModel(sequelize);

  User.belongsTo(Organisation, { as: 'organisation', foreignKey: 'organisationId' });
  Question.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
  Question.belongsToMany(Tag, { through: QuestionTag, as: 'tags', foreignKey: 'questionId', otherKey: 'tagId' });
  Question.hasMany(Answer, { as: 'answers', foreignKey: 'questionId' });
  Answer.belongsTo(Question, { as: 'question', foreignKey: 'questionId' });
  Answer.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
}

import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

/** « Recommandée par <organisation> »: one per answer and organisation. */
export class AnswerRecommendation extends Model<
  InferAttributes<AnswerRecommendation>,
  InferCreationAttributes<AnswerRecommendation>
> {
  declare answerId: number;
  declare organisationId: number;
  declare recommendedBy: number | null;
  declare createdAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize): void {
    AnswerRecommendation.init(
      {
        answerId: { type: DataTypes.INTEGER, primaryKey: true },
        organisationId: { type: DataTypes.INTEGER, primaryKey: true },
        recommendedBy: { type: DataTypes.INTEGER, allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'answer_recommendations', updatedAt: false },
    );
  }
}

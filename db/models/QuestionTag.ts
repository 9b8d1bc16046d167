import { DataTypes, Model, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

export class QuestionTag extends Model<InferAttributes<QuestionTag>, InferCreationAttributes<QuestionTag>> {
  declare questionId: number;
  declare tagId: number;
  declare position: number;

  static initModel(sequelize: Sequelize): void {
    QuestionTag.init(
      {
        questionId: { type: DataTypes.INTEGER, primaryKey: true },
        tagId: { type: DataTypes.INTEGER, primaryKey: true },
        position: { type: DataTypes.SMALLINT, allowNull: false, defaultValue: 0 },
      },
      { sequelize, tableName: 'question_tags', timestamps: false },
    );
  }
}

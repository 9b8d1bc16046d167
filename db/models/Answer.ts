import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import type { ModerationReason, PostStatus } from '../../server/contracts/dto';
import type { User } from './User';

export class Answer extends Model<InferAttributes<Answer>, InferCreationAttributes<Answer>> {
  declare id: CreationOptional<number>;
  declare questionId: number;
  declare authorId: number | null;
  declare anonymous: CreationOptional<boolean>;
  declare body: string;
  declare bodyHtml: string;
  declare status: CreationOptional<PostStatus>;
  /** Why the post is held or was hidden, as its author is told (personal data masked). */
  declare moderationReasons: CreationOptional<ModerationReason[]>;
  /** Still awaits the automated moderation checks. */
  declare checkPending: CreationOptional<boolean>;
  declare score: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  declare author?: NonAttribute<User | null>;

  static initModel(sequelize: Sequelize): void {
    Answer.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        questionId: { type: DataTypes.INTEGER, allowNull: false },
        authorId: { type: DataTypes.INTEGER, allowNull: true },
        anonymous: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        body: { type: DataTypes.TEXT, allowNull: false },
        bodyHtml: { type: DataTypes.TEXT, allowNull: false },
        status: {
          type: DataTypes.ENUM('pending', 'published', 'hidden', 'deleted'),
          allowNull: false,
          defaultValue: 'pending',
        },
        moderationReasons: { type: DataTypes.JSONB, allowNull: false, defaultValue: [] },
        checkPending: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        score: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'answers' },
    );
  }
}

import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import type { LiveQuestionState, ModerationReason, PostStatus } from '../../server/contracts/dto';
import type { Tag } from './Tag';
import type { User } from './User';

export class Question extends Model<InferAttributes<Question>, InferCreationAttributes<Question>> {
  declare id: CreationOptional<number>;
  declare authorId: number | null;
  declare anonymous: CreationOptional<boolean>;
  declare title: string;
  declare body: string;
  declare bodyHtml: string;
  declare excerpt: string;
  declare titlePlain: string;
  declare status: CreationOptional<PostStatus>;
  /** Why the post is held or was hidden, as its author is told (personal data masked). */
  declare moderationReasons: CreationOptional<ModerationReason[]>;
  /** Still awaits the automated moderation checks. */
  declare checkPending: CreationOptional<boolean>;
  declare score: CreationOptional<number>;
  declare answerCount: CreationOptional<number>;
  declare acceptedAnswerId: CreationOptional<number | null>;
  declare liveSessionId: CreationOptional<number | null>;
  /** Where it stands in its live session (docs/SESSIONS.md); null outside sessions. */
  declare liveState: CreationOptional<LiveQuestionState | null>;
  /** Its session has not ended: kept out of the ordinary lists, search and feeds until then. */
  declare liveActive: CreationOptional<boolean>;
  /** When the automated checks let it into the session's queue (null while awaiting or held). */
  declare liveQueuedAt: CreationOptional<Date | null>;
  declare liveDismissReason: CreationOptional<string | null>;
  declare liveAssignedExpertId: CreationOptional<number | null>;
  declare liveDraftingExpertId: CreationOptional<number | null>;
  declare liveDraftingAt: CreationOptional<Date | null>;
  declare liveMergedIntoId: CreationOptional<number | null>;
  declare liveApprovedAt: CreationOptional<Date | null>;
  declare liveApprovedBy: CreationOptional<number | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  declare lastActivityAt: CreationOptional<Date>;
  declare author?: NonAttribute<User | null>;
  declare tags?: NonAttribute<Tag[]>;

  static initModel(sequelize: Sequelize): void {
    Question.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        authorId: { type: DataTypes.INTEGER, allowNull: true },
        anonymous: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        title: { type: DataTypes.STRING(150), allowNull: false },
        body: { type: DataTypes.TEXT, allowNull: false },
        bodyHtml: { type: DataTypes.TEXT, allowNull: false },
        excerpt: { type: DataTypes.STRING(250), allowNull: false, defaultValue: '' },
        titlePlain: { type: DataTypes.STRING(150), allowNull: false },
        status: {
          type: DataTypes.ENUM('pending', 'published', 'hidden', 'deleted'),
          allowNull: false,
          defaultValue: 'pending',
        },
        moderationReasons: { type: DataTypes.JSONB, allowNull: false, defaultValue: [] },
        checkPending: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        score: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        answerCount: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        acceptedAnswerId: { type: DataTypes.INTEGER, allowNull: true },
        liveSessionId: { type: DataTypes.INTEGER, allowNull: true },
        liveState: { type: DataTypes.TEXT, allowNull: true },
        liveActive: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        liveQueuedAt: { type: DataTypes.DATE, allowNull: true },
        liveDismissReason: { type: DataTypes.STRING(500), allowNull: true },
        liveAssignedExpertId: { type: DataTypes.INTEGER, allowNull: true },
        liveDraftingExpertId: { type: DataTypes.INTEGER, allowNull: true },
        liveDraftingAt: { type: DataTypes.DATE, allowNull: true },
        liveMergedIntoId: { type: DataTypes.INTEGER, allowNull: true },
        liveApprovedAt: { type: DataTypes.DATE, allowNull: true },
        liveApprovedBy: { type: DataTypes.INTEGER, allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
        lastActivityAt: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'questions' },
    );
  }
}

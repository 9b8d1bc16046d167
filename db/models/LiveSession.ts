import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';
import type { LiveSessionStatus } from '../../server/contracts/dto';

/** A live Q&A session run by a partner organisation (docs/SESSIONS.md). */
export class LiveSession extends Model<InferAttributes<LiveSession>, InferCreationAttributes<LiveSession>> {
  declare id: CreationOptional<number>;
  declare organisationId: number;
  declare title: string;
  declare description: CreationOptional<string>;
  declare status: CreationOptional<LiveSessionStatus>;
  declare startsAt: Date;
  declare endsAt: Date;
  /** Questions are collected from this time on; null: from the session's creation. */
  declare questionsOpenAt: CreationOptional<Date | null>;
  /** Subscribers were told that questions are open (or nobody needed telling). */
  declare openAnnounced: CreationOptional<boolean>;
  declare startedAt: CreationOptional<Date | null>;
  declare endedAt: CreationOptional<Date | null>;
  declare createdBy: CreationOptional<number | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize): void {
    LiveSession.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        organisationId: { type: DataTypes.INTEGER, allowNull: false },
        title: { type: DataTypes.STRING(150), allowNull: false },
        description: { type: DataTypes.TEXT, allowNull: false, defaultValue: '' },
        status: { type: DataTypes.TEXT, allowNull: false, defaultValue: 'scheduled' },
        startsAt: { type: DataTypes.DATE, allowNull: false },
        endsAt: { type: DataTypes.DATE, allowNull: false },
        questionsOpenAt: { type: DataTypes.DATE, allowNull: true },
        openAnnounced: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        startedAt: { type: DataTypes.DATE, allowNull: true },
        endedAt: { type: DataTypes.DATE, allowNull: true },
        createdBy: { type: DataTypes.INTEGER, allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'live_sessions' },
    );
  }
}

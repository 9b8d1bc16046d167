import { DataTypes, Model, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

/** A verified expert answering in a live session, in the order the organisation listed them. */
export class LiveSessionExpert extends Model<
  InferAttributes<LiveSessionExpert>,
  InferCreationAttributes<LiveSessionExpert>
> {
  declare sessionId: number;
  declare userId: number;
  declare position: number;

  static initModel(sequelize: Sequelize): void {
    LiveSessionExpert.init(
      {
        sessionId: { type: DataTypes.INTEGER, primaryKey: true },
        userId: { type: DataTypes.INTEGER, primaryKey: true },
        position: { type: DataTypes.SMALLINT, allowNull: false, defaultValue: 0 },
      },
      { sequelize, tableName: 'live_session_experts', timestamps: false },
    );
  }
}

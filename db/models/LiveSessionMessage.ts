import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

/** A message of a session's private channel, between its moderators and its experts. */
export class LiveSessionMessage extends Model<
  InferAttributes<LiveSessionMessage>,
  InferCreationAttributes<LiveSessionMessage>
> {
  declare id: CreationOptional<number>;
  declare sessionId: number;
  declare authorId: number | null;
  declare body: string;
  declare createdAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize): void {
    LiveSessionMessage.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        sessionId: { type: DataTypes.INTEGER, allowNull: false },
        authorId: { type: DataTypes.INTEGER, allowNull: true },
        body: { type: DataTypes.TEXT, allowNull: false },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'live_session_messages', updatedAt: false },
    );
  }
}

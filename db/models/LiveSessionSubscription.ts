import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

/** A member who asked to be told when a session opens to questions and when it starts. */
export class LiveSessionSubscription extends Model<
  InferAttributes<LiveSessionSubscription>,
  InferCreationAttributes<LiveSessionSubscription>
> {
  declare sessionId: number;
  declare userId: number;
  /** Each notification goes once: these say which were sent. */
  declare notifiedOpen: CreationOptional<boolean>;
  declare notifiedStart: CreationOptional<boolean>;
  declare createdAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize): void {
    LiveSessionSubscription.init(
      {
        sessionId: { type: DataTypes.INTEGER, primaryKey: true },
        userId: { type: DataTypes.INTEGER, primaryKey: true },
        notifiedOpen: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        notifiedStart: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'live_session_subscriptions', updatedAt: false },
    );
  }
}

import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';
import type { FlagReason, TargetType } from '../../server/contracts/dto';

export class Flag extends Model<InferAttributes<Flag>, InferCreationAttributes<Flag>> {
  declare id: CreationOptional<number>;
  declare flaggerId: number;
  declare targetType: TargetType;
  declare targetId: number;
  declare reason: FlagReason;
  declare note: CreationOptional<string>;
  declare createdAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize): void {
    Flag.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        flaggerId: { type: DataTypes.INTEGER, allowNull: false },
        targetType: { type: DataTypes.ENUM('question', 'answer'), allowNull: false },
        targetId: { type: DataTypes.INTEGER, allowNull: false },
        reason: { type: DataTypes.ENUM('spam', 'offensive', 'personal_data', 'off_topic', 'other'), allowNull: false },
        note: { type: DataTypes.STRING(500), allowNull: false, defaultValue: '' },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'flags', updatedAt: false },
    );
  }
}

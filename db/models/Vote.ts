import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';
import type { TargetType } from '../../server/contracts/dto';

export class Vote extends Model<InferAttributes<Vote>, InferCreationAttributes<Vote>> {
  declare id: CreationOptional<number>;
  declare voterId: number;
  declare targetType: TargetType;
  declare targetId: number;
  declare value: -1 | 1;
  /** Why the vote no longer earns or costs reputation, though it still counts in the score. */
  declare voidReason: CreationOptional<'serial_voting' | 'voter_removed' | null>;
  declare notified: CreationOptional<boolean>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize): void {
    Vote.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        voterId: { type: DataTypes.INTEGER, allowNull: false },
        targetType: { type: DataTypes.ENUM('question', 'answer'), allowNull: false },
        targetId: { type: DataTypes.INTEGER, allowNull: false },
        value: { type: DataTypes.SMALLINT, allowNull: false },
        voidReason: { type: DataTypes.TEXT, allowNull: true },
        notified: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'votes' },
    );
  }
}

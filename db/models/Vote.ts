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
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'votes' },
    );
  }
}

import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';
import type { TargetType } from '../../server/contracts/dto';

export class Revision extends Model<InferAttributes<Revision>, InferCreationAttributes<Revision>> {
  declare id: CreationOptional<number>;
  declare targetType: TargetType;
  declare targetId: number;
  declare revision: number;
  declare editorId: number | null;
  declare title: string | null;
  declare body: string;
  declare tags: string[] | null;
  declare createdAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize): void {
    Revision.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        targetType: { type: DataTypes.ENUM('question', 'answer'), allowNull: false },
        targetId: { type: DataTypes.INTEGER, allowNull: false },
        revision: { type: DataTypes.INTEGER, allowNull: false },
        editorId: { type: DataTypes.INTEGER, allowNull: true },
        title: { type: DataTypes.STRING(150), allowNull: true },
        body: { type: DataTypes.TEXT, allowNull: false },
        tags: { type: DataTypes.ARRAY(DataTypes.STRING(60)), allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'revisions', updatedAt: false },
    );
  }
}

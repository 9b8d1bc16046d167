import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

/**
 * A member asking a verified expert to contact them. `requesterId` serves the rate limit, erasure
 * and export: the expert is never shown it, only the message and what the member chose to share.
 */
export class ContactRequest extends Model<InferAttributes<ContactRequest>, InferCreationAttributes<ContactRequest>> {
  declare id: CreationOptional<number>;
  declare expertId: number;
  declare requesterId: number;
  declare message: string;
  declare shareEmail: string | null;
  declare sharePhone: string | null;
  declare createdAt: CreationOptional<Date>;
  declare readAt: CreationOptional<Date | null>;

  static initModel(sequelize: Sequelize): void {
    ContactRequest.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        expertId: { type: DataTypes.INTEGER, allowNull: false },
        requesterId: { type: DataTypes.INTEGER, allowNull: false },
        message: { type: DataTypes.TEXT, allowNull: false },
        shareEmail: { type: DataTypes.STRING(254), allowNull: true },
        sharePhone: { type: DataTypes.STRING(20), allowNull: true },
        createdAt: DataTypes.DATE,
        readAt: { type: DataTypes.DATE, allowNull: true },
      },
      { sequelize, tableName: 'contact_requests', updatedAt: false },
    );
  }
}

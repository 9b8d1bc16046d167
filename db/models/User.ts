import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import type { Profession, Role } from '../../server/contracts/dto';
import type { Organisation } from './Organisation';

export class User extends Model<InferAttributes<User>, InferCreationAttributes<User>> {
  declare id: CreationOptional<number>;
  declare email: string;
  declare passwordHash: string;
  declare pseudonym: string;
  declare role: CreationOptional<Role>;
  declare reputation: CreationOptional<number>;
  /** The sum of the user's reputation ledger; `reputation` is it plus the base, floored at 1. */
  declare reputationEarned: CreationOptional<number>;
  declare bio: CreationOptional<string>;
  declare organisationId: CreationOptional<number | null>;
  declare expertProfession: CreationOptional<Profession | null>;
  declare expertVerified: CreationOptional<boolean>;
  /** The register the badge links to (« Barreau de Lyon »): set with the badge, cleared with it. */
  declare expertRegisterName: CreationOptional<string | null>;
  declare suspendedUntil: CreationOptional<Date | null>;
  /** Set when an admin removes the account for abuse: it can no longer log in. */
  declare removedAt: CreationOptional<Date | null>;
  declare removalReason: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  declare organisation?: NonAttribute<Organisation | null>;

  get isModerator(): NonAttribute<boolean> {
    return this.role === 'moderator' || this.role === 'admin';
  }

  static initModel(sequelize: Sequelize): void {
    User.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        email: { type: DataTypes.STRING(254), allowNull: false },
        passwordHash: { type: DataTypes.TEXT, allowNull: false },
        pseudonym: { type: DataTypes.STRING(30), allowNull: false },
        role: {
          type: DataTypes.ENUM('member', 'expert', 'moderator', 'admin'),
          allowNull: false,
          defaultValue: 'member',
        },
        reputation: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
        reputationEarned: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        bio: { type: DataTypes.TEXT, allowNull: false, defaultValue: '' },
        organisationId: { type: DataTypes.INTEGER, allowNull: true },
        expertProfession: {
          type: DataTypes.ENUM('avocat', 'expert-comptable', 'consultant', 'autre'),
          allowNull: true,
        },
        expertVerified: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        expertRegisterName: { type: DataTypes.STRING(150), allowNull: true },
        suspendedUntil: { type: DataTypes.DATE, allowNull: true },
        removedAt: { type: DataTypes.DATE, allowNull: true },
        removalReason: { type: DataTypes.STRING(500), allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'users' },
    );
  }
}

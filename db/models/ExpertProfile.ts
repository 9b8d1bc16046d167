import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';
import type { ExpertRegister, ExpertRequestStatus, Profession } from '../../server/contracts/dto';

/** A member's request for the expert badge and its verification (one per user). Themes: `expert_tags`. */
export class ExpertProfile extends Model<InferAttributes<ExpertProfile>, InferCreationAttributes<ExpertProfile>> {
  declare userId: number;
  declare profession: Profession;
  declare register: ExpertRegister;
  declare registerName: string;
  declare registrationNumber: string;
  declare areas: string[];
  declare bio: string;
  declare status: CreationOptional<ExpertRequestStatus>;
  declare caseId: CreationOptional<number | null>;
  declare decidedBy: CreationOptional<number | null>;
  declare decidedAt: CreationOptional<Date | null>;
  declare decisionNote: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static initModel(sequelize: Sequelize): void {
    ExpertProfile.init(
      {
        userId: { type: DataTypes.INTEGER, primaryKey: true },
        profession: {
          type: DataTypes.ENUM('avocat', 'expert-comptable', 'consultant', 'autre'),
          allowNull: false,
        },
        register: { type: DataTypes.TEXT, allowNull: false },
        registerName: { type: DataTypes.STRING(150), allowNull: false },
        registrationNumber: { type: DataTypes.STRING(50), allowNull: false },
        areas: { type: DataTypes.ARRAY(DataTypes.TEXT), allowNull: false },
        bio: { type: DataTypes.TEXT, allowNull: false },
        status: { type: DataTypes.TEXT, allowNull: false, defaultValue: 'requested' },
        caseId: { type: DataTypes.INTEGER, allowNull: true },
        decidedBy: { type: DataTypes.INTEGER, allowNull: true },
        decidedAt: { type: DataTypes.DATE, allowNull: true },
        decisionNote: { type: DataTypes.STRING(1000), allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'expert_profiles' },
    );
  }
}

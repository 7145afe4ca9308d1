import {
	DataTypes,
	Model,
	type CreationOptional,
	type InferAttributes,
	type InferCreationAttributes,
	type NonAttribute,
	type Sequelize,
} from 'sequelize'
import type { Izin } from './Izin'

/** A role: a named set of permissions given to users, or to a jabatan and whoever holds it. */
export class Peran extends Model<InferAttributes<Peran>, InferCreationAttributes<Peran>> {
	declare id: CreationOptional<number>
	declare kode: string
	declare nama: string
	declare deskripsi: string | null
	/** Seeded from the role catalogue; cannot be deleted, its permissions can be edited. */
	declare sistem: CreationOptional<boolean>
	declare version: CreationOptional<number>
	declare createdAt: CreationOptional<Date>
	declare updatedAt: CreationOptional<Date>

	declare izin?: NonAttribute<Izin[]>

	static initModel(sequelize: Sequelize) {
		Peran.init(
			{
				id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
				kode: { type: DataTypes.STRING(60), allowNull: false, unique: true },
				nama: { type: DataTypes.STRING(120), allowNull: false },
				deskripsi: { type: DataTypes.STRING(500), allowNull: true },
				sistem: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
				version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
				createdAt: DataTypes.DATE,
				updatedAt: DataTypes.DATE,
			},
			{ sequelize, tableName: 'peran', version: true },
		)
	}
}
